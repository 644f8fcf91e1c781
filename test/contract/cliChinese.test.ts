// The Chinese `mrs-resize` (LANG=zh_CN.UTF-8) asks MRS for Chinese (X-Language: zh-cn) and shows
// MRS's own Chinese message beside the catalog's explanation; in English, the English ones.
import assert from 'node:assert/strict';
import path from 'node:path';
import { emulatorEnv, explain, runCli, useTempDir, writeRequestFile, type CliEnv } from './cliSupport';
import { idOf, sent, useEmulator } from './support';

describe('contract: mrs-resize shows MRS’s message in the user’s language', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();
  let n = 0;

  /** A scale-out of the MRS 1.5.1 cluster, which MRS refuses with 12000067 (the client's rules let it go). */
  async function applyRefused(env: CliEnv) {
    n += 1;
    const file = writeRequestFile(
      tmp.dir,
      `old-${n}.mrs-resize.json`,
      idOf(ctx.emu, 'legacy-hadoop'),
      JSON.stringify({ parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1 } }),
    );
    const journal = path.join(tmp.dir, `journal-${n}`);
    return runCli(['apply', file, '--journal', journal, '--interval', '0.2'], emulatorEnv(ctx.emu, env));
  }

  it('in Chinese: MRS返回 the doc’s Chinese message of 12000067, after the catalog’s Chinese', async () => {
    const run = await applyRefused({ LANG: 'zh_CN.UTF-8' });
    assert.equal(run.code, 3, explain(run));
    assert.equal(sent(ctx.emu, 'resize'), 1);
    assert.match(
      run.stderr,
      /（12000067）：集群版本太老，不允许扩容。MRS返回：“集群版本太老，不允许扩容，请尽快升级最新版本。”请先将集群升级到较新的MRS版本。/,
    );
    assert.doesNotMatch(run.stderr, /[A-Za-z]{4,}/, 'no English word');
  });

  it('in English: MRS says its English message', async () => {
    const run = await applyRefused({ LANG: 'C' });
    assert.equal(run.code, 3, explain(run));
    assert.match(run.stderr, /MRS says: “The cluster version \(MRS 1\.5\.1\) is too old to be scaled out; upgrade/);
  });
});
