// A connection whose endpoint is not MRS, in the real host: the Clusters view shows one error row whose
// text says what was found and to check the endpoint setting (no stack), and the wizard's Test
// Connection step says the same. The servers are test/support/notMrsServers.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/extension';
import { REDIRECT_TARGET, startNotMrs, startSelfSigned, type NotMrsServer } from '../support/notMrsServers';
import { ScriptedPrompter } from '../support/ScriptedPrompter';
import { extensionApi, rows } from './support';

const CHECK = 'check the endpoint setting of the connection.';
const AK = 'HARDENINGAK000000000';
const SK = 'HARDENINGSK0000000000000000000000000000000';

interface RowCase {
  readonly title: string;
  readonly start: () => Promise<NotMrsServer>;
  readonly https?: boolean;
  readonly label: (host: string) => string;
}

const ROWS: readonly RowCase[] = [
  {
    title: 'an HTML page (404)',
    start: () => startNotMrs('html404'),
    label: (host) => `${host} answered HTTP 404 with a web page (HTML), not the MRS API: ${CHECK} (CLIENT.HTML_PAGE)`,
  },
  {
    title: 'a redirect (302)',
    start: () => startNotMrs('redirect302'),
    label: (host) =>
      `${host} redirects (HTTP 302) to ${REDIRECT_TARGET}, which the MRS API never does: ${CHECK} (CLIENT.REDIRECT)`,
  },
  {
    title: 'JSON of another API',
    start: () => startNotMrs('otherJson'),
    label: (host) => `${host} answered HTTP 200 with JSON that is not an MRS answer: ${CHECK} (CLIENT.NOT_MRS_JSON)`,
  },
  {
    title: 'an https:// URL to a plain-HTTP server',
    start: () => startNotMrs('html200'),
    https: true,
    label: (host) => `${host} does not answer HTTPS (the TLS handshake failed): ${CHECK} (CLIENT.TLS_NOT_HTTPS)`,
  },
];

describe('an endpoint that is not MRS', function () {
  this.timeout(60_000);
  let api: TestApi;
  let savedPrompter: TestApi['prompter']['current'];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

  before(async function () {
    if (vscode.env.language !== 'en') {
      console.log('[mrs-test]', `  skipped: the expected texts are English, the host is '${vscode.env.language}'`);
      this.skip();
    }
    api = await extensionApi();
    savedPrompter = api.prompter.current;
    process.on('unhandledRejection', onUnhandled);
    await vscode.commands.executeCommand('workbench.view.extension.mrs');
  });

  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    if (api) {
      api.prompter.current = savedPrompter;
      for (const c of api.store.list()) {
        await api.store.remove(c.name);
      }
    }
  });

  afterEach(() => assert.deepEqual(unhandled, [], 'no unhandled rejection'));

  for (const c of ROWS) {
    it(`shows one error row for ${c.title}, saying what was found`, async () => {
      const server = await c.start();
      try {
        for (const old of api.store.list()) {
          await api.store.remove(old.name);
        }
        const endpoint = c.https ? server.url.replace('http:', 'https:') : server.url;
        const connection = { name: 'wrong', region: 'cn-north-4', authMethod: 'aksk' as const };
        await api.store.save(
          {
            ...connection,
            projectId: '0123456789abcdef0123456789abcdef',
            mrsEndpoint: endpoint,
            iamEndpoint: endpoint,
          },
          { kind: 'aksk', accessKey: AK, secretKey: SK },
        );
        await api.store.setActive('wrong');
        api.model.reset();
        const shown = await rows(api);
        assert.deepEqual(
          shown.map((r) => [r.label, r.contextValue]),
          [[c.label(server.host), 'message:error']],
        );
        const tip = api.tree.getTreeItem(shown[0].element).tooltip;
        const tooltip = typeof tip === 'string' ? tip : (tip?.value ?? '');
        assert.match(tooltip, /Could not list clusters/);
        assert.doesNotMatch(tooltip + shown[0].label, /\s+at\s+\S+ \(|Error:|state=abc123/, 'no stack, no query');
      } finally {
        await server.close();
      }
    });
  }

  it("says it in the wizard's Test Connection step (an untrusted certificate on the IAM endpoint)", async () => {
    const [mrs, iam] = [await startNotMrs('otherJson'), await startSelfSigned()];
    try {
      const script = new ScriptedPrompter([
        { input: 'tested' },
        { pick: 'cn-north-4' },
        { pick: 'IAM user' },
        { input: 'domain' },
        { input: 'user' },
        { input: 'HardeningPassword-1' },
        { input: '' },
        { input: mrs.url },
        { input: iam.url },
        { pick: 'Test Connection' },
        'cancel',
      ]);
      api.prompter.current = script;
      await vscode.commands.executeCommand('mrs.connection.add');
      assert.equal(script.remaining, 0);
      const details = script.asked[script.asked.length - 1].details.filter((d) => d !== undefined);
      const expected =
        `Failed: The TLS certificate of ${iam.host} is not trusted (self-signed, expired or for another name): ` +
        `${CHECK} (CLIENT.TLS_CERTIFICATE)`;
      assert.ok(details.includes(expected), details.join(' | '));
      assert.deepEqual([mrs.hits.length, iam.hits.length], [0, 0], 'nothing reached either server');
      assert.equal(api.store.get('tested'), undefined, 'cancelled: nothing saved');
    } finally {
      await Promise.all([mrs.close(), iam.close()]);
    }
  });
});
