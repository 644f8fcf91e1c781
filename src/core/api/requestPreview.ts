// A request as it would be sent, with every secret taken out: the headers come from the transport's
// own header step (HttpTransport.outgoingHeaders, the auth provider included), so a preview cannot
// drift from what is sent. A secret header (SECRET_HEADERS) keeps its name and loses its value.
import { SECRET_HEADERS } from '../auth/AuthProvider';
import type { HttpMethod } from './http';
import type { ResizeBody } from './resizeCall';

/** Headers whose value is only known at the moment of sending (not secret, but not known yet). */
const SET_WHEN_SENT: readonly string[] = ['x-sdk-date'];

export type PreviewHeader =
  | { readonly name: string; readonly shown: 'value'; readonly value: string }
  /** A secret (Authorization, X-Auth-Token, X-Security-Token): named, never filled. */
  | { readonly name: string; readonly shown: 'secret' }
  /** Filled when it is sent (X-Sdk-Date). */
  | { readonly name: string; readonly shown: 'whenSent' };

export interface RequestPreview {
  readonly method: HttpMethod;
  readonly url: string;
  /** In the order they are sent. */
  readonly headers: readonly PreviewHeader[];
  /** Undefined while the request file has errors. */
  readonly body: ResizeBody | undefined;
}

function previewHeader(name: string, value: string): PreviewHeader {
  const lower = name.toLowerCase();
  if (SECRET_HEADERS.includes(lower)) {
    return { name, shown: 'secret' };
  }
  return SET_WHEN_SENT.includes(lower) ? { name, shown: 'whenSent' } : { name, shown: 'value', value };
}

/** The preview of a request whose headers were built as they are sent; secret values are dropped here. */
export function describeRequest(
  method: HttpMethod,
  url: URL,
  sentHeaders: Readonly<Record<string, string>>,
  body: ResizeBody | undefined,
): RequestPreview {
  const headers = Object.entries(sentHeaders).map(([name, value]) => previewHeader(name, value));
  return { method, url: url.toString(), headers, body };
}
