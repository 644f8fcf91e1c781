// The v2 expand and shrink bodies both ways (docs/mrs-api.md §3.6): buildV2Body writes the exact body of
// a checked draft, draftFromV2 reads one (a request file's `expand` or `shrink`) back into a draft.
// `skip_bootstrap_scripts` is always written: its v2 default (true, skip) is the opposite of v1.1's
// (false, run), and a draft that does not say means run them, as the v1.1 call and the console do.
import type { ExpandRequestDto, ShrinkRequestDto } from '../api/wire';
import { defined } from './facts';
import { bodyReader, isJsonObject, type RequestDraft, type WrongType } from './bodyReader';
import type { ResizeDraft, ResolvedGroup } from './types';

export interface V2Parts {
  readonly group: ResolvedGroup;
  readonly instances: number;
  /** Abnormal nodes a shrink names (checked): then `count` is their number. */
  readonly resourceIds: readonly string[] | undefined;
}

function azCodeOf(draft: ResizeDraft): string | undefined {
  const code = draft.azCode?.trim();
  return code === undefined || code === '' ? undefined : code;
}

export function buildExpandBody(draft: ResizeDraft, p: V2Parts): ExpandRequestDto {
  return defined({
    node_group_name: p.group.name,
    count: p.instances,
    skip_bootstrap_scripts: draft.skipBootstrapScripts ?? false,
    scale_without_start: draft.scaleWithoutStart ?? false,
    az_code: azCodeOf(draft),
  });
}

/**
 * A shrink removes `count` nodes MRS chooses, or the abnormal nodes `resource_ids` names; never both
 * (the docs do not say what MRS makes of both, Terraform treats them as conflicting: §3.6).
 */
export function buildShrinkBody(draft: ResizeDraft, p: V2Parts): ShrinkRequestDto {
  const ids = p.resourceIds && p.resourceIds.length > 0 ? [...p.resourceIds] : undefined;
  return defined({
    node_group_name: p.group.name,
    count: ids ? undefined : p.instances,
    resource_ids: ids,
    az_code: azCodeOf(draft),
  });
}

/** The request file members that hold a body, and the call each asks for. */
export type BodyMember = 'request' | 'expand' | 'shrink';

/**
 * The draft a v2 body asks for: `expand` → a scale-out, `shrink` → a scale-in; `count` is `instances`
 * (a shrink naming `resource_ids` without a count removes that many). Never throws; fields of a wrong
 * JSON type become wrongTypes (paths in the body) and stay out of the draft.
 */
export function draftFromV2(member: 'expand' | 'shrink', body: unknown): RequestDraft {
  const wrongTypes: WrongType[] = [];
  if (!isJsonObject(body)) {
    return {
      draft: { scaleType: scaleTypeOf(member), group: '', instances: '' },
      wrongTypes: [{ path: [], expected: 'object' }],
    };
  }
  const read = bodyReader(body, [], wrongTypes);
  const ids = member === 'shrink' ? read.strings('resource_ids') : undefined;
  const count = read.count('count');
  const draft: ResizeDraft = defined({
    scaleType: scaleTypeOf(member),
    group: read.text('node_group_name') ?? '',
    instances: count ?? (ids && ids.length > 0 ? ids.length : ''),
    skipBootstrapScripts: member === 'expand' ? read.flag('skip_bootstrap_scripts') : undefined,
    scaleWithoutStart: member === 'expand' ? read.flag('scale_without_start') : undefined,
    resourceIds: ids,
    azCode: read.text('az_code'),
  });
  return { draft, wrongTypes };
}

function scaleTypeOf(member: 'expand' | 'shrink'): ResizeDraft['scaleType'] {
  return member === 'expand' ? 'scale_out' : 'scale_in';
}

/**
 * Paths of the rules (in the v1.1 body's terms, RESIZE_PATHS) as paths of a v2 body: `instances` is
 * `count`, `node_group` is `node_group_name`; the scale type is the member itself ([]).
 */
export function v2PathOf(path: readonly (string | number)[]): (string | number)[] {
  if (path[0] !== 'parameters') {
    return [...path];
  }
  const [, field, ...rest] = path;
  const renamed: Readonly<Record<string, string | undefined>> = {
    instances: 'count',
    node_group: 'node_group_name',
    scale_type: undefined,
  };
  if (typeof field === 'string' && field in renamed) {
    const name = renamed[field];
    return name === undefined ? [] : [name, ...rest];
  }
  return field === undefined ? [] : [field, ...rest];
}

/** The call a member's body is written for: `request` → the v1.1 PUT (also when there is none). */
export function callKindOfMember(member: BodyMember | undefined): 'v1.1' | 'expand' | 'shrink' {
  return member === undefined || member === 'request' ? 'v1.1' : member;
}
