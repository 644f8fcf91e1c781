// The one text of a resize request before it is sent, for `mrs-resize plan` (terminal and --json)
// and the request file's Preview: method, URL, every header in the order sent (a secret one named,
// never filled), the exact body, or the errors that stand instead of it.
import type { RequestPreview } from '../api/requestPreview';
import type { Translate } from '../translate';

function headerLine(header: RequestPreview['headers'][number], t: Translate): string {
  switch (header.shown) {
    case 'value':
      return `${header.name}: ${header.value}`;
    case 'secret':
      return `${header.name}: … ${t('(secret: added when it is sent, never shown)')}`;
    case 'whenSent':
      return `${header.name}: … ${t('(set when it is sent)')}`;
  }
}

/** Method and URL, the headers, a blank line, then the body (or each error, when there is none). */
export function requestLines(preview: RequestPreview, t: Translate, errors: readonly string[] = []): string[] {
  const body = preview.body
    ? [JSON.stringify(preview.body, null, 2)]
    : [t('No request body while an error stands.'), ...errors.map((e) => `  ${e}`)];
  return [`${preview.method} ${preview.url}`, ...preview.headers.map((h) => headerLine(h, t)), '', ...body];
}

/**
 * The Preview document of a request file: "# 3 → 5 core nodes" when the change is known, a "# " line
 * for each note (the plan's warnings and infos: a field sent otherwise than written), then the request.
 */
export function previewDocument(
  preview: RequestPreview,
  change: string | undefined,
  errors: readonly string[],
  t: Translate,
  notes: readonly string[] = [],
): string {
  const top = [...(change ? [`# ${change}`] : []), ...notes.map((n) => `# ${n}`)];
  const head = top.length > 0 ? [...top, ''] : [];
  return [...head, ...requestLines(preview, t, errors), ''].join('\n');
}

/** For --json: the header values that are shown, and the names of those filled only when it is sent. */
export function requestJson(preview: RequestPreview): Record<string, unknown> {
  const shown = preview.headers.flatMap((h) => (h.shown === 'value' ? [[h.name, h.value] as const] : []));
  return {
    method: preview.method,
    url: preview.url,
    headers: Object.fromEntries(shown),
    notShown: preview.headers.filter((h) => h.shown !== 'value').map((h) => h.name),
    body: preview.body ?? null,
  };
}
