// No secret on the CLI's stdout or stderr: clusters, check, plan and apply (refused, accepted,
// followed), wrong credentials and a security token, all with --verbose (the request log) and with
// --json. The AK, the SK, the security token and any signature must appear in none of it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fixtureText } from '../fixtures/examples';
import { requestFixturesDir } from '../fixtures/requests';
import { emulatorEnv, runCli, useTempDir, writeRequestFile, type CliRun } from './cliSupport';
import { idOf, sent, useEmulator, WRONG_SK, refuseNextResizeForQuota } from './support';

const SECURITY_TOKEN = 'SECURITYTOKEN-abcdefghijklmnopqrstuvwxyz-0123456789';

describe('contract: mrs-resize prints no secret, even with --verbose', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();

  it('covers every subcommand, the request log, refusals and wrong credentials', async () => {
    const emu = ctx.emu;
    const id = idOf(emu, 'adhoc-queries');
    const out = writeRequestFile(tmp.dir, 'out.json', id, fixtureText('resize.scale-out-core.request.json'));
    const hosts = writeRequestFile(tmp.dir, 'in.json', id, fixtureText('resize.scale-in-task-hosts.request.json'));
    const refused = path.join(requestFixturesDir(), 'rule-core-below-minimum.mrs-resize.json');
    const env = emulatorEnv(emu);
    const journal = ['--journal', path.join(tmp.dir, 'journal'), '--interval', '0.2'];
    const runs: CliRun[] = [];
    for (const args of [
      ['clusters', '--verbose'],
      ['clusters', '--json', '--verbose'],
      ['check', out, refused],
      ['plan', out, '--verbose'],
      ['plan', refused, '--verbose', '--json'],
      ['apply', out, '--verbose', ...journal],
      ['apply', hosts, '--verbose', '--yes', '--json', ...journal],
    ]) {
      runs.push(await runCli(args, env));
    }
    // MRS refuses what the pre-flight could not foresee (the quota taken by someone else after its read).
    refuseNextResizeForQuota(emu);
    runs.push(await runCli(['apply', out, '--verbose', ...journal], env));
    runs.push(await runCli(['clusters', '--verbose'], emulatorEnv(emu, { HUAWEICLOUD_SDK_SK: WRONG_SK })));
    runs.push(
      await runCli(['plan', out, '--verbose'], emulatorEnv(emu, { HUAWEICLOUD_SDK_SECURITY_TOKEN: SECURITY_TOKEN })),
    );

    const text = runs.map((r) => `${r.stdout}\n${r.stderr}`).join('\n');
    assert.match(text, /\[info\] GET .*\/cluster_infos.* → 200/, '--verbose printed the request log');
    assert.match(text, /\[info\] PUT .*\/cluster_infos\//, 'the PUT is in the log');
    assert.equal(sent(emu, 'resize'), 3, 'two accepted PUTs and one refused');
    for (const secret of [emu.credentials.ak, emu.credentials.sk, WRONG_SK, SECURITY_TOKEN]) {
      assert.ok(!text.includes(secret), `a secret (${secret.slice(0, 4)}…) reached the output`);
    }
    assert.doesNotMatch(text, /Signature=[0-9a-f]/i, 'no signature');
    assert.doesNotMatch(text, /SDK-HMAC-SHA256 Access=/i, 'no Authorization header');
    assert.doesNotMatch(text, /X-Auth-Token:/i, 'no token header');
  });
});
