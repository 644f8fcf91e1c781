import assert from 'node:assert/strict';
import { isCancelled } from '../../../../src/core/errors';
import { BACK, pickOne } from '../../../../src/core/prompts/Prompter';
import { ScriptedPrompter } from '../../../support/ScriptedPrompter';

const items = [
  { label: 'one', value: 1 },
  { label: 'two', value: 2 },
];

describe('pickOne', () => {
  it('asks one step of one and returns the value picked', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'two' }]);
    assert.equal(await pickOne(prompter, { title: 'Number', items }), 2);
    assert.deepEqual(
      prompter.asked.map((a) => [a.step, a.totalSteps]),
      [[1, 1]],
    );
  });

  it('counts Back as cancelled: there is no step to go back to', async () => {
    await assert.rejects(pickOne(new ScriptedPrompter([BACK]), { title: 'Number', items }), isCancelled);
  });
});
