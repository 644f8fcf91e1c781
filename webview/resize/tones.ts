// What each state of the form means, as one of five tones: the stylesheet gives each its theme colour
// and an icon of its own (so that High Contrast, where the colours meet, still tells them apart).
import type { ResizeProblem } from '../../src/core/resize/types';
import type { FormLabels, SendState } from '../../src/shared/resizeForm';

export type Tone = 'valid' | 'warning' | 'error' | 'progress' | 'info';

/** The outcome area of a Send: its tone and its lines, the first one the headline. */
export interface Outcome {
  readonly tone: Tone | undefined;
  readonly lines: readonly string[];
}

const SEND_TONES: Readonly<Record<SendState['kind'], Tone | undefined>> = {
  idle: undefined,
  sending: 'progress',
  accepted: 'progress',
  unknown: 'warning',
  declined: 'info',
  succeeded: 'valid',
  ordered: 'warning',
  failed: 'error',
  refused: 'error',
  notSent: 'error',
};

export function sendTone(kind: SendState['kind']): Tone | undefined {
  return SEND_TONES[kind];
}

/** The worst of some problems: error, else warning, else valid (a note changes nothing). */
export function problemsTone(problems: readonly Pick<ResizeProblem, 'severity'>[]): 'valid' | 'warning' | 'error' {
  const severities = new Set(problems.map((d) => d.severity));
  return severities.has('error') ? 'error' : severities.has('warning') ? 'warning' : 'valid';
}

export function problemTone(severity: ResizeProblem['severity']): Tone {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'info';
}

/** "Error:", "Warning:", "Note:": the word read before a problem (the icon is only seen). */
export function problemWord(severity: ResizeProblem['severity'], l: FormLabels): string {
  return severity === 'error' ? l.errorWord : severity === 'warning' ? l.warningWord : l.noteWord;
}

function outcomeLines(s: SendState, l: FormLabels): string[] {
  switch (s.kind) {
    case 'idle':
      return [];
    case 'sending':
      return [l.sending];
    case 'declined':
      return [l.declined];
    case 'accepted':
      return [l.accepted, s.message, ...(s.stage ? [l.stage.replace('{0}', s.stage)] : [])];
    case 'succeeded':
      return [l.succeeded, s.message];
    case 'ordered':
      return [l.ordered, ...(s.orderId ? [l.orderId.replace('{0}', s.orderId)] : []), s.message];
    case 'unknown':
      return [l.unknown, s.message];
    case 'failed':
      return [l.failed, s.message];
    case 'notSent':
      return [l.notSent, s.message];
    case 'refused':
      return [
        s.code ? `${l.refused} (${s.code})` : l.refused,
        s.message,
        ...(s.explanation ? [s.explanation] : []),
        ...(s.hint ? [l.hint.replace('{0}', s.hint)] : []),
      ];
  }
}

export function outcomeOf(s: SendState, l: FormLabels): Outcome {
  return { tone: sendTone(s.kind), lines: outcomeLines(s, l) };
}
