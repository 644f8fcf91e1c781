// Guards of the resize form's messages: what crosses the webview boundary is untrusted on both
// sides. Each parse returns the typed message with its known fields only, or undefined for anything
// malformed. Only plain objects count: a field that is merely inherited is not there.
import type { ClusterFacts, HostFacts, NodeGroupFacts } from '../core/resize/facts';
import { parseFlavorOffer } from './resizeFormFlavors';
import { parseLiveQuota } from './resizeFormQuota';
import {
  FORM_LABEL_KEYS,
  SEND_STATE_KINDS,
  type FormDraft,
  type FormHost,
  type FormLabels,
  type FormToHost,
  type HostToForm,
  type RenderTimings,
  type SendState,
} from './resizeForm';
import { isObj } from './plainObject';

const isStr = (v: unknown): v is string => typeof v === 'string';
const isOptStr = (v: unknown): boolean => v === undefined || isStr(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isStrRecord = (v: unknown): boolean => isObj(v) && Object.values(v).every(isStr);

export function isFormDraft(v: unknown): v is FormDraft {
  if (!isObj(v) || (v.scaleType !== 'scale_out' && v.scaleType !== 'scale_in')) {
    return false;
  }
  const texts = ['group', 'instances', 'nodeSize', 'volumeType', 'volumeCount', 'volumeSize'];
  return (
    texts.every((k) => isStr(v[k])) &&
    isBool(v.skipBootstrapScripts) &&
    isBool(v.scaleWithoutStart) &&
    isBool(v.chooseHosts) &&
    isStrArray(v.serverIds) &&
    isStrArray(v.resourceIds)
  );
}

/** The draft's own fields, nothing else (the caller checked it with isFormDraft). */
function draftOf(v: FormDraft): FormDraft {
  return {
    scaleType: v.scaleType,
    group: v.group,
    instances: v.instances,
    skipBootstrapScripts: v.skipBootstrapScripts,
    scaleWithoutStart: v.scaleWithoutStart,
    chooseHosts: v.chooseHosts,
    serverIds: [...v.serverIds],
    resourceIds: [...v.resourceIds],
    nodeSize: v.nodeSize,
    volumeType: v.volumeType,
    volumeCount: v.volumeCount,
    volumeSize: v.volumeSize,
  };
}

const TIMING_KEYS = ['fetch', 'script', 'ready', 'init', 'painted'] as const satisfies readonly (keyof RenderTimings)[];

function isTimings(v: unknown): v is RenderTimings {
  return isObj(v) && TIMING_KEYS.every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]));
}

/** A message from the webview, or undefined. */
export function parseFormMessage(v: unknown): FormToHost | undefined {
  if (!isObj(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'ready':
      return { type: v.type };
    case 'rendered': {
      const timings = v.timings;
      return isTimings(timings)
        ? {
            type: v.type,
            timings: {
              fetch: timings.fetch,
              script: timings.script,
              ready: timings.ready,
              init: timings.init,
              painted: timings.painted,
            },
          }
        : undefined;
    }
    case 'send':
    case 'copyBody':
    case 'openAsRequestFile':
      return isFormDraft(v.draft) ? { type: v.type, draft: draftOf(v.draft) } : undefined;
    default:
      return undefined;
  }
}

function isGroup(v: unknown): v is NodeGroupFacts {
  return (
    isObj(v) &&
    isStr(v.name) &&
    (v.role === 'master' || v.role === 'core' || v.role === 'task') &&
    typeof v.nodeCount === 'number' &&
    isOptStr(v.flavor)
  );
}

export function isClusterFacts(v: unknown): v is ClusterFacts {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isStr(v.state) &&
    isStr(v.stateText) &&
    isOptStr(v.scale) &&
    isOptStr(v.version) &&
    isObj(v.billing) &&
    isStr(v.billing.mode) &&
    Array.isArray(v.nodeGroups) &&
    v.nodeGroups.every(isGroup)
  );
}

function isHost(v: unknown): v is FormHost & HostFacts {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isOptStr(v.status) &&
    isOptStr(v.type) &&
    isOptStr(v.nodeGroupName) &&
    isOptStr(v.ip)
  );
}

const isHosts = (v: unknown): v is FormHost[] => Array.isArray(v) && v.every(isHost);

export function isSendState(v: unknown): v is SendState {
  if (!isObj(v) || !(SEND_STATE_KINDS as readonly unknown[]).includes(v.kind)) {
    return false;
  }
  const texts = ['message', 'stage', 'code', 'explanation', 'hint', 'orderId'];
  const messageOptional = !['accepted', 'unknown', 'succeeded', 'ordered', 'failed', 'refused', 'notSent'].includes(
    v.kind as string,
  );
  return texts.every((k) => isOptStr(v[k])) && (messageOptional || isStr(v.message));
}

function isLabels(v: unknown): v is FormLabels {
  return isObj(v) && FORM_LABEL_KEYS.every((k) => isStr(v[k]));
}

/** A message from the extension host, or undefined. */
export function parseHostMessage(v: unknown): HostToForm | undefined {
  if (!isObj(v)) {
    return undefined;
  }
  switch (v.type) {
    case 'init': {
      const quota = v.quota === undefined ? undefined : parseLiveQuota(v.quota);
      const flavorOffer = v.flavorOffer === undefined ? undefined : parseFlavorOffer(v.flavorOffer);
      return isClusterFacts(v.facts) &&
        (v.quota === undefined || quota !== undefined) &&
        (v.flavorOffer === undefined || flavorOffer !== undefined) &&
        isHosts(v.hosts) &&
        isFormDraft(v.draft) &&
        isLabels(v.labels) &&
        (v.bundle === undefined || isStrRecord(v.bundle)) &&
        (v.prefilled === undefined || typeof v.prefilled === 'boolean') &&
        (v.restarted === undefined || typeof v.restarted === 'boolean') &&
        isSendState(v.sendState)
        ? {
            type: 'init',
            facts: v.facts,
            hosts: v.hosts,
            draft: draftOf(v.draft),
            ...(v.prefilled === undefined ? {} : { prefilled: v.prefilled }),
            ...(v.restarted === undefined ? {} : { restarted: v.restarted }),
            labels: v.labels,
            ...(v.bundle === undefined ? {} : { bundle: v.bundle as Readonly<Record<string, string>> }),
            sendState: v.sendState,
            ...(quota ? { quota } : {}),
            ...(flavorOffer ? { flavorOffer } : {}),
          }
        : undefined;
    }
    case 'flavors': {
      const offer = parseFlavorOffer(v.offer);
      return offer ? { type: 'flavors', offer } : undefined;
    }
    case 'quota': {
      const quota = parseLiveQuota(v.quota);
      return quota ? { type: 'quota', quota } : undefined;
    }
    case 'clusterChanged':
      return isClusterFacts(v.facts) &&
        isHosts(v.hosts) &&
        isOptStr(v.note) &&
        (v.draft === undefined || isFormDraft(v.draft))
        ? {
            type: 'clusterChanged',
            facts: v.facts,
            hosts: v.hosts,
            ...(isStr(v.note) ? { note: v.note } : {}),
            ...(v.draft === undefined ? {} : { draft: draftOf(v.draft) }),
          }
        : undefined;
    case 'sendState':
      return isSendState(v.state) ? { type: 'sendState', state: v.state } : undefined;
    case 'notice':
      return isStr(v.message) ? { type: 'notice', message: v.message } : undefined;
    default:
      return undefined;
  }
}
