// The chat agent's tools (docs/ARCHITECTURE.md, "The chat agent's tools"): built once over what the
// composition root has, run through one function that checks the input, answers every failure in a
// sentence and scrubs every secret of every connection from the answer.
import { errorLine } from '../api/errorLine';
import { makeRedactor } from '../api/redact';
import { errorForLog } from '../errors';
import type { Logger } from '../log';
import { applyResizeTool } from './applyResize';
import { explainErrorTool } from './explainError';
import { listClustersTool } from './listClusters';
import { PlanBook } from './PlanBook';
import { planResizeTool } from './planResize';
import { showClusterTool } from './showCluster';
import type { AgentDeps, AgentTool, AgentToolName, ToolPreparation } from './types';

export * from './types';
export { PlanBook } from './PlanBook';

export type AgentTools = { readonly [N in AgentToolName]: AgentTool<unknown> };

/** The five tools, sharing one book of the plans made in this session. */
export function agentTools(deps: AgentDeps, book = new PlanBook()): AgentTools {
  return {
    mrs_listClusters: listClustersTool(deps),
    mrs_showCluster: showClusterTool(deps),
    mrs_planResize: planResizeTool(deps, book),
    mrs_applyResize: applyResizeTool(deps, book),
    mrs_explainError: explainErrorTool(deps),
  };
}

async function scrubbed(deps: AgentDeps, text: string): Promise<string> {
  return makeRedactor(await deps.secrets())(text);
}

/** What VS Code shows before the tool runs; an input that is wrong gets no confirmation (nothing will run). */
export async function prepareTool(tool: AgentTool<unknown>, input: unknown, deps: AgentDeps): Promise<ToolPreparation> {
  const checked = tool.check(input);
  if (!checked.ok) {
    return { invocationMessage: await scrubbed(deps, checked.message) };
  }
  const prepared = await tool.prepare(checked.input);
  const confirmation = prepared.confirmation && {
    title: await scrubbed(deps, prepared.confirmation.title),
    message: await scrubbed(deps, prepared.confirmation.message),
  };
  return {
    invocationMessage: await scrubbed(deps, prepared.invocationMessage),
    ...(confirmation ? { confirmation } : {}),
  };
}

/**
 * The tool's answer, always text: a wrong input says what is wrong; a failure (a read that failed, a
 * bug) is logged whole and answered with the catalog's line. The error boundary of the tools.
 */
export async function runTool(
  tool: AgentTool<unknown>,
  input: unknown,
  deps: AgentDeps & { readonly logger: Logger },
  signal?: AbortSignal,
): Promise<string> {
  const checked = tool.check(input);
  let text: string;
  if (!checked.ok) {
    text = checked.message;
  } else {
    try {
      text = await tool.invoke(checked.input, signal);
    } catch (e) {
      deps.logger.error(errorForLog(e));
      text = deps.t('{0} could not answer: {1}', tool.name, errorLine(e, deps.language(), deps.t));
    }
  }
  return scrubbed(deps, text);
}
