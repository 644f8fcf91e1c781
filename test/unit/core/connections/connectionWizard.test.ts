import * as assert from 'node:assert/strict';
import { CancelledError } from '../../../../src/core/errors';
import { BACK } from '../../../../src/core/prompts/Prompter';
import {
  draftCredential,
  draftFrom,
  emptyDraft,
  runConnectionWizard,
  settingsFrom,
  type ConnectionDraft,
  type TestResult,
} from '../../../../src/core/connections/connectionWizard';
import { englishTranslate as t } from '../../../../src/core/translate';
import { ScriptedPrompter, type Answer } from '../../../support/ScriptedPrompter';

function deps(
  tested: ConnectionDraft[] = [],
  result: TestResult = { ok: true, message: 'Connected: 7 clusters in cn-north-4.' },
  editing = false,
) {
  return {
    t,
    takenNames: ['prod'],
    editing,
    test: (d: ConnectionDraft) => {
      tested.push(structuredClone(d));
      return Promise.resolve(result);
    },
  };
}

const akskScript: Answer[] = [
  { input: 'dev' },
  { pick: 'cn-north-4' },
  { pick: 'Access key' },
  { input: 'AK1' },
  { input: 'SK1' },
  { input: '' },
  { input: '' },
  { input: '' },
  { input: '' },
  { pick: 'Save' },
];

