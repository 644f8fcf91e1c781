// An oracle for "no form of a secret is in this text", written apart from the product's redactor:
// it undoes line breaks, percent- and form-encoding, and decodes every run of hex and of base64
// (both alphabets, every alignment) it finds, then looks for the secret's bytes.

/** A line break (or its JSON escape) with the indentation after it. */
const BREAKS = /(?:\r\n|\n|\r|\\r\\n|\\n|\\r)[ \t]*/g;

function percentDecoded(text: string): string {
  return text.replace(/\+/g, ' ').replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function hexDecoded(text: string): Buffer[] {
  const runs = text.match(/[0-9a-fA-F]{8,}/g) ?? [];
  return runs.flatMap((run) => [Buffer.from(run, 'hex'), Buffer.from(run.slice(1), 'hex')]);
}

function base64Decoded(text: string): Buffer[] {
  const runs = text.match(/[A-Za-z0-9+/_-]{8,}/g) ?? [];
  return runs.flatMap((run) => {
    const std = run.replace(/-/g, '+').replace(/_/g, '/');
    return [0, 1, 2, 3].map((skip) => Buffer.from(std.slice(skip), 'base64'));
  });
}

/** The ways `secret` shows in `text` (empty: none), for an assertion message. */
export function secretFormsIn(text: string, secret: string): string[] {
  const joined = text.replace(BREAKS, '');
  const bytes = Buffer.from(secret, 'utf8');
  const found: string[] = [];
  const look = (what: string, haystack: string): void => {
    if (haystack.includes(secret)) {
      found.push(what);
    }
  };
  look('as it is', text);
  look('split across lines', joined);
  look('JSON-escaped', joined.replace(/\\(["\\/])/g, '$1'));
  look('percent- or form-encoded', percentDecoded(joined));
  if (hexDecoded(joined).some((b) => b.includes(bytes))) {
    found.push('hex');
  }
  if (base64Decoded(joined).some((b) => b.includes(bytes))) {
    found.push('base64');
  }
  return found;
}
