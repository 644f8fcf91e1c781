import * as vscode from 'vscode';
import { draftFromRequest } from '../../core/resize/rules';
import { formDraftOf } from '../../shared/resizeForm';
import { requestDocument } from '../requestFiles/documents';
import { resolveRequest } from '../requestFiles/readRequest';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { ResizePanels } from '../webviews/ResizePanels';
import type { CommandSpec } from './registry';

/** "Open in Form": the resize form of the file's cluster, prefilled with the file's draft (errors and all). */
export function openRequestFileInForm({
  files,
  panels,
}: {
  readonly files: RequestFiles;
  readonly panels: ResizePanels;
}): CommandSpec {
  return {
    title: vscode.l10n.t('Open in Form'),
    run: async (arg?: unknown) => {
      const request = resolveRequest(await requestDocument(arg), files.facts);
      files.facts.forget(request.connection, request.clusterId);
      const reading = await files.facts.cluster(request.connection, request.clusterId);
      // The file's draft even while it has errors (a plan would withhold it then).
      const initial = formDraftOf(draftFromRequest(request.parsed.request).draft, reading.facts);
      await panels.open(request.connection, request.clusterId, initial.group, initial);
    },
  };
}
