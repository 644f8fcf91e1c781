// A scripted stand-in for MrsClient: cluster readings in order (the last one repeats), hosts,
// and what the resize PUT does. Counts every call.
import type { CallOptions, ResizeAccepted } from '../../../../src/core/api/MrsClient';
import type { ResizeRequestDto } from '../../../../src/core/api/wire';
import { CancelledError } from '../../../../src/core/errors';
import type { Cluster, Host } from '../../../../src/core/model/cluster';
import type { ResizeClient } from '../../../../src/core/operations/preflight';

export type Reading = Cluster | Error | ((signal: AbortSignal | undefined) => Cluster | Error);

export class FakeClient implements ResizeClient {
  readonly resizeCalls: Array<{ clusterId: string; body: ResizeRequestDto }> = [];
  getClusterCalls = 0;
  listHostsCalls = 0;
  hosts: Host[] = [];
  /** What the PUT does; default: accepted. */
  onResize: () => Promise<ResizeAccepted> = () => Promise.resolve({ result: 'succeeded', requestId: 'req-1' });

  constructor(private readonly readings: Reading[]) {}

  /** Adds readings to the end of the script. */
  andThen(...more: Reading[]): this {
    this.readings.push(...more);
    return this;
  }

  getCluster(_clusterId: string, options: CallOptions = {}): Promise<Cluster> {
    if (options.signal?.aborted) {
      return Promise.reject(new CancelledError());
    }
    const i = Math.min(this.getClusterCalls, this.readings.length - 1);
    this.getClusterCalls += 1;
    const step = this.readings[i];
    const value = typeof step === 'function' ? step(options.signal) : step;
    return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
  }

  listHosts(): Promise<Host[]> {
    this.listHostsCalls += 1;
    return Promise.resolve(this.hosts);
  }

  resize(clusterId: string, body: ResizeRequestDto): Promise<ResizeAccepted> {
    this.resizeCalls.push({ clusterId, body });
    return this.onResize();
  }
}
