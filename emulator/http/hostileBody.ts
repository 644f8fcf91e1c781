// Answers that only a size cap on the client refuses: a 200 of valid JSON (`{`, spaces, `}`) made
// as the client reads it, so that a gigabyte is never held here. A gzip bomb is sent compressed
// (about 1 MB on the wire per GiB decoded, no Content-Length); an oversized body plainly, with its
// Content-Length.
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

export interface StreamReply {
  status: number;
  headers: Record<string, string>;
  /** Made when written; destroyed when the client goes away. */
  stream: () => Readable;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/** `{`, `bytes - 2` spaces, `}`. */
function paddedJson(bytes: number): Readable {
  return Readable.from(
    (function* () {
      yield Buffer.from('{');
      let left = Math.max(0, bytes - 2);
      while (left > 0) {
        const n = Math.min(left, CHUNK.length);
        yield n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n);
        left -= n;
      }
      yield Buffer.from('}');
    })(),
    { objectMode: false },
  );
}

export function gzipBomb(bytes: number): StreamReply {
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Encoding': 'gzip' },
    stream: () => paddedJson(bytes).pipe(createGzip({ level: 1 })),
  };
}

export function oversized(bytes: number): StreamReply {
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(bytes) },
    stream: () => paddedJson(bytes),
  };
}
