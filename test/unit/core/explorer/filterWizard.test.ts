import * as assert from 'node:assert/strict';
import { CancelledError } from '../../../../src/core/errors';
import { runFilterWizard } from '../../../../src/core/explorer/filterWizard';
import { CLUSTER_STATES } from '../../../../src/core/model/cluster';
import { BACK } from '../../../../src/core/prompts/Prompter';
import { englishTranslate as t } from '../../../../src/core/translate';
import { ScriptedPrompter } from '../../../support/ScriptedPrompter';

describe('filter wizard', () => {
  it('asks for a part of the name, then a state, and returns both', async () => {
    const prompter = new ScriptedPrompter([{ input: 'etl' }, { pick: 'running' }]);
    assert.deepEqual(await runFilterWizard({}, prompter, 'Filter Clusters', t), { name: 'etl', state: 'running' });
    const [name, state] = prompter.asked;
    assert.deepEqual(
      [name.kind, name.title, name.text, name.value],
      ['input', 'Filter Clusters', 'Cluster name contains (empty: any name)', ''],
    );
    assert.deepEqual([state.kind, state.text, state.step, state.totalSteps], ['pick', 'State', 2, 2]);
    assert.deepEqual(state.labels, ['Any state', 'existing', ...CLUSTER_STATES, 'history']);
    assert.equal(state.descriptions[0], undefined, 'Any state');
    assert.equal(state.descriptions[1], undefined, 'existing');
    assert.equal(state.descriptions.at(-1), undefined, 'history');
    assert.ok(state.descriptions[2], 'a real state is described');
  });

  it('starts from the filter in use and drops the state for "Any state"', async () => {
    const prompter = new ScriptedPrompter([{ input: 'prod' }, { pick: 'Any state' }]);
    const filter = await runFilterWizard({ name: 'etl', state: 'history' }, prompter, 'Filter Clusters', t);
    assert.deepEqual(filter, { name: 'prod' });
    assert.equal(prompter.asked[0].value, 'etl');
    assert.equal(prompter.asked[1].activeLabel, 'history');
  });

  it('goes back from the state to the name, keeping the answer given', async () => {
    const prompter = new ScriptedPrompter([{ input: 'a' }, BACK, { input: 'ab' }, { pick: 'existing' }]);
    assert.deepEqual(await runFilterWizard({}, prompter, 'Filter Clusters', t), { name: 'ab', state: 'existing' });
    assert.equal(prompter.asked[2].value, 'a');
  });

  it('throws CancelledError when the user cancels', async () => {
    const prompter = new ScriptedPrompter([{ input: 'a' }, 'cancel']);
    await assert.rejects(runFilterWizard({}, prompter, 'Filter Clusters', t), CancelledError);
  });
});
