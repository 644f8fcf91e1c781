// The tools' inputs, checked as package.json's inputSchema declares them (test/unit/agentInputs.test.ts
// holds the two together): VS Code hands a tool whatever the model wrote, so every field is checked
// here before anything is read, and a wrong one is answered with what is wrong, nothing done.
import type { ScaleType } from '../resize/types';
import type { Translate } from '../translate';
import type { Checked } from './types';

export interface ListClustersInput {
  readonly connection?: string;
  readonly page?: number;
  readonly pageSize?: number;
}

export interface ShowClusterInput {
  readonly cluster: string;
  readonly connection?: string;
}

export interface PlanResizeInput {
  readonly cluster: string;
  readonly connection?: string;
  /** A node group's real name, or its role: `core`, `task`, `master`. */
  readonly group: string;
  readonly direction: ScaleType;
  readonly count: number;
  /** Nodes to remove in a task scale-in: host names (short or whole), IPs or ECS ids. */
  readonly hosts?: readonly string[];
}

export interface ApplyResizeInput {
  readonly digest: string;
}

export interface ExplainErrorInput {
  readonly code: string;
}

export const PAGE_SIZE = { default: 20, max: 50 } as const;
export const DIGEST = /^(sha256:)?[0-9a-f]{64}$/;

type Field =
  | { readonly kind: 'text'; readonly required?: boolean; readonly pattern?: RegExp }
  | { readonly kind: 'count'; readonly required?: boolean; readonly min: number; readonly max?: number }
  | { readonly kind: 'choice'; readonly required?: boolean; readonly of: readonly string[] }
  | { readonly kind: 'texts' };

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function fieldProblem(name: string, field: Field, value: unknown, t: Translate): string | undefined {
  switch (field.kind) {
    case 'text':
      return isText(value) && (!field.pattern || field.pattern.test(value.trim()))
        ? undefined
        : t('"{0}" must be text in the form the tool describes.', name);
    case 'count': {
      const ok = Number.isSafeInteger(value) && (value as number) >= field.min;
      const max = field.max ?? Number.MAX_SAFE_INTEGER;
      return ok && (value as number) <= max
        ? undefined
        : field.max === undefined
          ? t('"{0}" must be a whole number of at least {1}.', name, field.min)
          : t('"{0}" must be a whole number from {1} to {2}.', name, field.min, field.max);
    }
    case 'choice':
      return field.of.includes(value as string)
        ? undefined
        : t('"{0}" must be one of: {1}.', name, field.of.join(', '));
    case 'texts':
      return Array.isArray(value) && value.every(isText) ? undefined : t('"{0}" must be a list of texts.', name);
  }
}

/** The input when every field is as declared; else every problem in one sentence each. */
function checkFields<I>(input: unknown, fields: Readonly<Record<string, Field>>, t: Translate): Checked<I> {
  const given = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : undefined;
  if (!given) {
    return { ok: false, message: t('The input must be a JSON object; nothing was done.') };
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    const field = fields[name];
    const problem = field
      ? value === undefined
        ? undefined
        : fieldProblem(name, field, value, t)
      : t('"{0}" is not an input of this tool.', name);
    if (problem) {
      problems.push(problem);
    }
  }
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind !== 'texts' && field.required && (given as Record<string, unknown>)[name] === undefined) {
      problems.push(t('"{0}" is required.', name));
    }
  }
  return problems.length === 0
    ? { ok: true, input: given as I }
    : { ok: false, message: t('The input was not used: {0} Nothing was done.', problems.join(' ')) };
}

const connection: Field = { kind: 'text' };
const cluster: Field = { kind: 'text', required: true };

export const checkListInput = (input: unknown, t: Translate) =>
  checkFields<ListClustersInput>(
    input,
    { connection, page: { kind: 'count', min: 1 }, pageSize: { kind: 'count', min: 1, max: PAGE_SIZE.max } },
    t,
  );

export const checkShowInput = (input: unknown, t: Translate) =>
  checkFields<ShowClusterInput>(input, { cluster, connection }, t);

export const checkPlanInput = (input: unknown, t: Translate) =>
  checkFields<PlanResizeInput>(
    input,
    {
      cluster,
      connection,
      group: { kind: 'text', required: true },
      direction: { kind: 'choice', required: true, of: ['scale_out', 'scale_in'] },
      count: { kind: 'count', required: true, min: 1 },
      hosts: { kind: 'texts' },
    },
    t,
  );

export const checkApplyInput = (input: unknown, t: Translate) =>
  checkFields<ApplyResizeInput>(input, { digest: { kind: 'text', required: true, pattern: DIGEST } }, t);

export const checkExplainInput = (input: unknown, t: Translate) =>
  checkFields<ExplainErrorInput>(input, { code: { kind: 'text', required: true } }, t);
