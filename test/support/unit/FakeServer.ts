// A scripted stand-in for fetch: routes by method + path, replies in order (the last one repeats),
// records every request with its exact body bytes. Replies can also fail like node-fetch does.
import type { FetchInitLike, FetchLike, FetchResponseLike } from '../../../src/core/api/http';

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | undefined;
}

export type Reply =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Readonly<Record<string, string>> }
  | { readonly networkError: string; readonly message?: string }
  | { readonly hang: true }
  | { readonly dynamic: (req: RecordedRequest) => Reply };

/** A FetchError-like rejection: node-fetch copies the system error code onto it. */
function networkError(code: string, url = 'https://example.invalid/', message?: string): Error {
  const text = message ?? `request to ${url} failed, reason: ${code}`;
  return Object.assign(new Error(text), { name: 'FetchError', code, errno: code });
}

function respond(reply: Extract<Reply, { status: number }>): FetchResponseLike {
  const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const headers = new Map(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status: reply.status,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
    text: () => Promise.resolve(text),
  };
}

function hang(init: FetchInitLike): Promise<FetchResponseLike> {
  return new Promise((_, reject) => {
    const fail = (): void => reject(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }));
    if (init.signal.aborted) {
      fail();
    }
    init.signal.addEventListener('abort', fail, { once: true });
  });
}

interface Route {
  readonly method: string;
  readonly path: string | RegExp;
  readonly replies: Reply[];
  served: number;
}

export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];

  /** Replies for `method path` (exact path or a RegExp on the path), served in order, the last repeating. */
  on(method: string, path: string | RegExp, ...replies: Reply[]): this {
    this.routes.unshift({ method, path, replies, served: 0 });
    return this;
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && matches(path, r.url.pathname));
  }

  readonly fetch: FetchLike = (url, init) => {
    const parsed = new URL(url);
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const recorded: RecordedRequest = { method: init.method, url: parsed, headers: { ...init.headers }, body };
    this.requests.push(recorded);
    const route = this.routes.find((r) => r.method === init.method && matches(r.path, parsed.pathname));
    if (!route) {
      return Promise.resolve(
        respond({ status: 404, body: { error_code: 'APIGW.0101', error_msg: 'no route in fake' } }),
      );
    }
    let reply = route.replies[Math.min(route.served, route.replies.length - 1)];
    route.served += 1;
    if ('dynamic' in reply) {
      reply = reply.dynamic(recorded);
    }
    if ('dynamic' in reply) {
      throw new Error('a dynamic reply must not return another dynamic reply');
    }
    if ('hang' in reply) {
      return hang(init);
    }
    if ('networkError' in reply) {
      return Promise.reject(networkError(reply.networkError, url, reply.message));
    }
    return Promise.resolve(respond(reply));
  };
}

function matches(path: string | RegExp, actual: string): boolean {
  return typeof path === 'string' ? path === actual : path.test(actual);
}
