// A request file as the CLI sees it: its text, the parse and the offline check of
// src/core/requests (the same module the editor uses), and its problems as `file:line:col` lines
// or JSON. The CLI has no request-file rule of its own.
import fs from 'node:fs';
import {
  checkRequestFile,
  formatProblemLine,
  offsetToPosition,
  parseRequestFile,
  type ParsedRequestFile,
  type RequestFileCheck,
  type RequestProblem,
} from '../core/requests';
import type { CatalogLanguage } from '../core/api/catalogEntry';
import { errorLine } from '../core/api/errorLine';
import type { PlanProblem } from '../core/plan/plan';
import type { Translate } from '../core/translate';
import { UsageError } from './args';
import type { Output, Paint } from './output';

export interface LoadedRequestFile {
  readonly file: string;
  readonly text: string;
  readonly parsed: ParsedRequestFile;
  /** Format, schema and the rules that need no cluster. */
  readonly offline: RequestFileCheck;
}

/** @throws UsageError when the file cannot be read. */
export function loadRequestFile(file: string, t: Translate, language: CatalogLanguage): LoadedRequestFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(t('Cannot read {0}: {1}', file, errorLine(e, language, t)));
  }
  const parsed = parseRequestFile(text, t);
  return { file, text, parsed, offline: checkRequestFile(parsed, t) };
}

export function hasErrors(problems: readonly PlanProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

const PAINT: Readonly<Record<RequestProblem['severity'], Paint>> = { error: 'error', warning: 'warning', info: 'dim' };

/** Where the problems are: a request file (line and column of each), or a saved plan (its path only). */
export interface ProblemSource {
  readonly file: string;
  /** The request file's text; undefined for a saved plan. */
  readonly text: string | undefined;
}

function problemLine(source: ProblemSource, p: PlanProblem): string {
  if (source.text !== undefined && p.offset !== undefined) {
    return formatProblemLine(source.file, source.text, {
      ...p,
      offset: p.offset,
      length: p.length ?? 0,
    } as RequestProblem);
  }
  return `${source.file}: ${p.severity} ${p.code} ${p.message}`;
}

/** `file:line:col: error|warning CODE message`, one line each, on stdout (stderr with --json). */
export function printProblems(out: Output, source: ProblemSource, problems: readonly PlanProblem[]): void {
  for (const p of problems) {
    out.print(problemLine(source, p), PAINT[p.severity]);
  }
}

export function problemJson(text: string | undefined, p: PlanProblem): Record<string, unknown> {
  const at = text !== undefined && p.offset !== undefined ? offsetToPosition(text, p.offset) : undefined;
  return {
    ...(at ? { line: at.line, col: at.col } : {}),
    severity: p.severity,
    code: p.code,
    message: p.message,
    path: p.path,
  };
}

/** The note for a `target.connection`: the CLI always uses the environment's credentials. */
export function connectionNote(out: Output, parsed: ParsedRequestFile, t: Translate): void {
  const named = parsed.target.connection;
  if (named !== undefined && named.trim() !== '') {
    out.note(t('Note: target.connection "{0}" is ignored; mrs-resize uses the HUAWEICLOUD_SDK_* environment.', named));
  }
}
