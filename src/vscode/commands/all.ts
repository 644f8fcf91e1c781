// Every command of the extension, id → handler. `Record<CommandId, …>` makes a missing one a compile error.
import type { CommandId } from './ids';
import type { OperationsWiring } from '../operations/createOperations';
import { clearOperations } from './clearOperations';
import { showOperationDetails } from './showOperationDetails';
import { stopFollowing } from './stopFollowing';
import { setAsideRecord } from './setAsideRecord';
import { resizeNodeGroup } from './resizeNodeGroup';
import { openResizeForm } from './openResizeForm';
import { newResizeRequestFile } from './newResizeRequestFile';
import { openRequestFileInForm } from './openRequestFileInForm';
import { previewRequestFile } from './previewRequestFile';
import { sendRequestFile } from './sendRequestFile';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { ResizePanels } from '../webviews/ResizePanels';
import type { Services } from '../services';
import { addConnection } from './addConnection';
import { copyClusterId } from './copyClusterId';
import { editConnection } from './editConnection';
import { clearClusterFilter, filterClusters } from './filterClusters';
import { loadMoreClusters } from './loadMoreClusters';
import { openClusterDetails } from './openClusterDetails';
import { openInConsole } from './openInConsole';
import { refreshCluster } from './refreshCluster';
import { refreshClusters } from './refreshClusters';
import type { CommandSpec } from './registry';
import { removeConnection } from './removeConnection';
import { retryClusters } from './retryClusters';
import { showLog } from './showLog';
import { switchConnection } from './switchConnection';

export function allCommands(
  s: Services,
  o: OperationsWiring,
  resizePanels: ResizePanels,
  requestFiles: RequestFiles,
): Record<CommandId, CommandSpec> {
  return {
    'mrs.log.show': showLog(s.log),
    'mrs.connection.add': addConnection(s),
    'mrs.connection.edit': editConnection(s),
    'mrs.connection.remove': removeConnection(s),
    'mrs.connection.switch': switchConnection(s),
    'mrs.clusters.refresh': refreshClusters(s),
    'mrs.clusters.retry': retryClusters(s),
    'mrs.clusters.loadMore': loadMoreClusters(s),
    'mrs.clusters.filter': filterClusters(s),
    'mrs.clusters.clearFilter': clearClusterFilter(s),
    'mrs.cluster.refresh': refreshCluster(s),
    'mrs.cluster.copyId': copyClusterId(s),
    'mrs.cluster.openDetails': openClusterDetails(s),
    'mrs.cluster.openInConsole': openInConsole(s),
    'mrs.nodeGroup.resize': resizeNodeGroup(s, o.lifecycle),
    'mrs.nodeGroup.scaleOut': resizeNodeGroup(s, o.lifecycle, 'scale_out'),
    'mrs.nodeGroup.scaleIn': resizeNodeGroup(s, o.lifecycle, 'scale_in'),
    'mrs.resizeForm.open': openResizeForm(s, resizePanels),
    'mrs.requestFile.new': newResizeRequestFile(s),
    'mrs.requestFile.send': sendRequestFile(s.ui, o.lifecycle, requestFiles),
    'mrs.requestFile.preview': previewRequestFile(s.clients, o.lifecycle, requestFiles),
    'mrs.requestFile.openInForm': openRequestFileInForm(requestFiles, resizePanels),
    'mrs.operation.showDetails': showOperationDetails(o.history),
    'mrs.operation.stopFollowing': stopFollowing(o.lifecycle, s.ui),
    'mrs.operation.setAside': setAsideRecord(o.history, s.ui),
    'mrs.operations.clear': clearOperations(o.history),
  };
}
