// The host's end of a webview's messages: the ready handshake, the guard, the handler's error boundary.
import * as assert from 'node:assert/strict';
import { WebviewChannel, type ChannelPanel } from '../../../../src/vscode/webviews/WebviewChannel';

type In = { readonly type: 'ready' } | { readonly type: 'ping'; readonly n: number };
type Out = { readonly type: 'pong'; readonly n: number } | { readonly type: 'oops'; readonly why: string };

const parse = (raw: unknown): In | undefined => {
  const m = raw as Partial<{ type: unknown; n: unknown }> | null;
  if (m?.type === 'ready') {
    return { type: 'ready' };
  }
  return m?.type === 'ping' && typeof m.n === 'number' ? { type: 'ping', n: m.n } : undefined;
};

/** A webview panel that records what reached the webview. */
class FakePanel implements ChannelPanel {
  visible = true;
  readonly delivered: unknown[] = [];
  private viewState: ((e: unknown) => unknown) | undefined;
  readonly webview = {
    postMessage: (message: unknown) => {
      this.delivered.push(message);
      return Promise.resolve(true);
    },
    onDidReceiveMessage: () => ({ dispose: () => undefined }),
  };
  readonly onDidChangeViewState = (listener: (e: unknown) => unknown) => {
    this.viewState = listener;
    return { dispose: () => (this.viewState = undefined) };
  };

  show(visible: boolean): void {
    this.visible = visible;
    this.viewState?.({});
  }
}

function aChannel(handler: (m: In) => unknown = () => undefined) {
  const panel = new FakePanel();
  const logged: string[] = [];
  const log = {
    warn: (m: string) => logged.push(`warn ${m}`),
    error: (e: string | Error) => logged.push(`error ${e}`),
  };
  const failed = (e: unknown): Out => ({ type: 'oops', why: String(e) });
  const channel = new WebviewChannel<Out, In>(panel, { name: 'Test form', parse, failed, log });
  const seen: unknown[] = [];
  channel.listen((m) => {
    seen.push({ got: m, delivered: panel.delivered.length });
    return handler(m);
  });
  return { panel, channel, logged, seen };
}

describe('webview channel', () => {
  it('keeps what is posted until the webview says ready, then sends it in order before the handler hears ready', async () => {
    const { panel, channel, seen } = aChannel();
    channel.post({ type: 'pong', n: 1 });
    channel.post({ type: 'pong', n: 2 });
    assert.deepEqual(panel.delivered, [], 'nothing reaches a webview that has not said ready');
    assert.equal(channel.isReady, false);
    await channel.receive({ type: 'ready' });
    assert.deepEqual(panel.delivered, [
      { type: 'pong', n: 1 },
      { type: 'pong', n: 2 },
    ]);
    assert.deepEqual(seen, [{ got: { type: 'ready' }, delivered: 2 }]);
    channel.post({ type: 'pong', n: 3 });
    assert.equal(panel.delivered.length, 3, 'sent at once when ready');
    assert.equal(channel.posted.length, 3, 'posted lists every message');
  });

  it('waits for ready again after the webview was hidden, even once it is visible again', async () => {
    const { panel, channel } = aChannel();
    await channel.receive({ type: 'ready' });
    panel.show(false);
    channel.post({ type: 'pong', n: 1 });
    panel.show(true);
    channel.post({ type: 'pong', n: 2 });
    assert.deepEqual(panel.delivered, [], 'the reloading webview gets nothing');
    await channel.receive({ type: 'ready' });
    assert.deepEqual(panel.delivered, [
      { type: 'pong', n: 1 },
      { type: 'pong', n: 2 },
    ]);
  });

  it('stays ready when the view state changes while visible (another column, focus)', async () => {
    const { panel, channel } = aChannel();
    await channel.receive({ type: 'ready' });
    panel.show(true);
    channel.post({ type: 'pong', n: 1 });
    assert.equal(panel.delivered.length, 1);
  });

  it('drops a malformed message: the handler never hears it, nothing is posted, a warning is logged', async () => {
    const { channel, logged, seen } = aChannel();
    const cyclic: Record<string, unknown> = { type: 'ping' };
    cyclic.self = cyclic;
    for (const raw of [undefined, null, 'ready', { type: 'ping', n: '1' }, { type: 'nonsense' }, cyclic, 10n]) {
      await channel.receive(raw);
    }
    assert.deepEqual(seen, []);
    assert.deepEqual(channel.posted, []);
    assert.equal(logged.length, 7);
    assert.ok(logged.every((l) => l.startsWith('warn Test form: ignored a malformed message')));
    assert.ok(logged.includes('warn Test form: ignored a malformed message (object that JSON cannot show)'));
    assert.ok(logged.includes('warn Test form: ignored a malformed message (bigint that JSON cannot show)'));
    assert.ok(logged.includes('warn Test form: ignored a malformed message {"type":"ping","n":"1"}'));
  });

  it('logs a failing handler and tells the webview, without throwing', async () => {
    const { panel, channel, logged } = aChannel((m) => {
      if (m.type === 'ping') {
        return Promise.reject(new Error('no pong today'));
      }
      return undefined;
    });
    await channel.receive({ type: 'ready' });
    await channel.receive({ type: 'ping', n: 1 });
    assert.deepEqual(channel.posted, [{ type: 'oops', why: 'Error: no pong today' }]);
    assert.deepEqual(panel.delivered, channel.posted);
    assert.deepEqual(logged, ['error Error: no pong today']);
  });

  it('catches a handler that throws at once', async () => {
    const { channel } = aChannel(() => {
      throw new Error('at once');
    });
    await channel.receive({ type: 'ping', n: 1 });
    assert.deepEqual(channel.posted, [{ type: 'oops', why: 'Error: at once' }]);
  });

  it('forgets what waited once disposed', async () => {
    const { panel, channel } = aChannel();
    channel.post({ type: 'pong', n: 1 });
    channel.dispose();
    await channel.receive({ type: 'ready' });
    assert.deepEqual(panel.delivered, []);
  });
});
