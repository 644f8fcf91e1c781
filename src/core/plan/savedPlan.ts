// A plan saved to a file (`mrs-resize plan --out FILE`) and sent later exactly as it is
// (`mrs-resize apply --plan FILE`), as Terraform's saved plans are: the file carries the whole plan
// and a SHA-256 digest of it, so that an edit is seen; the lifecycle refuses it when the cluster
// has changed since (stale.ts). Not a secret: no credential is in a plan.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { callMethod, callPath, RESIZE_CALL_KINDS, type ResizeCallKind } from '../api/resizeCall';
import type { ReadyPlan } from './plan';

export const SAVED_PLAN_FORMAT = 'mrs-resize-plan';
export const SAVED_PLAN_VERSION = 1;

/** Why a saved plan cannot be used; the CLI says so and sends nothing. */
export type SavedPlanProblem = 'notJson' | 'notAPlan' | 'newerVersion' | 'edited' | 'malformed';

export type LoadedPlan =
  | { readonly ok: true; readonly plan: ReadyPlan }
  | { readonly ok: false; readonly problem: SavedPlanProblem; readonly detail?: string };

/** JSON with the keys of every object sorted: the same plan always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function planDigest(plan: unknown): string {
  return `sha256:${createHash('sha256').update(canonical(plan), 'utf8').digest('hex')}`;
}

/** The text of a saved plan file. */
export function savedPlanText(plan: ReadyPlan): string {
  const saved = { format: SAVED_PLAN_FORMAT, version: SAVED_PLAN_VERSION, digest: planDigest(plan), plan };
  return `${JSON.stringify(saved, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function kindOf(call: Record<string, unknown>): ResizeCallKind | undefined {
  return RESIZE_CALL_KINDS.find((k) => k === call.kind);
}

/** The URL's path is the call's own, for this cluster (any project, any endpoint). */
function isPathOf(kind: ResizeCallKind, url: string, clusterId: unknown): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [head = '', tail = ''] = callPath(kind, '\u0000', encodeURIComponent(String(clusterId))).split('\u0000');
  return new RegExp(`${escape(head)}[^/]+${escape(tail)}$`).test(path);
}

/**
 * The request is the call: its method, its path for this cluster, its body. A plan whose call and
 * request disagree (an expand turned into a shrink, a PUT into a POST) is never read as either.
 */
function requestIsCall(request: Record<string, unknown>, call: Record<string, unknown>, clusterId: unknown): boolean {
  const kind = kindOf(call);
  return (
    kind !== undefined &&
    request.method === callMethod(kind) &&
    isText(request.url) &&
    isPathOf(kind, request.url, clusterId) &&
    isObject(request.body) &&
    isDeepStrictEqual(request.body, call.body)
  );
}

/** The fields the lifecycle reads of a plan, checked: a plan file is untrusted until then. */
function malformedField(p: Record<string, unknown>): string | undefined {
  const target = isObject(p.target) ? p.target : {};
  const expect = isObject(p.expect) ? p.expect : {};
  const group = isObject(expect.group) ? expect.group : {};
  const request = isObject(p.request) ? p.request : {};
  const call = isObject(p.call) ? p.call : {};
  const checks: Array<[string, boolean]> = [
    ['ready', p.ready === true],
    ['connection', isText(p.connection)],
    ['clusterId', isText(p.clusterId)],
    ['clusterName', isText(p.clusterName)],
    ['madeAt', isText(p.madeAt) && Number.isFinite(Date.parse(p.madeAt))],
    ['draft', isObject(p.draft)],
    ['target', isText(target.groupName) && isCount(target.from) && isCount(target.to)],
    ['call', kindOf(call) !== undefined && isObject(call.body)],
    ['request', requestIsCall(request, call, p.clusterId)],
    ['expect', isText(expect.state) && isText(group.name) && isCount(group.nodeCount)],
    ['confirmation', isObject(p.confirmation) && isText(p.confirmation.title)],
    ['problems', Array.isArray(p.problems)],
  ];
  return checks.find(([, ok]) => !ok)?.[0];
}

/** The digest, or undefined for a value nested deeper than the stack holds (never one that plan --out wrote). */
function digestOrUndefined(plan: unknown): string | undefined {
  try {
    return planDigest(plan);
  } catch (e) {
    if (e instanceof RangeError) {
      return undefined;
    }
    throw e;
  }
}

/** Reads a saved plan file's text: the plan when it is whole and unedited. Never throws. */
export function loadSavedPlan(text: string): LoadedPlan {
  let saved: unknown;
  try {
    saved = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problem: 'notJson', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!isObject(saved) || saved.format !== SAVED_PLAN_FORMAT || !isObject(saved.plan)) {
    return { ok: false, problem: 'notAPlan' };
  }
  if (saved.version !== SAVED_PLAN_VERSION) {
    const newer = typeof saved.version === 'number' && saved.version > SAVED_PLAN_VERSION;
    return newer
      ? { ok: false, problem: 'newerVersion', detail: String(saved.version) }
      : { ok: false, problem: 'notAPlan' };
  }
  if (saved.digest !== digestOrUndefined(saved.plan)) {
    return { ok: false, problem: 'edited' };
  }
  const bad = malformedField(saved.plan);
  if (bad !== undefined) {
    return { ok: false, problem: 'malformed', detail: bad };
  }
  return { ok: true, plan: saved.plan as unknown as ReadyPlan };
}
