// The "Send" CodeLens of a request file, described in pure code: "Send to analytics-prod (3 → 5 core
// nodes)" when nothing stands in the way, "Cannot send: 2 problems" while errors stand (syntax and
// schema included), so that a click never leads to a failure toast. A count shown is never negative.
import type { Translate } from '../translate';
import type { LiveAnalysis } from './live';

export type SendLens =
  | {
      readonly kind: 'send';
      readonly title: string;
      /** The group's count the title shows, handed to Send (the plan warns when the cluster has changed since). */
      readonly from: number | undefined;
    }
  | { readonly kind: 'blocked'; readonly title: string; readonly errors: number };

/** "Cannot send: 2 problems": a CodeLens title, or the start of a message. */
export function cannotSendTitle(errors: number, t: Translate): string {
  return errors === 1 ? t('Cannot send: 1 problem') : t('Cannot send: {0} problems', errors);
}

/** Send from the palette or the title bar while errors stand: the sentence instead of raw offsets. */
export function cannotSendMessage(errors: number, t: Translate): string {
  return errors === 1
    ? t('Cannot send: the request file has 1 problem; it is listed in the Problems view.')
    : t('Cannot send: the request file has {0} problems; they are listed in the Problems view.', errors);
}

/** The lens of an analysis made with the schema's problems (analyzeLive with `schema` true). */
export function sendLens(analysis: Pick<LiveAnalysis, 'parsed' | 'check' | 'cluster'>, t: Translate): SendLens {
  const errors = analysis.check.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    return { kind: 'blocked', title: cannotSendTitle(errors, t), errors };
  }
  const name = analysis.cluster?.name ?? analysis.parsed.target.clusterId ?? '?';
  const change = analysis.check.resize?.change;
  if (change && change.from >= 0 && change.to >= 0) {
    return { kind: 'send', title: t('Send to {0} ({1})', name, change.text), from: change.from };
  }
  return { kind: 'send', title: t('Send to {0}', name), from: undefined };
}
