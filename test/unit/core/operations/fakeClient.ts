// A scripted stand-in for MrsClient: cluster readings in order (the last one repeats), hosts,
// and what the resize PUT does. Counts every call. With `beforePut` set (the lifecycle harness
// sets it to the first reading), the reads before the first PUT (the plan, and the reading right
// before the PUT) are served from it, and `readings` goes on after the PUT from its second entry.
import type { CallOptions, ResizeAccepted } from '../../../../src/core/api/MrsClient';
import type { ResizeRequestDto } from '../../../../src/core/api/wire';
import { callPath, type ResizeBody, type ResizeCall, type ResizeCallKind } from '../../../../src/core/api/resizeCall';
import { CancelledError } from '../../../../src/core/errors';
import type { Cluster, ClusterNode, Host } from '../../../../src/core/model/cluster';
import type { RequestPreview } from '../../../../src/core/api/requestPreview';
import type { ResizeClient } from '../../../../src/core/operations/client';

export type Reading = Cluster | Error | ((signal: AbortSignal | undefined) => Cluster | Error);

export class FakeClient implements ResizeClient {
  /** Every call sent, v1.1 or v2; `body` is the v1.1 body (the v2 ones are in `calls`). */
  readonly resizeCalls: Array<{ clusterId: string; body: ResizeRequestDto }> = [];
  readonly calls: Array<{ clusterId: string; call: ResizeCall }> = [];
  /** ListNodes' answer (read for a custom cluster). */
  nodes: ClusterNode[] = [];
  listNodesCalls = 0;
  getClusterCalls = 0;
  /** What the reads before the first PUT see, in order (the last one repeats). */
  beforePut: Reading[] | undefined;
  private beforeCalls = 0;
  private afterCalls = 0;
  listHostsCalls = 0;
  hosts: Host[] = [];
  /** What the PUT does; default: accepted. */
  onResize: () => Promise<ResizeAccepted> = () => Promise.resolve({ result: 'succeeded', requestId: 'req-1' });

  constructor(private readonly readings: Reading[]) {}

  /** The first reading of the script. */
  get first(): Reading {
    return this.readings[0];
  }

  /** Adds readings to the end of the script. */
  andThen(...more: Reading[]): this {
    this.readings.push(...more);
    return this;
  }

  /** Real milliseconds each reading takes after the PUT (for tests that need following to last). */
  readDelayMs = 0;

  async getCluster(clusterId: string, options: CallOptions = {}): Promise<Cluster> {
    if (this.readDelayMs > 0 && this.resizeCalls.length > 0) {
      await new Promise((r) => setTimeout(r, this.readDelayMs));
    }
    return this.read(clusterId, options);
  }

  private read(_clusterId: string, options: CallOptions): Promise<Cluster> {
    if (options.signal?.aborted) {
      return Promise.reject(new CancelledError());
    }
    this.getClusterCalls += 1;
    const before = this.beforePut !== undefined && this.resizeCalls.length === 0;
    const script = before ? (this.beforePut as Reading[]) : this.readings;
    const at = before ? this.beforeCalls++ : this.afterCalls++ + (this.beforePut ? 1 : 0);
    const step = script[Math.min(at, script.length - 1)];
    const value = typeof step === 'function' ? step(options.signal) : step;
    return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
  }

  listHosts(): Promise<Host[]> {
    this.listHostsCalls += 1;
    return Promise.resolve(this.hosts);
  }

  listNodes(): Promise<ClusterNode[]> {
    this.listNodesCalls += 1;
    return Promise.resolve(this.nodes);
  }

  previewCall(clusterId: string, kind: ResizeCallKind, body: ResizeBody | undefined): Promise<RequestPreview> {
    const url = `https://mrs.example.com${callPath(kind, 'project', clusterId)}`;
    const method = kind === 'v1.1' ? 'PUT' : 'POST';
    return Promise.resolve({ method, url, headers: [{ name: 'Authorization', shown: 'secret' }], body });
  }

  send(clusterId: string, call: ResizeCall): Promise<ResizeAccepted> {
    this.calls.push({ clusterId, call });
    this.resizeCalls.push({ clusterId, body: call.body as ResizeRequestDto });
    return this.onResize();
  }
}
