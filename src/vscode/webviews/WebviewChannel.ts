// The host's end of a webview's messages, for any pair of message unions: the ready handshake, the
// guard on what arrives, and the one error boundary of the message handler. It knows nothing of what
// the messages mean. No `vscode` import (the panel is structural), so plain-Node tests can load it.
import { errorForLog } from '../../core/errors';
import type { Logger } from '../../core/log';

/** A `vscode.Event`, as far as the channel listens to one. */
type Listen<T> = (listener: (e: T) => unknown) => { dispose(): unknown };

/** What the channel uses of a `vscode.WebviewPanel`. */
export interface ChannelPanel {
  readonly visible: boolean;
  readonly webview: {
    postMessage(message: unknown): PromiseLike<unknown>;
    readonly onDidReceiveMessage: Listen<unknown>;
  };
  readonly onDidChangeViewState: Listen<unknown>;
}

export interface ChannelOptions<Out, In> {
  /** Names the webview in the log ("Resize form"). */
  readonly name: string;
  /** The guard of what arrives: the message, or undefined for anything else. */
  readonly parse: (raw: unknown) => In | undefined;
  /** What the webview is told when the handler fails. */
  readonly failed: (e: unknown) => Out;
  readonly log: Pick<Logger, 'warn' | 'error'>;
}

export class WebviewChannel<Out, In extends { readonly type: string }> {
  /** Every message posted to the webview, delivered or waiting, for integration tests. */
  readonly posted: Out[] = [];
  /** Posted while the webview was not ready: sent when it says `ready`. */
  private waiting: Out[] = [];
  private ready = false;
  private handler: ((message: In) => unknown) | undefined;
  private readonly subscriptions: { dispose(): unknown }[];

  constructor(
    private readonly panel: ChannelPanel,
    private readonly options: ChannelOptions<Out, In>,
  ) {
    this.subscriptions = [
      panel.webview.onDidReceiveMessage((raw) => this.receive(raw)),
      // Hidden, the webview is thrown away (no retainContextWhenHidden); shown again, it loads anew and says `ready`.
      panel.onDidChangeViewState(() => (this.ready = this.ready && panel.visible)),
    ];
  }

  /** The webview said `ready` and has not been hidden since. */
  get isReady(): boolean {
    return this.ready;
  }

  /** Where the messages that pass the guard go; `ready` too, once what waited for it has been sent. */
  listen(handler: (message: In) => unknown): void {
    this.handler = handler;
  }

  post(message: Out): void {
    this.posted.push(message);
    if (this.ready) {
      void this.panel.webview.postMessage(message);
    } else {
      this.waiting.push(message);
    }
  }

  /** A message as if from the webview (the webview's messages come here; tests call it too). Never throws. */
  async receive(raw: unknown): Promise<void> {
    const message = this.options.parse(raw);
    if (!message) {
      this.options.log.warn(`${this.options.name}: ignored a malformed message ${preview(raw)}`);
      return;
    }
    try {
      if (message.type === 'ready') {
        this.becomeReady();
      }
      await this.handler?.(message);
    } catch (e) {
      this.options.log.error(errorForLog(e));
      this.post(this.options.failed(e));
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.waiting = [];
  }

  private becomeReady(): void {
    this.ready = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const message of waiting) {
      void this.panel.webview.postMessage(message);
    }
  }
}

/** The start of a message for the log; a message JSON cannot show (a cycle, a BigInt) is named by its type. */
function preview(raw: unknown): string {
  try {
    return String(JSON.stringify(raw)).slice(0, 200);
  } catch {
    return `(${typeof raw} that JSON cannot show)`;
  }
}
