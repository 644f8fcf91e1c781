// The import graph of the sources, read with the TypeScript scanner (`import type`, `export … from`,
// `import()` and `require()` count like any import), and the cycles in it (house style: no import
// cycles, type-only ones included).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** File (relative to the root, with '/') → the files it imports. */
type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** The .ts files under `dir` (relative to `root`), as paths relative to `root` with '/'. */
export function tsFilesUnder(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) {
    return [];
  }
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
}

/** The file a relative specifier names: as written, with .ts, or its folder's index.ts. */
function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)).replace(/\.js$/, '');
  return [base, `${base}.ts`, `${base}/index.ts`].find(
    (candidate) => candidate.endsWith('.ts') && fs.existsSync(path.join(root, candidate)),
  );
}

/** The relative imports of one source text (packages are left out: they cannot close a cycle). */
export function importSpecifiers(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('.'));
}

/** The graph of every .ts file under `dirs` (relative to `root`). */
export function readImportGraph(root: string, dirs: readonly string[]): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((dir) => tsFilesUnder(root, dir))) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const targets = importSpecifiers(text)
      .map((specifier) => resolveRelative(root, file, specifier))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The folder of a file when it lies in a folder below one of `roots` (files directly in a root have none). */
function folderBelow(file: string, roots: readonly string[]): string | undefined {
  const folder = path.posix.dirname(file);
  return roots.some((root) => folder.startsWith(`${root}/`)) ? folder : undefined;
}

const nested = (a: string, b: string): boolean => a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/**
 * The folder graph below `roots`: a node per folder, an edge where a file of one imports a file of
 * another. Files directly in a root are left out, and so are edges between a folder and one nested
 * in it (src/vscode/tree and src/vscode/tree/items).
 */
export function folderGraph(files: ImportGraph, roots: readonly string[]): ImportGraph {
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = folderBelow(file, roots);
    if (from === undefined) {
      continue;
    }
    const edges = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const to of targets.map((t) => folderBelow(t, roots))) {
      if (to !== undefined && to !== from && !nested(from, to)) {
        edges.add(to);
      }
    }
  }
  return new Map([...graph].map(([folder, edges]) => [folder, [...edges].sort()]));
}

/** The file imports behind the edge `from` → `to` of the folder graph (to say why folders are in a cycle). */
export function importsBetween(files: ImportGraph, from: string, to: string): string[] {
  return [...files].flatMap(([file, targets]) =>
    path.posix.dirname(file) === from
      ? targets.filter((t) => path.posix.dirname(t) === to).map((t) => `${file} → ${t}`)
      : [],
  );
}

/** Strongly connected components (Tarjan), each in discovery order. */
function stronglyConnected(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component.reverse());
    }
  };
  for (const v of graph.keys()) {
    if (!index.has(v)) {
      visit(v);
    }
  }
  return components;
}

/** The shortest way from `start` back to itself inside `members` (breadth first). */
function shortestCycle(graph: ImportGraph, start: string, members: ReadonlySet<string>): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const w of graph.get(v) ?? []) {
      if (w === start) {
        const cycle = [v];
        for (let u = v; u !== start; u = cameFrom.get(u)!) {
          cycle.unshift(cameFrom.get(u)!);
        }
        return [...cycle, start];
      }
      if (members.has(w) && !cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return undefined;
}

/** A cycle written from its smallest file, so that each is listed once. */
function canonical(cycle: readonly string[]): string[] {
  const ring = cycle.slice(0, -1);
  const first = ring.indexOf([...ring].sort()[0]);
  const rotated = [...ring.slice(first), ...ring.slice(0, first)];
  return [...rotated, rotated[0]];
}

/**
 * Every import cycle, as `a → b → a`: for each file in a strongly connected component (or importing
 * itself), the shortest cycle through it, each cycle once.
 */
export function findCycles(graph: ImportGraph): string[] {
  const cycles = new Set<string>();
  for (const component of stronglyConnected(graph)) {
    const members = new Set(component);
    for (const file of component) {
      const cycle = shortestCycle(graph, file, members);
      if (cycle !== undefined) {
        cycles.add(canonical(cycle).join(' → '));
      }
    }
  }
  return [...cycles].sort();
}
