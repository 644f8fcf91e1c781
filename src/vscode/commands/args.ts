// What a command is handed, checked at runtime instead of cast: a tree row passes its element
// (`ClusterTreeElement`), the palette nothing, a row's click or a test a connection name. Anything
// else (a CodeLens's Uri, a hand-made object of the wrong shape) is not a tree element.
// No `vscode` import: test/unit/vscode/commands/args.test.ts loads it in plain Node.
import type { NodeGroupRole } from '../../core/model/cluster';
import type { ClusterTreeElement } from '../tree/elements';

type Kind = ClusterTreeElement['kind'];

/** The tree element of one of the given kinds. */
export type TreeElementOf<K extends Kind> = Extract<ClusterTreeElement, { kind: K }>;

type Fields = Readonly<Record<string, unknown>>;

const ROLES: readonly NodeGroupRole[] = ['master', 'core', 'task'];

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string';
const inCluster = (e: Fields): boolean => isText(e.connection) && isText(e.clusterId);

/** What each kind carries besides `kind` and `id` (src/vscode/tree/elements.ts). */
const SHAPES: Readonly<Record<Kind, (e: Fields) => boolean>> = {
  connection: (e) => isText(e.connection),
  cluster: inCluster,
  nodeGroup: (e) => inCluster(e) && isText(e.group) && ROLES.some((role) => role === e.role),
  host: (e) => inCluster(e) && isFields(e.host),
  message: (e) => (e.connection === undefined || isText(e.connection)) && isFields(e.row),
  loadMore: (e) => isText(e.connection),
};

const isKind = (v: unknown): v is Kind => isText(v) && Object.hasOwn(SHAPES, v);

function isTreeElement(v: unknown): v is ClusterTreeElement {
  return isFields(v) && isText(v.id) && isKind(v.kind) && SHAPES[v.kind](v);
}

/**
 * The tree element `arg` is, when it has the shape of one (and, given kinds, is one of them);
 * else undefined.
 */
export function treeElementOf(arg: unknown): ClusterTreeElement | undefined;
export function treeElementOf<K extends Kind>(arg: unknown, ...kinds: readonly K[]): TreeElementOf<K> | undefined;
export function treeElementOf(arg: unknown, ...kinds: readonly Kind[]): ClusterTreeElement | undefined {
  return isTreeElement(arg) && (kinds.length === 0 || kinds.includes(arg.kind)) ? arg : undefined;
}

/** The connection a command is given: its name, or the connection of the tree element it runs on. */
export function connectionNameOf(arg: unknown): string | undefined {
  return isText(arg) ? arg : treeElementOf(arg)?.connection;
}
