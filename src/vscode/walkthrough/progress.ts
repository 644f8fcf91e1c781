// What checks off the steps of the getting-started walkthrough (package.json contributes.walkthroughs)
// that VS Code cannot see by itself: context keys the extension sets from what it sees (a step's
// `onContext:<key>` completion event), and the steps it checks off itself when VS Code spent the event
// before it registered the walkthrough (docs/vscode-walkthroughs.md). Pure: no vscode import
// (trackProgress.ts maps it).
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

/** The walkthrough's id in package.json; VS Code names it `<extension id>#mrs.resize`. */
export const WALKTHROUGH_ID = 'mrs.resize';

/** The steps (package.json ids) whose completion VS Code cannot be trusted to see: see doneSteps. */
export const TRACKED_STEPS = ['connect', 'findCluster', 'requestFile', 'runCli', 'askAgent'] as const;
export type TrackedStep = (typeof TRACKED_STEPS)[number];

export interface WalkthroughFacts {
  readonly connections: number;
  /** The Clusters view was visible in this window. */
  readonly clustersViewSeen: boolean;
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

/**
 * The steps the user has done, by the facts. VS Code checks them off by their completion events
 * (`onContext:`, `onView:`) only when the event comes after it registered the walkthrough, and it
 * registers it up to 5 s after the extensions (docs/vscode-walkthroughs.md), so a connection or a view
 * that was already there is never seen; trackProgress.ts checks these off itself.
 */
export function doneSteps(f: WalkthroughFacts): TrackedStep[] {
  const keys = walkthroughContext(f);
  const done: [TrackedStep, boolean][] = [
    ['connect', keys[WALKTHROUGH_KEYS.hasConnection]],
    ['findCluster', f.clustersViewSeen],
    ['requestFile', keys[WALKTHROUGH_KEYS.savedRequestFileOpen]],
    ['runCli', keys[WALKTHROUGH_KEYS.cliResizeInJournal]],
    ['askAgent', keys[WALKTHROUGH_KEYS.agentToolUsed]],
  ];
  return done.filter(([, d]) => d).map(([step]) => step);
}

/** The id VS Code's getting-started service gives a step: `<extension id>#<walkthrough>#<step>`. */
export function walkthroughStepId(extensionId: string, step: TrackedStep): string {
  return `${extensionId}#${WALKTHROUGH_ID}#${step}`;
}
