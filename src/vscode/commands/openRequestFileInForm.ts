import * as vscode from 'vscode';
import { draftFromRequest } from '../../core/resize/rules';
import { formDraftOf } from '../../shared/resizeForm';
import { requestDocument } from '../requestFiles/documents';
import { readRequest } from '../requestFiles/readRequest';
import type { RequestFiles } from '../requestFiles/createRequestFiles';
import type { ResizePanels } from '../webviews/ResizePanels';
import type { CommandSpec } from './registry';

/** "Open in Form": the resize form of the file's cluster, prefilled with the file's draft (errors and all). */
export function openRequestFileInForm(files: RequestFiles, panels: ResizePanels): CommandSpec {
  return {
    title: vscode.l10n.t('Open in Form'),
    run: async (arg?: unknown) => {
      const request = await readRequest(await requestDocument(arg), files.facts);
      // The file's draft even while it has errors (check.draft is withheld then).
      const { draft } = draftFromRequest(request.parsed.request);
      const initial = formDraftOf(draft, request.live.facts);
      await panels.open(request.connection, request.clusterId, initial.group, initial);
    },
  };
}
