import * as assert from 'node:assert/strict';
import { cliConfirmation, type Ask } from '../../../src/cli/confirm';
import { Output } from '../../../src/cli/output';
import type { ResizeConfirmation } from '../../../src/core/plan/confirmation';
import { englishTranslate as t } from '../../../src/core/translate';

function setup(o: { yes?: boolean; interactive?: boolean; answer?: string }) {
  const asked: string[] = [];
  const err: string[] = [];
  const ask: Ask = (q) => {
    asked.push(q);
    return Promise.resolve(o.answer ?? '');
  };
  const sink = { write: (s: string) => err.push(s) };
  const out = new Output({ stdout: sink, stderr: sink, json: false, colour: { stdout: false, stderr: false } });
  const c = cliConfirmation({ yes: o.yes ?? false, interactive: o.interactive ?? true, ask, out, t });
  return { c, asked, err };
}

const scaleIn = {
  modal: true,
  title: 'Scale in task nodes of a: 3 → 1?',
  detail: 'These nodes…',
} as ResizeConfirmation;
const scaleOut = { modal: false, title: 'Scale out', detail: '' } as ResizeConfirmation;

const masterOut = {
  modal: true,
  title: 'Scale out master nodes of a: 3 → 4?',
  detail: '1 node is added.',
  target: { scaleType: 'scale_out', role: 'master' },
} as ResizeConfirmation;

describe('cli/confirm', () => {
  it('asks before adding master nodes, in words that say so (not "scale in")', async () => {
    const { c, asked, err } = setup({ answer: 'yes' });
    assert.equal(await c.policy(masterOut), true);
    assert.deepEqual(asked, ['Type "yes" to add master nodes, anything else cancels: ']);
    assert.ok(err.join('').includes(masterOut.title));
  });

  it('sends a scale-out without a question', async () => {
    const { c, asked } = setup({ interactive: false });
    assert.equal(await c.policy(scaleOut), true);
    assert.deepEqual(asked, []);
  });

  it('asks on a terminal for every scale-in; only "yes" sends', async () => {
    for (const [answer, sends] of [
      ['yes', true],
      ['Y', true],
      ['', false],
      ['no', false],
      ['yess', false],
    ] as const) {
      const { c, asked, err } = setup({ answer });
      assert.equal(await c.policy(scaleIn), sends, answer);
      assert.equal(asked.length, 1);
      assert.ok(err.join('').includes(scaleIn.title), 'the question names the change');
      assert.equal(c.refusal(), sends ? undefined : 'declined');
    }
  });

  it('refuses a scale-in without a terminal unless --yes', async () => {
    const none = setup({ interactive: false, answer: 'yes' });
    assert.equal(await none.c.policy(scaleIn), false);
    assert.deepEqual(none.asked, [], 'no prompt without a terminal');
    assert.equal(none.c.refusal(), 'noTerminal');
    const yes = setup({ interactive: false, yes: true });
    assert.equal(await yes.c.policy(scaleIn), true);
  });
});
