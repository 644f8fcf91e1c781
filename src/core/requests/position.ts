// Offsets of jsonc-parser to the line:col of a terminal (1-based; col counts UTF-16 units, as editors do).

export interface LineCol {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly col: number;
}

/** The 1-based line and column of an offset; offsets past the end land at the end. */
export function offsetToPosition(text: string, offset: number): LineCol {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, col: end - lineStart + 1 };
}
