// The emulator's switches for the v2 routes, where the docs leave room: how the expand answer spells
// `result` (the docs give `succeeded`, `success`…), whether ListNodes' `offset` is a page number (Terraform's
// reading) or a 1-based item offset (the doc's wording), and the documented per-tenant rate limit.

export const NODES_OFFSET_MODES = ['page', 'item'] as const;
export type NodesOffsetMode = (typeof NODES_OFFSET_MODES)[number];

export interface V2Options {
  /** The `result` of a pay-per-use group's expand answer (default `succeeded`). */
  expandResult: string;
  /** ListNodes `offset`: `page` (default: the page number, from 1) or `item` (the first item's position, from 1). */
  nodesOffset: NodesOffsetMode;
  /** The gateway's per-tenant limits of the v2 routes (expand and shrink 60 a minute each, ListNodes 200): off by default. */
  rateLimit: boolean;
}

export const DEFAULT_V2_OPTIONS: Readonly<V2Options> = {
  expandResult: 'succeeded',
  nodesOffset: 'page',
  rateLimit: false,
};

export class V2OptionsError extends Error {}

const FIELDS = ['expandResult', 'nodesOffset', 'rateLimit'] as const;

function checked(key: (typeof FIELDS)[number], value: unknown): V2Options[typeof key] {
  if (key === 'expandResult') {
    if (typeof value !== 'string' || value.trim() === '' || value.length > 64) {
      throw new V2OptionsError('expandResult must be a non-empty string such as "succeeded" or "success".');
    }
    return value;
  }
  if (key === 'nodesOffset') {
    if (!(NODES_OFFSET_MODES as readonly unknown[]).includes(value)) {
      throw new V2OptionsError(`nodesOffset must be one of ${NODES_OFFSET_MODES.join(', ')}.`);
    }
    return value as NodesOffsetMode;
  }
  if (typeof value !== 'boolean') {
    throw new V2OptionsError('rateLimit must be true or false.');
  }
  return value;
}

/** Applies an untrusted patch such as `{"nodesOffset":"item"}`; throws V2OptionsError with a readable reason. */
export function patchV2Options(base: V2Options, input: unknown): V2Options {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new V2OptionsError('Send a JSON object such as {"expandResult":"success"}.');
  }
  const next: V2Options = { ...base };
  for (const [key, value] of Object.entries(input)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new V2OptionsError(`Unknown option "${key}"; use ${FIELDS.join(', ')}.`);
    }
    Object.assign(next, { [key]: checked(key as (typeof FIELDS)[number], value) });
  }
  return next;
}

/** The options now, and the ones the emulator started with (a reset goes back to those). */
export class V2Settings {
  current: V2Options;

  constructor(readonly initial: V2Options) {
    this.current = { ...initial };
  }

  reset(): void {
    this.current = { ...this.initial };
  }
}
