// Loopback servers (127.0.0.1, port 0) that are not MRS, for a connection whose endpoint is wrong:
// a web page (200, 404, 502), a redirect (301, 302), JSON of another API, MRS JSON cut short (for contrast), and an HTTPS server whose
// certificate nobody trusts. The certificate in test/fixtures/tls was made once with
//   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
//     -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1
// (a test key of no value). An https:// URL to any of the plain-HTTP servers gives the other TLS error.
import { existsSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

export type NotMrsKind = 'html200' | 'html404' | 'html502' | 'redirect301' | 'redirect302' | 'otherJson' | 'cutShort';

export interface NotMrsServer {
  /** `http://127.0.0.1:PORT` (or https:// for the self-signed one). */
  readonly url: string;
  /** `127.0.0.1:PORT`, as the messages name it. */
  readonly host: string;
  /** Requests served, to show nothing was followed or resent. */
  readonly hits: string[];
  close(): Promise<void>;
}

const PAGE = '<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body><h1>It works</h1></body></html>';

/** Where the redirects point: another host, with a query that must not reach the message. */
export const REDIRECT_TARGET = 'https://login.example.com/sso';

function answer(kind: NotMrsKind, res: http.ServerResponse): void {
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  switch (kind) {
    case 'html200':
      return void res.writeHead(200, html).end(PAGE);
    case 'html404':
      return void res.writeHead(404, html).end(PAGE.replace('It works', 'Not Found'));
    case 'html502':
      return void res.writeHead(502, html).end(PAGE.replace('It works', 'Bad Gateway'));
    case 'redirect301':
    case 'redirect302':
      return void res
        .writeHead(kind === 'redirect301' ? 301 : 302, { Location: `${REDIRECT_TARGET}?state=abc123` })
        .end();
    case 'otherJson':
      return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok","version":"1.2.3"}');
    case 'cutShort':
      return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"clusterTotal":1,"clusters":[{"cl');
  }
}

function fixture(name: string): Buffer {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) {
    dir = dirname(dir);
  }
  return readFileSync(join(dir, 'test', 'fixtures', 'tls', name));
}

async function listen(server: http.Server, scheme: string, hits: string[]): Promise<NotMrsServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${scheme}://${host}`,
    host,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A plain-HTTP server that answers every request the same way. */
export function startNotMrs(kind: NotMrsKind): Promise<NotMrsServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method ?? ''} ${req.url ?? ''}`);
    req.resume();
    answer(kind, res);
  });
  return listen(server, 'http', hits);
}

/** An HTTPS server with a self-signed certificate; it never gets a request from a client that checks. */
export function startSelfSigned(): Promise<NotMrsServer> {
  const hits: string[] = [];
  const server = https.createServer({ key: fixture('selfSigned.key'), cert: fixture('selfSigned.crt') }, (req, res) => {
    hits.push(`${req.method ?? ''} ${req.url ?? ''}`);
    answer('html200', res);
  });
  return listen(server, 'https', hits);
}
