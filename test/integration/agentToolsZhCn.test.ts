// The chat agent's tools in a VS Code whose display language is Simplified Chinese: every answer a user
// reads is Chinese. Runs in npm test's zh-cn run (scripts/test.mjs names this file beside zhCn.test.ts);
// skipped, with the reason printed, in an English host. Expected texts come from the extension's own
// l10n bundle and error catalog; each check also says the English did not come through instead.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lookupErrorCode } from '../../src/core/api/catalog';
import { englishTranslate } from '../../src/core/translate';
import { AGENT_CALLS, applyPlan, SAMPLE_DIGEST } from '../support/agentInputs';
import { connectTo, digestOf, emulator, EXTENSION_ID, extensionApi, invoke, rows } from './support';
import type { Emulator } from '../../emulator';

type Strings = Record<string, string>;

describe('agent tools in a zh-cn host: Chinese answers', function () {
  this.timeout(60_000);
  let bundle: Strings;
  let emu: Emulator | undefined;

  /** The zh-cn text of a source string, filled as vscode.l10n.t fills it. */
  const zh = (key: string, ...args: Array<string | number>) => {
    assert.ok(bundle[key], `the bundle has "${key}"`);
    return englishTranslate(bundle[key], ...args);
  };
  const startsChinese = (answer: string, key: string, ...args: Array<string | number>) => {
    assert.ok(answer.startsWith(zh(key, ...args)), `Chinese: ${answer}`);
    assert.ok(!answer.includes(englishTranslate(key, ...args)), `no English: ${answer}`);
  };

  before(async function () {
    if (vscode.env.language !== 'zh-cn' && process.env.MRS_LOCALE !== 'zh-cn') {
      console.log(
        '[mrs-test]',
        `  zh-cn agent tools suite skipped: VS Code's display language is '${vscode.env.language}', not zh-cn (npm test runs it in a zh-cn host)`,
      );
      this.skip();
    }
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    bundle = JSON.parse(
      fs.readFileSync(path.join(ext.extensionPath, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'),
    ) as Strings;
    const api = await extensionApi();
    emu = await emulator();
    await connectTo(api, emu);
    await api.filter.set({});
    await rows(api, (await rows(api))[0]?.element);
  });

  after(async () => {
    const api = await extensionApi();
    for (const c of api.store.list()) {
      await api.store.remove(c.name);
    }
    await emu?.close();
  });

  it('lists and shows clusters in Chinese', async () => {
    const listed = await invoke(AGENT_CALLS.listFirstPage);
    startsChinese(listed, 'Connection {0} (region {1}):', 'emu', emu?.credentials.region ?? '');
    assert.ok(listed.includes(zh('Node groups: {0}', '')), listed);
    const shown = await invoke(AGENT_CALLS.showAnalytics);
    startsChinese(shown, 'Cluster on connection {0}:', 'emu');
  });

  it('plans in Chinese: a plan to send, and a refused one with the rule in Chinese', async () => {
    const ready = await invoke(AGENT_CALLS.planCoreScaleOut);
    startsChinese(ready, 'Plan made on a fresh reading of the cluster; nothing was sent.');
    assert.ok(ready.includes(zh('Digest: {0}', digestOf(ready))), ready);
    const refused = await invoke(AGENT_CALLS.planRefusedScaleIn);
    startsChinese(refused, 'The resize of {0} cannot be sent; nothing was sent. The plan is refused:', 'etl-nightly');
    const rule = refused.split('\n')[1] ?? '';
    assert.match(rule, /^- 错误：.*[\u4e00-\u9fff]/, `the rule's message in Chinese: ${rule}`);
  });

  it('refuses an unknown digest in Chinese, and explains an error code from the Chinese catalog', async () => {
    startsChinese(
      await invoke(applyPlan(SAMPLE_DIGEST)),
      'No plan with the digest {0} was made in this session; nothing was sent. Make one with mrs_planResize and pass its digest exactly.',
      SAMPLE_DIGEST,
    );
    const explained = await invoke(AGENT_CALLS.explainNotRunning);
    const text = lookupErrorCode('12000017', 'zh-cn');
    assert.equal(
      explained,
      [
        zh('Code: {0}', '12000017'),
        zh('Explanation: {0}', text?.explanation ?? ''),
        zh('Hint: {0}', text?.hint ?? ''),
      ].join('\n'),
    );
  });
});
