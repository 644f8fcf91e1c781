// The agent's tools over fakes: the Clusters view's model over a client that lists a few clusters
// (counting its list requests), a ResizeLifecycle over a real journal in a temporary folder and a
// scripted client (lifecycleHarness), and the product's confirmation answered from a queue.
import type { ListClustersQuery, MrsClient } from '../../../../src/core/api/MrsClient';
import {
  agentTools,
  PlanBook,
  runTool,
  prepareTool,
  type AgentDeps,
  type AgentToolName,
} from '../../../../src/core/agent';
import type { CatalogLanguage } from '../../../../src/core/api/catalogEntry';
import { ExplorerModel } from '../../../../src/core/explorer/ExplorerModel';
import type { Cluster } from '../../../../src/core/model/cluster';
import type { ResizeConfirmation } from '../../../../src/core/plan';
import { englishTranslate, type Translate } from '../../../../src/core/translate';
import { pageOf } from '../../../support/explorer';
import { RecordingLogger } from '../../../support/unit/fakes';
import { FakeClient, type Reading } from '../operations/fakeClient';
import { harness as lifecycleHarness } from '../operations/lifecycleHarness';

/** A FakeClient that also lists clusters, page by page, as the Clusters view reads them. */
export class ListingClient extends FakeClient {
  listRequests = 0;

  constructor(
    readonly listed: Cluster[],
    readings: Reading[],
  ) {
    super(readings);
  }

  listClustersPage(q: ListClustersQuery) {
    this.listRequests += 1;
    return Promise.resolve(pageOf(this.listed, q));
  }

  listClusters(q: { name?: string }) {
    this.listRequests += 1;
    return Promise.resolve(this.listed.filter((c) => q.name === undefined || c.name.includes(q.name)));
  }
}

export interface AgentHarness {
  readonly client: ListingClient;
  readonly model: ExplorerModel;
  readonly deps: AgentDeps;
  readonly book: PlanBook;
  readonly logger: RecordingLogger;
  /** The product's own confirmations asked, in order. */
  readonly confirmed: ResizeConfirmation[];
  readonly lifecycle: ReturnType<typeof lifecycleHarness>;
  run(name: AgentToolName, input: unknown, signal?: AbortSignal): Promise<string>;
  prepare(name: AgentToolName, input: unknown): ReturnType<typeof prepareTool>;
}

interface Options {
  readonly t?: Translate;
  readonly language?: CatalogLanguage;
  /** The product's confirmation answers (default: yes). */
  readonly answers?: boolean[];
  readonly secrets?: readonly string[];
  readonly pageSize?: number;
}

/** The connection of lifecycleHarness's orders. */
export const CONNECTION = 'prod';

export function agentHarness(client: ListingClient, options: Options = {}): AgentHarness {
  const t = options.t ?? englishTranslate;
  const confirmed: ResizeConfirmation[] = [];
  const answers = [...(options.answers ?? [])];
  const lifecycle = lifecycleHarness(client, true, { t });
  client.beforePut ??= [client.first];
  const model = new ExplorerModel({
    clientFor: () => Promise.resolve(client as unknown as MrsClient),
    pageSize: () => options.pageSize ?? 50,
    filter: () => ({}),
    now: () => new Date(1000),
    onChange: () => undefined,
  });
  const deps: AgentDeps = {
    t,
    language: () => options.language ?? 'en',
    connections: () => [{ name: CONNECTION, region: 'cn-north-4' }],
    explorer: model,
    filter: () => ({}),
    clientFor: () => Promise.resolve(client),
    lifecycle: lifecycle.lifecycle,
    history: lifecycle.history,
    maxNodes: () => undefined,
    confirm: (c) => {
      confirmed.push(c);
      return Promise.resolve(answers.shift() ?? true);
    },
    secrets: () => Promise.resolve(options.secrets ?? []),
  };
  const book = new PlanBook();
  const tools = agentTools(deps, book);
  const logger = new RecordingLogger();
  return {
    client,
    model,
    deps,
    book,
    logger,
    confirmed,
    lifecycle,
    run: (name, input, signal) => runTool(tools[name], input, { ...deps, logger }, signal),
    prepare: (name, input) => prepareTool(tools[name], input, deps),
  };
}

/** The digest line of a plan's answer. */
export function digestOf(answer: string): string {
  const m = /sha256:[0-9a-f]{64}/.exec(answer);
  if (!m) {
    throw new Error(`no digest in: ${answer}`);
  }
  return m[0];
}
