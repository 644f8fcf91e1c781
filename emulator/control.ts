// The emulator's controls: faults, request log, per-cluster failure switch, cluster state, tokens, v2 switches.
// The same object backs the programmatic API and the HTTP control endpoint (/__emulator/...).
import type { TokenStore } from './auth/tokens';
import type { ActiveFault, FaultRegistry, FaultSpec } from './faults';
import type { ResizeFailureSwitch } from './model';
import type { RateLimiter } from './mrs/rateLimit';
import { quotaControls, type QuotaControls } from './quotaControl';
import type { RequestLog, RequestLogSnapshot } from './requestLog';
import type { ClusterStatePatch, ClusterStore } from './store';
import { patchV2Options, type V2Options, type V2Settings } from './v2Options';

export interface EmulatorControl extends QuotaControls {
  /** Adds a fault; throws FaultSpecError when the spec is invalid. */
  addFault(spec: FaultSpec): ActiveFault;
  listFaults(): ActiveFault[];
  /** Removes every fault; returns how many there were. */
  clearFaults(): number;
  /** Per-route counters and the most recent requests. */
  requests(): RequestLogSnapshot;
  resetRequests(): void;
  /** Makes the next `times` resizes of a cluster (id or name) fail; 'always' until cleared. */
  failNextResize(cluster: string, times?: ResizeFailureSwitch): void;
  clearResizeFailure(cluster: string): void;
  /** Forces a cluster's state (drops a running resize of it). */
  setClusterState(cluster: string, patch: ClusterStatePatch): void;
  /** The id of a cluster of the current seed, by name. */
  clusterIdByName(name: string): string | undefined;
  /**
   * Changes the v2 switches (`{"expandResult":"success"}`, `{"nodesOffset":"item"}`, `{"rateLimit":true}`);
   * returns them all. Throws V2OptionsError when the patch is invalid.
   */
  setV2Options(patch: Partial<V2Options>): V2Options;
  /** The v2 switches now. */
  v2Options(): V2Options;
  /** Makes every issued token expire now; returns how many were touched. */
  expireTokens(): number;
  /**
   * Restores the seed and its quota limits and subnets, clears faults and the request log, sets the v2 switches back to the
   * start options and forgets the calls counted against the rate limits (tokens stay valid).
   */
  reset(): void;
}

export interface ControlParts {
  store: ClusterStore;
  faults: FaultRegistry;
  log: RequestLog;
  tokens: TokenStore;
  now: () => number;
  v2: V2Settings;
  rateLimiter: RateLimiter;
  projectId: string;
}

export function createControl(p: ControlParts): EmulatorControl {
  const idOf = (cluster: string): string => p.store.idByName(cluster) ?? cluster;
  return {
    addFault: (spec) => p.faults.add(spec),
    listFaults: () => p.faults.list(),
    clearFaults: () => p.faults.clear(),
    requests: () => p.log.snapshot(),
    resetRequests: () => p.log.reset(),
    failNextResize: (cluster, times = 1) => {
      if (times !== 'always' && (!Number.isInteger(times) || times < 1)) {
        throw new Error('times must be a positive integer or "always".');
      }
      p.store.setFailureSwitch(idOf(cluster), times);
    },
    clearResizeFailure: (cluster) => p.store.setFailureSwitch(idOf(cluster), 0),
    setClusterState: (cluster, patch) => p.store.setState(idOf(cluster), patch),
    ...quotaControls(p.store, p.projectId),
    clusterIdByName: (name) => p.store.idByName(name),
    setV2Options: (patch) => {
      p.v2.current = patchV2Options(p.v2.current, patch);
      return { ...p.v2.current };
    },
    v2Options: () => ({ ...p.v2.current }),
    expireTokens: () => p.tokens.expireAll(p.now()),
    reset: () => {
      p.store.reset();
      p.faults.clear();
      p.log.reset();
      p.v2.reset();
      p.rateLimiter.reset();
    },
  };
}