describe('connection wizard', () => {
  it('walks name → region → AK/SK → project → endpoints → save', async () => {
    const p = new ScriptedPrompter([...akskScript]);
    const d = await runConnectionWizard(emptyDraft(), p, deps());
    assert.deepEqual(settingsFrom(d), { name: 'dev', region: 'cn-north-4', authMethod: 'aksk' });
    assert.deepEqual(draftCredential(d, undefined), { kind: 'aksk', accessKey: 'AK1', secretKey: 'SK1' });
    assert.deepEqual(
      p.asked.map((a) => `${a.step}/${a.totalSteps}`),
      ['1/10', '2/10', '3/10', '4/10', '5/10', '6/10', '7/10', '8/10', '9/10', '10/10'],
    );
    assert.equal(p.remaining, 0);
  });

  it('asks account, user and password for the IAM method, and keeps user names out of the secrets', async () => {
    const p = new ScriptedPrompter([
      { input: 'iam' },
      { pick: 'cn-east-3' },
      { pick: 'IAM user' },
      { input: 'acct' },
      { input: 'alice' },
      { input: 'pw' },
      { input: '' },
      { input: '' },
      { input: '' },
      { pick: 'Save' },
    ]);
    const d = await runConnectionWizard(emptyDraft(), p, deps());
    assert.deepEqual(settingsFrom(d), {
      name: 'iam',
      region: 'cn-east-3',
      authMethod: 'password',
      userName: 'alice',
      domainName: 'acct',
    });
    assert.deepEqual(d.secrets, { password: 'pw' });
    assert.equal(p.asked.find((a) => a.text === 'IAM user password')?.kind, 'input');
  });

  it('validates live: bad, taken and empty names, bad endpoints, missing secrets', async () => {
    const p = new ScriptedPrompter([
      { rejected: '' },
      { rejected: 'PROD' },
      { rejected: 'a/b' },
      { input: 'dev' },
      { pick: 'cn-north-4' },
      { pick: 'User token' },
      { rejected: '' },
      { input: 'tok' },
      { rejected: 'bad id!' },
      { input: 'proj-1' },
      { rejected: 'http://mrs.example.com' },
      { input: 'http://127.0.0.1:9999' },
      { input: '' },
      { pick: 'Save' },
    ]);
    const d = await runConnectionWizard(emptyDraft(), p, deps());
    assert.deepEqual(settingsFrom(d), {
      name: 'dev',
      region: 'cn-north-4',
      authMethod: 'token',
      projectId: 'proj-1',
      mrsEndpoint: 'http://127.0.0.1:9999',
    });
    assert.deepEqual(p.asked[0].validation, [
      'Enter a name for the connection.',
      'A connection with this name exists already.',
      'Use letters, digits, spaces, dots, dashes or underscores (at most 64).',
    ]);
  });

  it('refuses a blank pasted token, and a blank token never becomes a credential', async () => {
    const p = new ScriptedPrompter([
      { input: 'tok' },
      { pick: 'cn-north-4' },
      { pick: 'User token' },
      { rejected: '' },
      { rejected: '  \t ' },
      { input: ' MIItoken ' },
      { input: '' },
      { input: '' },
      { input: '' },
      { pick: 'Save' },
    ]);
    const d = await runConnectionWizard(emptyDraft(), p, deps());
    const asked = p.asked.find((a) => a.text === 'User token (X-Auth-Token)');
    assert.deepEqual(asked?.validation, ['This value is required.', 'This value is required.']);
    assert.deepEqual(draftCredential(d, undefined), { kind: 'token', token: 'MIItoken' });
    assert.equal(draftCredential({ ...d, secrets: { token: '   ' } }, undefined), undefined);
  });

  it('goes back a step and keeps the earlier answers', async () => {
    const p = new ScriptedPrompter([
      { input: 'dev' },
      { pick: 'cn-north-4' },
      BACK,
      BACK,
      { input: 'dev2' },
      { pick: 'cn-south-1' },
      { pick: 'User token' },
      BACK,
      { pick: 'Access key' },
      { input: 'AK' },
      { input: 'SK' },
      { input: '' },
      { input: '' },
      { input: '' },
      { input: '' },
      { pick: 'Save' },
    ]);
    const d = await runConnectionWizard(emptyDraft(), p, deps());
    assert.equal(d.name, 'dev2');
    assert.equal(d.region, 'cn-south-1');
    assert.equal(d.authMethod, 'aksk');
  });

  it('tests the connection, shows the result and then saves', async () => {
    const tested: ConnectionDraft[] = [];
    const p = new ScriptedPrompter([...akskScript.slice(0, -1), { pick: 'Test Connection' }, { pick: 'Save' }]);
    await runConnectionWizard(emptyDraft(), p, deps(tested));
    assert.equal(tested.length, 1);
    assert.equal(tested[0].secrets.accessKey, 'AK1');
    const last = p.asked[p.asked.length - 1];
    assert.equal(last.details[0], 'Connected: 7 clusters in cn-north-4.');
  });

  it('offers "Save Anyway" after a failed test', async () => {
    const p = new ScriptedPrompter([...akskScript.slice(0, -1), { pick: 'Test Connection' }, { pick: 'Save Anyway' }]);
    await runConnectionWizard(emptyDraft(), p, deps([], { ok: false, message: 'Failed: wrong key' }));
    assert.deepEqual(p.asked[p.asked.length - 1].labels, ['Test Connection', 'Save Anyway']);
  });

  it('throws CancelledError on Escape, before anything is returned', async () => {
    const p = new ScriptedPrompter([{ input: 'dev' }, 'cancel']);
    await assert.rejects(runConnectionWizard(emptyDraft(), p, deps()), CancelledError);
  });

  it('lets an edit keep the stored secrets by leaving them empty', async () => {
    const draft = draftFrom({ name: 'prod', region: 'cn-north-4', authMethod: 'aksk' });
    const p = new ScriptedPrompter([
      { input: 'prod' },
      { pick: 'cn-north-4' },
      { pick: 'Access key' },
      { input: '' },
      { input: 'NEWSK' },
      { input: '' },
      { input: '' },
      { input: '' },
      { input: '' },
      { pick: 'Save' },
    ]);
    const d = await runConnectionWizard(draft, p, { ...deps([], undefined, true), takenNames: [] });
    assert.deepEqual(draftCredential(d, { kind: 'aksk', accessKey: 'OLDAK', secretKey: 'OLDSK' }), {
      kind: 'aksk',
      accessKey: 'OLDAK',
      secretKey: 'NEWSK',
    });
    assert.equal(
      draftCredential({ ...d, authMethod: 'token' }, { kind: 'aksk', accessKey: 'A', secretKey: 'S' }),
      undefined,
      'secrets of another method are not reused',
    );
  });
});
