// package.json's languageModelTools ↔ the code and the tests: the five tools the core builds, each
// with a model description, a reference name, localised user texts and an input schema that takes
// no credential; and every input the integration tests invoke a tool with (test/support/agentInputs.ts)
// is one its schema accepts and the core's own check accepts too. Wrong inputs fail both.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  checkApplyInput,
  checkExplainInput,
  checkListInput,
  checkPlanInput,
  checkShowInput,
} from '../../src/core/agent/inputs';
import { AGENT_TOOL_NAMES, type AgentToolName, type Checked } from '../../src/core/agent/types';
import { englishTranslate } from '../../src/core/translate';
import {
  AGENT_CALLS,
  applyPlan,
  planTaskScaleIn,
  SAMPLE_DIGEST,
  SAMPLE_HOSTS,
  type ToolCall,
} from '../support/agentInputs';
import { schemaErrors } from '../support/unit/schemaCheck';

const root = path.resolve(__dirname, '../../..');
const readJson = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

interface ToolContribution {
  name: string;
  toolReferenceName?: string;
  displayName: string;
  userDescription?: string;
  modelDescription: string;
  canBeReferencedInPrompt?: boolean;
  inputSchema: Record<string, unknown>;
}

const tools = (readJson('package.json') as { contributes: { languageModelTools: ToolContribution[] } }).contributes
  .languageModelTools;
const schemaOf = (name: AgentToolName) => tools.find((t) => t.name === name)?.inputSchema ?? {};

const CHECKS: Record<AgentToolName, (input: unknown) => Checked<unknown>> = {
  mrs_listClusters: (i) => checkListInput(i, englishTranslate),
  mrs_showCluster: (i) => checkShowInput(i, englishTranslate),
  mrs_planResize: (i) => checkPlanInput(i, englishTranslate),
  mrs_applyResize: (i) => checkApplyInput(i, englishTranslate),
  mrs_explainError: (i) => checkExplainInput(i, englishTranslate),
};

const used: Array<[string, ToolCall]> = [
  ...Object.entries(AGENT_CALLS),
  ['planTaskScaleIn', planTaskScaleIn(SAMPLE_HOSTS)],
  ['applyPlan', applyPlan(SAMPLE_DIGEST)],
];

/** Inputs a model could write that the tools must refuse: schema and core alike. */
const WRONG: ToolCall[] = [
  { tool: 'mrs_listClusters', input: { pageSize: 51 } },
  { tool: 'mrs_listClusters', input: { page: 0 } },
  { tool: 'mrs_showCluster', input: {} },
  { tool: 'mrs_showCluster', input: { cluster: 'a', accessKey: 'x' } },
  { tool: 'mrs_planResize', input: { cluster: 'a', group: 'core', direction: 'out', count: 1 } },
  { tool: 'mrs_planResize', input: { cluster: 'a', group: 'core', direction: 'scale_out', count: 1.5 } },
  { tool: 'mrs_planResize', input: { cluster: 'a', group: 'core', direction: 'scale_out' } },
  { tool: 'mrs_planResize', input: { cluster: 'a', group: 'task', direction: 'scale_in', count: 1, hosts: 'h1' } },
  { tool: 'mrs_applyResize', input: { digest: 'sha256:abc' } },
  { tool: 'mrs_explainError', input: { code: 17 } },
];

describe('agent tools: package.json ↔ code and tests', () => {
  it('contributes exactly the tools the core builds, each described for the model and named for #', () => {
    assert.deepEqual(tools.map((t) => t.name).sort(), [...AGENT_TOOL_NAMES].sort());
    const nls = readJson('package.nls.json') as Record<string, string>;
    for (const t of tools) {
      assert.match(t.toolReferenceName ?? '', /^[\w-]+$/, t.name);
      assert.equal(t.canBeReferencedInPrompt, true, t.name);
      assert.match(t.displayName, /^%.+%$/, `${t.name} displayName through package.nls.json`);
      assert.match(t.userDescription ?? '', /^%.+%$/, `${t.name} userDescription through package.nls.json`);
      assert.ok(nls[t.displayName.slice(1, -1)], t.name);
      assert.match(t.modelDescription, /\bDo not\b|\bNever\b/, `${t.name} says when not to use it`);
      assert.equal(t.inputSchema.type, 'object');
      assert.equal(t.inputSchema.additionalProperties, false, `${t.name} takes only its own inputs`);
    }
  });

  it('takes no credential as input', () => {
    const secretish = /key|secret|password|token|ak$|^sk$|credential|signature/i;
    for (const t of tools) {
      const names = Object.keys(t.inputSchema.properties ?? {});
      assert.deepEqual(
        names.filter((n) => secretish.test(n)),
        [],
        t.name,
      );
    }
  });

  for (const [what, call] of used) {
    it(`holds the integration tests' ${what} (${call.tool}) against the schema and the core's check`, () => {
      assert.deepEqual(schemaErrors(schemaOf(call.tool), call.input), []);
      const checked = CHECKS[call.tool](call.input);
      assert.ok(checked.ok, checked.ok ? '' : checked.message);
    });
  }

  it('refuses the same wrong inputs in the schema and in the core', () => {
    for (const call of WRONG) {
      const label = `${call.tool} ${JSON.stringify(call.input)}`;
      assert.notDeepEqual(schemaErrors(schemaOf(call.tool), call.input), [], `the schema refuses ${label}`);
      assert.equal(CHECKS[call.tool](call.input).ok, false, `the core refuses ${label}`);
    }
  });
});
