/**
 * A translator: `vscode.l10n.t` in the extension, an English formatter in plain-Node tests.
 * Pure modules take one so that they can produce user-facing text without importing `vscode`.
 * Every literal passed to a Translate must have an entry in l10n/bundle.l10n.zh-cn.json
 * (test/unit/manifest.test.ts checks every call of t with a string literal).
 */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** Fills `{0}`, `{1}`… like vscode.l10n.t does for the English source strings; a hole without its argument stays. */
export const englishTranslate: Translate = (message, ...args) =>
  // Without arguments every hole stays: the message as it is, without a regular expression over it.
  args.length === 0
    ? message
    : message.replace(/\{(\d+)\}/g, (hole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : hole));

/** A translator over an l10n bundle (message → translation), English where the bundle has no entry. */
export function bundleTranslate(bundle: Readonly<Record<string, string>> | undefined): Translate {
  return (message, ...args) => englishTranslate(bundle?.[message] ?? message, ...args);
}
