// The progress line of one reading while an operation is followed. While its outcome is unknown (the
// answer to the PUT was lost) and no reading has shown the change, the line says so: the cluster's
// own state ("running") would read as the resize running.
import { resizeStatusText } from '../model/labels';
import type { Translate } from '../translate';
import type { FollowProgress } from './followLoop';

/** The first line of an operation whose outcome is unknown, before any reading. */
export function unknownStartLine(t: Translate): string {
  return t('Outcome unknown: no change seen on the cluster yet');
}

export function stageLine(p: FollowProgress, outcomeUnknown: boolean, t: Translate): string {
  const line = p.stageDesc ?? resizeStatusText(p, t);
  return outcomeUnknown && !p.changeSeen ? t('Outcome unknown, no change seen yet: {0}', line) : line;
}
