// Small constructors shared by the rule files, and the paths problems point at.
import type { ResizeProblemCode } from './codes';
import type { ResizeProblem, ResizePath, Severity } from './types';

/** The fields of the PUT body the rules talk about; `cluster` ([]) is the cluster as a whole. */
export const RESIZE_PATHS = {
  cluster: [],
  scaleType: ['parameters', 'scale_type'],
  group: ['parameters', 'node_group'],
  instances: ['parameters', 'instances'],
  skipBootstrap: ['parameters', 'skip_bootstrap_scripts'],
  scaleWithoutStart: ['parameters', 'scale_without_start'],
  serverIds: ['parameters', 'server_ids'],
  taskNodeInfo: ['parameters', 'task_node_info'],
  nodeSize: ['parameters', 'task_node_info', 'node_size'],
  volumeType: ['parameters', 'task_node_info', 'data_volume_type'],
  volumeCount: ['parameters', 'task_node_info', 'data_volume_count'],
  volumeSize: ['parameters', 'task_node_info', 'data_volume_size'],
  /** Not in the v1.1 body: the v2 shrink's `resource_ids` and the v2 `az_code`, under the same root. */
  resourceIds: ['parameters', 'resource_ids'],
  azCode: ['parameters', 'az_code'],
} as const satisfies Record<string, ResizePath>;

/** `['parameters', 'resource_ids', 2]`. */
export function resourceIdPath(index: number): ResizePath {
  return [...RESIZE_PATHS.resourceIds, index];
}

/** `['parameters', 'server_ids', 2]`. */
export function serverIdPath(index: number): ResizePath {
  return [...RESIZE_PATHS.serverIds, index];
}

/**
 * The one printed form of a path, for a terminal or a message: `parameters.server_ids[1]`;
 * '' for the cluster as a whole. Keys that are not identifiers are quoted: `a["b c"]`.
 */
export function formatPath(path: ResizePath): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') {
      return `${text}[${key}]`;
    }
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) {
      return `${text}[${JSON.stringify(key)}]`;
    }
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

/** True when `path` is `prefix` or lies below it (a form field and its sub-fields). */
export function isPathWithin(path: ResizePath, prefix: ResizePath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

export function problemOf(
  severity: Severity,
  path: ResizePath,
  code: ResizeProblemCode,
  message: string,
): ResizeProblem {
  return { severity, path, code, message };
}

/**
 * A whole number ≥ 0 from a number or its decimal text (surrounding blanks allowed, as typed in a
 * form); undefined for anything else (fractions, signs, exponents, unsafe integers).
 */
export function parseWholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value)) {
    return undefined;
  }
  const n = Number(value.trim());
  return Number.isSafeInteger(n) ? n : undefined;
}

/** True for undefined, null and blank text: a form field left empty. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
