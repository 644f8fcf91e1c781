// What checks off the steps of the getting-started walkthrough (package.json contributes.walkthroughs)
// that VS Code cannot see by itself: context keys the extension sets from what it sees (a step's
// `onContext:<key>` completion event). Pure: no vscode import (trackProgress.ts maps it).
import type { WayIn } from '../../core/plan/plan';

export const WALKTHROUGH_KEYS = {
  /** A connection is configured, or comes from the HUAWEICLOUD_SDK_* environment. */
  hasConnection: 'mrs.hasConnection',
  /** A request file saved somewhere (not an untitled one) is open. */
  savedRequestFileOpen: 'mrs.savedRequestFileOpen',
  /** The shared journal holds a resize that mrs-resize sent. */
  cliResizeInJournal: 'mrs.cliResizeInJournal',
  /** One of the chat agent's tools ran in this window. */
  agentToolUsed: 'mrs.agentToolUsed',
} as const;

export type WalkthroughKey = (typeof WALKTHROUGH_KEYS)[keyof typeof WALKTHROUGH_KEYS];

export interface WalkthroughFacts {
  readonly connections: number;
  /** The open documents' URIs (scheme and path). */
  readonly openDocuments: readonly { readonly scheme: string; readonly path: string }[];
  /** The way in of each record of the journal. */
  readonly waysIn: readonly (WayIn | undefined)[];
  readonly agentToolRuns: number;
}

const REQUEST_FILE_SUFFIX = '.mrs-resize.json';

export function walkthroughContext(f: WalkthroughFacts): Record<WalkthroughKey, boolean> {
  return {
    [WALKTHROUGH_KEYS.hasConnection]: f.connections > 0,
    [WALKTHROUGH_KEYS.savedRequestFileOpen]: f.openDocuments.some(
      (d) => d.scheme !== 'untitled' && d.path.endsWith(REQUEST_FILE_SUFFIX),
    ),
    [WALKTHROUGH_KEYS.cliResizeInJournal]: f.waysIn.includes('cli'),
    [WALKTHROUGH_KEYS.agentToolUsed]: f.agentToolRuns > 0,
  };
}
