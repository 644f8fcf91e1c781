// Parses the bodies of the v2 expand and shrink (docs/mrs-api.md §3.6; the SDK's ExpandParam and
// ShrinkParam, the doc pages 扩容集群/缩容集群) as the server would: field checks only, in the body's order.
// The cluster-dependent rules live in v2Rules.ts.
import { resizeError, parseInstances, type Parsed } from './resizeParams';

export interface ExpandRequest {
  groupName: string;
  count: number;
  /** Absent = true: v2 skips the bootstrap actions on new nodes unless told otherwise (v1.1's default is false). */
  skipBootstrapScripts: boolean;
  scaleWithoutStart: boolean;
  /** Comma-separated AZs of a cross-AZ cluster; empty = not cross-AZ. Accepted, not checked. */
  azCodes: string[];
}

export interface ShrinkRequest {
  groupName: string;
  /** May be left out when `resource_ids` names the nodes. */
  count?: number;
  /** Resource ids (not ECS ids) of abnormal nodes of the group; they are force-deleted. */
  resourceIds: string[];
  forceDelete?: boolean;
  azCodes: string[];
}

type Json = Record<string, unknown>;

const GROUP_NAME = /^[A-Za-z0-9_-]{1,64}$/;

const invalid = (msg: string): Parsed<never> => ({
  ok: false,
  reply: resizeError('12000002', `Invalid parameter: ${msg}`),
});

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const absent = (v: unknown): boolean => v === undefined || v === null;

function parseObject(body: Buffer): Parsed<Json> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  return isObject(parsed)
    ? { ok: true, value: parsed }
    : { ok: false, reply: resizeError('12000009', 'Invalid method parameter: the body must be a JSON object.') };
}

function groupName(p: Json): Parsed<string> {
  const v = p.node_group_name;
  return typeof v === 'string' && GROUP_NAME.test(v)
    ? { ok: true, value: v }
    : invalid('node_group_name is required: 1 to 64 letters, digits, "_" or "-".');
}

function optionalBoolean(p: Json, name: string): Parsed<boolean | undefined> {
  const v = p[name];
  if (absent(v)) {
    return { ok: true, value: undefined };
  }
  return typeof v === 'boolean' ? { ok: true, value: v } : invalid(`${name} must be true or false.`);
}

function azCodes(p: Json): Parsed<string[]> {
  const v = p.az_code;
  if (absent(v)) {
    return { ok: true, value: [] };
  }
  if (typeof v !== 'string') {
    return invalid('az_code must be a string of comma-separated AZ codes.');
  }
  return {
    ok: true,
    value: v
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  };
}

function resourceIds(p: Json): Parsed<string[]> {
  const v = p.resource_ids;
  if (absent(v)) {
    return { ok: true, value: [] };
  }
  if (!Array.isArray(v) || !v.every((id): id is string => typeof id === 'string' && id.trim() !== '')) {
    return invalid('resource_ids must be a list of resource ids.');
  }
  return new Set(v).size === v.length ? { ok: true, value: v } : invalid('resource_ids contains duplicates.');
}

/** A v2 body: a JSON object naming a node group. */
function groupBody(body: Buffer): Parsed<{ p: Json; name: string }> {
  const parsed = parseObject(body);
  if (!parsed.ok) {
    return parsed;
  }
  const name = groupName(parsed.value);
  return name.ok ? { ok: true, value: { p: parsed.value, name: name.value } } : name;
}

/** The body of `POST …/expand`: `{node_group_name, count, skip_bootstrap_scripts?, scale_without_start?, az_code?}`. */
export function parseExpand(body: Buffer): Parsed<ExpandRequest> {
  const read = groupBody(body);
  if (!read.ok) {
    return read;
  }
  const { p, name } = read.value;
  // `count` is an Integer in the doc and the SDKs, but the doc's examples send "1": both are accepted.
  const count = parseInstances(p.count);
  if (count === undefined) {
    return invalid('count must be a positive integer.');
  }
  const skip = optionalBoolean(p, 'skip_bootstrap_scripts');
  const noStart = optionalBoolean(p, 'scale_without_start');
  const az = azCodes(p);
  for (const r of [skip, noStart, az]) {
    if (!r.ok) {
      return r;
    }
  }
  return {
    ok: true,
    value: {
      groupName: name,
      count,
      skipBootstrapScripts: (skip.ok && skip.value) ?? true,
      scaleWithoutStart: (noStart.ok && noStart.value) ?? false,
      azCodes: az.ok ? az.value : [],
    },
  };
}

/** The body of `POST …/shrink`: `{node_group_name, count?, resource_ids?, force_delete?, az_code?}`. */
export function parseShrink(body: Buffer): Parsed<ShrinkRequest> {
  const read = groupBody(body);
  if (!read.ok) {
    return read;
  }
  const { p, name } = read.value;
  const count = absent(p.count) ? undefined : parseInstances(p.count);
  if (!absent(p.count) && count === undefined) {
    return invalid('count must be a positive integer.');
  }
  const ids = resourceIds(p);
  const force = optionalBoolean(p, 'force_delete');
  const az = azCodes(p);
  for (const r of [ids, force, az]) {
    if (!r.ok) {
      return r;
    }
  }
  const resourceIdList = ids.ok ? ids.value : [];
  if (count === undefined && resourceIdList.length === 0) {
    return invalid('count is required unless resource_ids names the nodes to remove.');
  }
  if (count !== undefined && resourceIdList.length > 0 && count !== resourceIdList.length) {
    return invalid(`resource_ids names ${resourceIdList.length} nodes but count is ${count}.`);
  }
  return {
    ok: true,
    value: {
      groupName: name,
      count,
      resourceIds: resourceIdList,
      forceDelete: force.ok ? force.value : undefined,
      azCodes: az.ok ? az.value : [],
    },
  };
}
