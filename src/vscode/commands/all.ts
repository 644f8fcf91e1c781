// Every command of the extension, id → handler. `Record<CommandId, …>` makes a missing one a compile error.
// Each factory takes only what it uses, picked here out of what the composition root built.
import type * as vscode from 'vscode';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { OperationHistory } from '../../core/journal';
import type { ResizeLifecycle } from '../../core/operations';
import type { Clients } from '../connections/Clients';
import type { ConnectionStore } from '../connections/ConnectionStore';
import type { PrompterSlot } from '../prompts/PrompterSlot';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { FilterStore } from '../tree/FilterStore';
import type { UiSlot } from '../ui';
import type { ResizePanels } from '../webviews/ResizePanels';
import { addConnection } from './addConnection';
import { clearClusterFilter } from './clearClusterFilter';
import { clearOperations } from './clearOperations';
import { copyClusterId } from './copyClusterId';
import { editConnection } from './editConnection';
import { filterClusters } from './filterClusters';
import type { CommandId } from './ids';
import { loadMoreClusters } from './loadMoreClusters';
import { newResizeRequestFile } from './newResizeRequestFile';
import { openClusterDetails } from './openClusterDetails';
import { openInConsole } from './openInConsole';
import { openRequestFileInForm } from './openRequestFileInForm';
import { openResizeForm } from './openResizeForm';
import { previewRequestFile } from './previewRequestFile';
import { refreshCluster } from './refreshCluster';
import { refreshClusters } from './refreshClusters';
import type { CommandSpec } from './registry';
import { removeConnection } from './removeConnection';
import { resizeNodeGroup } from './resizeNodeGroup';
import { retryClusters } from './retryClusters';
import { sendRequestFile } from './sendRequestFile';
import { setAsideRecord } from './setAsideRecord';
import { showLog } from './showLog';
import { showOperationDetails } from './showOperationDetails';
import { stopFollowing } from './stopFollowing';
import { switchConnection } from './switchConnection';

/** What the commands use, as the composition root built it. */
export interface CommandDeps {
  readonly log: vscode.LogOutputChannel;
  readonly store: ConnectionStore;
  readonly clients: Clients;
  readonly model: ExplorerModel;
  readonly filter: FilterStore;
  readonly prompter: PrompterSlot;
  readonly ui: UiSlot;
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  readonly panels: ResizePanels;
  readonly files: RequestFiles;
}

export function allCommands(d: CommandDeps): Record<CommandId, CommandSpec> {
  const { log, store, clients, model, filter, prompter, ui, lifecycle, history, panels, files } = d;
  const picker = { store, clients, model, prompter };
  const resize = { ...picker, ui, lifecycle };
  return {
    'mrs.log.show': showLog(log),
    'mrs.connection.add': addConnection({ store, prompter, log, ui }),
    'mrs.connection.edit': editConnection({ store, prompter, log, ui }),
    'mrs.connection.remove': removeConnection({ store, prompter, ui }),
    'mrs.connection.switch': switchConnection({ store, prompter }),
    'mrs.clusters.refresh': refreshClusters({ store, clients, model }),
    'mrs.clusters.retry': retryClusters({ store, clients, model }),
    'mrs.clusters.loadMore': loadMoreClusters(model),
    'mrs.clusters.filter': filterClusters({ filter, prompter }),
    'mrs.clusters.clearFilter': clearClusterFilter(filter),
    'mrs.cluster.refresh': refreshCluster(picker),
    'mrs.cluster.copyId': copyClusterId(picker),
    'mrs.cluster.openDetails': openClusterDetails(picker),
    'mrs.cluster.openInConsole': openInConsole(picker),
    'mrs.nodeGroup.resize': resizeNodeGroup(resize),
    'mrs.nodeGroup.scaleOut': resizeNodeGroup(resize, 'scale_out'),
    'mrs.nodeGroup.scaleIn': resizeNodeGroup(resize, 'scale_in'),
    'mrs.resizeForm.open': openResizeForm({ ...picker, panels }),
    'mrs.requestFile.new': newResizeRequestFile(picker),
    'mrs.requestFile.send': sendRequestFile({ ui, lifecycle, files }),
    'mrs.requestFile.preview': previewRequestFile({ clients, lifecycle, files }),
    'mrs.requestFile.openInForm': openRequestFileInForm({ files, panels }),
    'mrs.operation.showDetails': showOperationDetails(history),
    'mrs.operation.stopFollowing': stopFollowing({ lifecycle, history, ui }),
    'mrs.operation.setAside': setAsideRecord({ history, ui }),
    'mrs.operations.clear': clearOperations(history),
  };
}
