// Small constructors shared by the rule files.
import type { ResizeDiagnostic, Severity } from './types';

export const PATH = {
  cluster: '',
  scaleType: 'parameters.scale_type',
  group: 'parameters.node_group',
  instances: 'parameters.instances',
  skipBootstrap: 'parameters.skip_bootstrap_scripts',
  scaleWithoutStart: 'parameters.scale_without_start',
  serverIds: 'parameters.server_ids',
  taskNodeInfo: 'parameters.task_node_info',
  nodeSize: 'parameters.task_node_info.node_size',
  volumeType: 'parameters.task_node_info.data_volume_type',
  volumeCount: 'parameters.task_node_info.data_volume_count',
  volumeSize: 'parameters.task_node_info.data_volume_size',
} as const;

/** `parameters.server_ids[2]`. */
export function serverIdPath(index: number): string {
  return `${PATH.serverIds}[${index}]`;
}

export function diag(severity: Severity, path: string, code: string, message: string): ResizeDiagnostic {
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
