// The inputs the integration tests hand the agent's tools through vscode.lm.invokeTool
// (test/integration/agentTools*.test.ts), in one place: test/unit/agentInputs.test.ts holds each
// against its tool's inputSchema in package.json and against the core's own check, so that the
// tests never call a tool with an input the model could not have sent. Plain data: no vscode import.
import type { AgentToolName } from '../../src/core/agent/types';

export interface ToolCall {
  readonly tool: AgentToolName;
  readonly input: Readonly<Record<string, unknown>>;
}

/** Clusters of the emulator's seed (emulator/seeds): etl-nightly has 3 core nodes and no task group. */
export const AGENT_CALLS = {
  listFirstPage: { tool: 'mrs_listClusters', input: { pageSize: 10 } },
  listSecondPage: { tool: 'mrs_listClusters', input: { connection: 'emu', page: 2, pageSize: 10 } },
  showAnalytics: { tool: 'mrs_showCluster', input: { cluster: 'analytics-prod' } },
  planCoreScaleOut: {
    tool: 'mrs_planResize',
    input: { cluster: 'etl-nightly', group: 'core', direction: 'scale_out', count: 2 },
  },
  /** 3 core nodes may not go below 3: refused by the rules. */
  planRefusedScaleIn: {
    tool: 'mrs_planResize',
    input: { cluster: 'etl-nightly', group: 'core', direction: 'scale_in', count: 1 },
  },
  /** A scale-out the stale test plans, then changes the cluster under. */
  planReportingScaleOut: {
    tool: 'mrs_planResize',
    input: {
      cluster: 'reporting-warehouse',
      connection: 'emu',
      group: 'core_node_analysis_group',
      direction: 'scale_out',
      count: 1,
    },
  },
  explainNotRunning: { tool: 'mrs_explainError', input: { code: '12000017' } },
} as const satisfies Record<string, ToolCall>;

/** A task scale-in of analytics-prod naming these hosts (short names, as mrs_showCluster shows them). */
export function planTaskScaleIn(hosts: readonly string[]): ToolCall {
  return {
    tool: 'mrs_planResize',
    input: { cluster: 'analytics-prod', group: 'task', direction: 'scale_in', count: hosts.length, hosts: [...hosts] },
  };
}

export function applyPlan(digest: string): ToolCall {
  return { tool: 'mrs_applyResize', input: { digest } };
}

/** Samples for the calls made from values known only at run time. */
export const SAMPLE_HOSTS = ['node_analysis_task_xyz1', '192.168.1.20'];
export const SAMPLE_DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
