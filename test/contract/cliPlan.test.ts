// `mrs-resize` check, plan and clusters, run as the built program (dist/cli.js) against the
// emulator: the request-file fixtures of the request-file issue with exact line:col, a plan for
// every example body of the resize doc (nothing sent), --json objects, help, usage errors,
// language and colours.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fixtureJson, fixtureText, RESIZE_DOC_EXAMPLES, type ResizeDocExample } from '../fixtures/examples';
import { requestExpectations, requestFixtureNames, requestFixturesDir } from '../fixtures/requests';
import { emulatorEnv, explain, parseJsonOut, runCli, useTempDir, writeRequestFile } from './cliSupport';
import { idOf, sent, useEmulator } from './support';

/** The heading plan prints for a doc example: "core 4 → 5 (scale out 1)". */
const headOf = (e: ResizeDocExample) =>
  `${e.group.startsWith('core') ? 'core' : 'task'} ${e.from} → ${e.to} (${e.to > e.from ? 'scale out' : 'scale in'} ${Math.abs(e.to - e.from)})`;
const EXAMPLES = RESIZE_DOC_EXAMPLES.map((e) => ({ ...e, head: headOf(e) }));

describe('contract: mrs-resize check, plan, clusters (the built CLI)', () => {
  const ctx = useEmulator();
  const tmp = useTempDir();

  describe('check', () => {
    const expected = requestExpectations();
    for (const name of requestFixtureNames()) {
      const want = expected[name];
      it(`${name}: ${want?.offline.length ?? 0} problem(s) at their line:col`, async () => {
        assert.ok(want, `expected.json describes ${name}`);
        const file = path.join(requestFixturesDir(), name);
        const run = await runCli(['check', file], { LANG: 'C' });
        const lines = run.stdout.split('\n').filter((l) => l.startsWith(`${file}:`));
        const got = lines.map((l) => {
          const m = /^.*:(\d+):(\d+): (error|warning|info) (\S+) .+$/.exec(l);
          assert.ok(m, `"${l}" has the form file:line:col: severity CODE message`);
          return `${m[1]}:${m[2]} ${m[3]} ${m[4]}`;
        });
        assert.deepEqual(got, want.offline, explain(run));
        const errors = want.offline.some((p) => p.includes(' error '));
        assert.equal(run.code, errors ? 1 : 0, explain(run));
      });
    }

    it('--json gives one object per run with every file and its problems', async () => {
      const names = ['broken-json.mrs-resize.json', 'valid-scale-out-core.mrs-resize.json'];
      const files = names.map((n) => path.join(requestFixturesDir(), n));
      const run = await runCli(['check', '--json', ...files]);
      const out = parseJsonOut(run) as {
        exitCode: number;
        files: { file: string; errors: number; problems: { line: number; col: number; code: string }[] }[];
      };
      assert.equal(run.code, 1);
      assert.equal(out.exitCode, 1);
      assert.deepEqual(
        out.files.map((f) => [f.file, f.errors > 0]),
        [
          [files[0], true],
          [files[1], false],
        ],
      );
      const first = out.files[0]?.problems[0];
      assert.deepEqual([first?.line, first?.col, first?.code], [3, 3, 'json.syntax']);
    });

    it('a file nested 10,000 levels deep is one clear error (exit 1), not a crash (exit 8)', async () => {
      const file = path.join(tmp.dir, 'deep.mrs-resize.json');
      fs.writeFileSync(file, `{"target": {"cluster_id": "c"}, "request": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
      const run = await runCli(['check', file], { LANG: 'C' });
      assert.equal(run.code, 1, explain(run));
      assert.match(run.stdout, /:1:\d+: error json\.tooDeep The file nests objects and lists more than 64 levels deep/);
      assert.doesNotMatch(run.stderr, /RangeError|stack/, explain(run));
    });

    it('a file that cannot be read is a usage error (exit 2)', async () => {
      const run = await runCli(['check', path.join(tmp.dir, 'missing.mrs-resize.json')]);
      assert.equal(run.code, 2, explain(run));
      assert.match(
        run.stderr,
        /Cannot read .*missing\.mrs-resize\.json: The file or folder does not exist\. \(ENOENT\)/,
      );
    });

    it('says in Chinese why a file cannot be read, without Node’s English message', async () => {
      const run = await runCli(['check', path.join(tmp.dir, 'missing.mrs-resize.json')], { LANG: 'zh_CN.UTF-8' });
      assert.equal(run.code, 2, explain(run));
      assert.match(run.stderr, /无法读取 .*missing\.mrs-resize\.json：文件或文件夹不存在。（ENOENT）/);
      assert.doesNotMatch(run.stderr, /no such file/);
    });
  });

  describe('plan', () => {
    for (const e of EXAMPLES) {
      it(`${e.file} on ${e.cluster}: "${e.head}", the exact request, nothing sent`, async () => {
        const id = idOf(ctx.emu, e.cluster);
        const file = writeRequestFile(tmp.dir, `plan-${e.file}`, id, fixtureText(e.file));
        const run = await runCli(['plan', file], emulatorEnv(ctx.emu));
        assert.equal(run.code, 0, explain(run));
        assert.ok(run.stdout.startsWith(`${e.cluster}: ${e.head}\n`), explain(run));
        const url = `${ctx.emu.url}/v1.1/${ctx.emu.credentials.projectId}/cluster_infos/${id}`;
        assert.ok(run.stdout.includes(`\nPUT ${url}\n`), explain(run));
        assert.match(run.stdout, /\nAuthorization: … \(secret: added when it is sent, never shown\)\n/, explain(run));
        const body = run.stdout.slice(run.stdout.lastIndexOf('\n{\n') + 1);
        const sentBody = JSON.parse(body) as { parameters: Record<string, unknown> };
        const doc = fixtureJson(e.file) as { parameters: Record<string, unknown> };
        assert.equal(sentBody.parameters.scale_type, doc.parameters.scale_type);
        assert.equal(Number(sentBody.parameters.instances), Number(doc.parameters.instances));
        assert.deepEqual(sentBody.parameters.server_ids ?? [], doc.parameters.server_ids ?? []);
        assert.equal(sent(ctx.emu, 'resize'), 0, 'plan sends nothing');
      });
    }

    const live = Object.entries(requestExpectations()).filter(([, e]) => e.cluster !== undefined);
    for (const [name, want] of live) {
      it(`${name} on ${want.cluster}: every live rule at its line:col, exit 1 on an error`, async () => {
        const file = path.join(requestFixturesDir(), name);
        const run = await runCli(['plan', '--json', file], emulatorEnv(ctx.emu));
        const out = parseJsonOut(run) as {
          exitCode: number;
          problems?: { line: number; col: number; severity: string; code: string }[];
          warnings?: { line: number; col: number; severity: string; code: string }[];
        };
        const got = (out.problems ?? out.warnings ?? []).map((p) => `${p.line}:${p.col} ${p.severity} ${p.code}`);
        assert.deepEqual(got, want.live, explain(run));
        const errors = (want.live ?? []).some((p) => p.includes(' error '));
        assert.equal(run.code, errors ? 1 : 0, explain(run));
        assert.equal(out.exitCode, run.code);
        assert.equal(sent(ctx.emu, 'resize'), 0);
      });
    }

    it('names the hosts a chosen-hosts scale-in removes, and "chosen by MRS" otherwise', async () => {
      const id = idOf(ctx.emu, 'adhoc-queries');
      const hosts = writeRequestFile(tmp.dir, 'hosts.json', id, fixtureText('resize.scale-in-task-hosts.request.json'));
      const chosen = await runCli(['plan', hosts], emulatorEnv(ctx.emu));
      assert.match(
        chosen.stdout,
        /These nodes will be removed from node group task_node_analysis_group: node_task_\w+ \(192\.168\.[\d.]+\), node_task_\w+ /,
      );
      const mrs = writeRequestFile(tmp.dir, 'mrs.json', id, fixtureText('resize.scale-in-task.request.json'));
      const byMrs = await runCli(['plan', mrs], emulatorEnv(ctx.emu));
      assert.match(byMrs.stdout, /chosen by MRS/);
    });

    it('says, one line each, where the body sent differs from the file: reserved fields, "1" as 1, the alias', async () => {
      const file = path.join(requestFixturesDir(), 'valid-doc-example.mrs-resize.json');
      const run = await runCli(['plan', file], { ...emulatorEnv(ctx.emu), LANG: 'C' });
      assert.equal(run.code, 0, explain(run));
      const about = (field: string) =>
        run.stdout.split('\n').filter((l) => l.startsWith(`${file}:`) && l.includes(field));
      for (const field of ['request.service_id', 'request.plan_id', 'order_id', 'previous_values']) {
        assert.deepEqual(
          about(field).map((l) => / info request\.notSent .+ is not sent: the API reserves it/.test(l)),
          [true],
          explain(run),
        );
      }
      assert.deepEqual(about('instances'), [
        `${file}:11:20: info request.sentAs request.parameters.instances is sent as 1, not "1".`,
      ]);
      assert.equal(about('core_node_default_group').length, 1, explain(run));
      assert.match(run.stdout, /\n {4}"instances": 1,\n/, explain(run));
      assert.equal(sent(ctx.emu, 'resize'), 0);
    });

    it('--json: change, removed nodes, warnings and the request', async () => {
      const id = idOf(ctx.emu, 'adhoc-queries');
      const file = writeRequestFile(tmp.dir, 'json.json', id, fixtureText('resize.scale-in-task-hosts.request.json'));
      const run = await runCli(['plan', '--json', file], emulatorEnv(ctx.emu));
      const out = parseJsonOut(run) as {
        command: string;
        exitCode: number;
        change: { clusterName: string; role: string; scaleType: string; from: number; to: number };
        removedNodes: { id: string }[];
        request: { method: string; url: string; headers: Record<string, string>; notShown: string[]; body: unknown };
      };
      assert.equal(run.code, 0, explain(run));
      assert.deepEqual([out.command, out.exitCode], ['plan', 0]);
      assert.deepEqual(out.change, {
        ...out.change,
        clusterName: 'adhoc-queries',
        role: 'task',
        scaleType: 'scale_in',
        from: 3,
        to: 1,
      });
      assert.deepEqual(
        out.removedNodes.map((n) => n.id),
        ['c9573435-7814-4b2c-9131-ad78b814414c', 'a4951009-6a0f-4e7b-9c81-9d4bd1f8c537'],
      );
      assert.equal(out.request.method, 'PUT');
      assert.deepEqual(Object.keys(out.request.headers).sort(), [
        'Accept',
        'Content-Type',
        'X-Language',
        'X-Project-Id',
      ]);
      assert.equal(out.request.headers['X-Project-Id'], ctx.emu.credentials.projectId);
      assert.deepEqual(out.request.notShown, ['X-Sdk-Date', 'Authorization'], 'named, never filled');
    });

    it('refused by the rules: each problem at file:line:col, exit 1, nothing sent', async () => {
      const file = path.join(requestFixturesDir(), 'rule-core-below-minimum.mrs-resize.json');
      const run = await runCli(['plan', file], emulatorEnv(ctx.emu));
      assert.equal(run.code, 1, explain(run));
      assert.match(
        run.stdout,
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error \\S+ .+`, 'm'),
      );
      assert.equal(sent(ctx.emu, 'resize'), 0);
    });

    it('notes that target.connection is ignored', async () => {
      const id = idOf(ctx.emu, 'adhoc-queries');
      const file = path.join(tmp.dir, 'conn.mrs-resize.json');
      const body = fixtureText('resize.scale-out-core.request.json');
      fs.writeFileSync(file, `{"target": {"connection": "prod", "cluster_id": "${id}"}, "request": ${body}}`);
      const run = await runCli(['plan', file], emulatorEnv(ctx.emu));
      assert.equal(run.code, 0, explain(run));
      assert.match(run.stderr, /target\.connection "prod" is ignored/);
    });

    it("speaks Chinese with LANG=zh_CN.UTF-8, through the extension's translations", async () => {
      const id = idOf(ctx.emu, 'adhoc-queries');
      const file = writeRequestFile(tmp.dir, 'zh.json', id, fixtureText('resize.scale-out-core.request.json'));
      const run = await runCli(['plan', file], emulatorEnv(ctx.emu, { LANG: 'zh_CN.UTF-8' }));
      assert.equal(run.code, 0, explain(run));
      assert.match(run.stdout, /^adhoc-queries：Core 4 → 5（扩容 1）/);
      const english = await runCli(['plan', file], emulatorEnv(ctx.emu, { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }));
      assert.match(english.stdout, /^adhoc-queries: core 4 → 5/, 'LC_ALL wins over LANG');
    });
  });

  describe('clusters, help, usage', () => {
    it('clusters: a table with state and core/task counts; no colour codes off a terminal', async () => {
      const run = await runCli(['clusters'], emulatorEnv(ctx.emu));
      assert.equal(run.code, 0, explain(run));
      assert.match(run.stdout, /^NAME\s+ID\s+STATE\s+CORE\s+TASK$/m);
      assert.match(run.stdout, /^analytics-prod\s+b2105edc-bb83-4aff-99e7-7388b5670441\s+running\s+5\s+4$/m);
      assert.ok(!(run.stdout + run.stderr).includes('\u001b['), 'no ANSI escapes in a pipe');
    });

    it('clusters --json: one object with every cluster', async () => {
      const run = await runCli(['clusters', '--json'], emulatorEnv(ctx.emu));
      const out = parseJsonOut(run) as {
        clusters: { name: string; state: string; coreNodes: number; taskNodes: number }[];
      };
      const prod = out.clusters.find((c) => c.name === 'analytics-prod');
      assert.deepEqual(prod && [prod.state, prod.coreNodes, prod.taskNodes], ['running', 5, 4]);
      assert.ok(!out.clusters.some((c) => c.state === 'terminated'), 'existing clusters only');
    });

    it('--help for the program and for each subcommand', async () => {
      for (const args of [
        ['--help'],
        ['check', '--help'],
        ['plan', '--help'],
        ['apply', '-h'],
        ['clusters', '--help'],
      ]) {
        const run = await runCli(args);
        assert.equal(run.code, 0, explain(run));
        assert.match(run.stdout, /^Usage: mrs-resize/, args.join(' '));
      }
      const apply = await runCli(['apply', '--help']);
      for (const option of ['--yes', '--no-follow', '--timeout', '--json', '--region', '--project-id', '--journal']) {
        assert.ok(apply.stdout.includes(option), option);
      }
    });

    it('usage errors and missing credentials exit 2', async () => {
      assert.equal((await runCli(['plan'])).code, 2);
      assert.equal((await runCli(['apply', 'a', 'b'])).code, 2);
      assert.equal((await runCli(['clusters', '--bogus'])).code, 2);
      assert.equal((await runCli(['frobnicate'])).code, 2);
      const run = await runCli(['clusters'], { LANG: 'C' });
      assert.equal(run.code, 2, explain(run));
      assert.match(run.stderr, /HUAWEICLOUD_SDK_AK/);
    });
  });
});
