// How much of an answer the client reads, per call (docs/ARCHITECTURE.md "Answer size caps"). MRS's
// and IAM's answers are small, so a body past its cap is a wrong or hostile server (a gzip bomb, a
// file behind a proxy), never a bigger cluster. Bytes are counted as they are decoded (after gzip)
// and reading stops at the cap, so that memory stays bounded whatever the server sends.
import type { FetchResponseLike } from './http';

const KiB = 1024;
const MiB = 1024 * KiB;

export const BODY_CAPS = {
  /** One page of the cluster list: 1 MiB plus 64 KiB per cluster asked for (50: 4.1 MiB; 500: 32.3 MiB). */
  clusterListPage: (pageSize: number): number => MiB + pageSize * 64 * KiB,
  /** One cluster's details (a few tens of KiB with its components and groups). */
  clusterDetails: 4 * MiB,
  /** One page of hosts: 1 MiB plus 16 KiB per host asked for (100: 2.6 MiB). */
  hostListPage: (pageSize: number): number => MiB + pageSize * 16 * KiB,
  /** The resize answer (`{"result":"succeeded"}` or an error body). */
  resize: MiB,
  /** IAM's token answer (its catalog, when asked for, is a few hundred KiB). */
  iamToken: 4 * MiB,
  /** IAM's project list, filtered by name. */
  iamProjects: 4 * MiB,
  /** Any other call. */
  default: 4 * MiB,
} as const;

/** An error answer is read for its code and message only this far (MRS's are under 1 KiB). */
export const ERROR_TEXT_LIMIT = 64 * KiB;

/** A body past the cap; turned into the typed error (CLIENT.BODY_TOO_LARGE) by the attempt. */
export class BodyTooLarge extends Error {
  constructor(
    readonly cap: number,
    /** Bytes seen (decoded) or declared when reading stopped. */
    readonly seen: number,
  ) {
    super(`the answer is larger than the ${cap} bytes this call reads (${seen} bytes or more)`);
    this.name = 'BodyTooLarge';
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}

/** Content-Length counts the bytes on the wire: it says the decoded size only without an encoding. */
function declaredSize(res: FetchResponseLike): number | undefined {
  const encoding = (res.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  const length = Number(res.headers.get('content-length') ?? NaN);
  return encoding === 'identity' && Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * The whole body as UTF-8 text, read as a stream while it stays within `cap` decoded bytes.
 * @throws BodyTooLarge as soon as it is past the cap (after calling `stop`, which drops the connection).
 */
export async function readBody(res: FetchResponseLike, cap: number, stop: () => void): Promise<string> {
  const declared = declaredSize(res);
  if (declared !== undefined && declared > cap) {
    stop();
    throw new BodyTooLarge(cap, declared);
  }
  if (!isAsyncIterable(res.body)) {
    const text = await res.text();
    const size = Buffer.byteLength(text, 'utf8');
    if (size > cap) {
      throw new BodyTooLarge(cap, size);
    }
    return text;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > cap) {
      // Leaving the loop ends the stream; stop() drops the connection, so nothing more is decoded.
      stop();
      throw new BodyTooLarge(cap, size);
    }
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
