// An operation's state in a word, for the Operations view and the agent's tools alike.
import type { Translate } from '../translate';
import type { OperationState } from './record';

export function operationStateLabel(state: OperationState, t: Translate): string {
  switch (state) {
    case 'sending':
      return t('sending');
    case 'running':
      // Not the cluster state's word: 运行中 is an idle cluster in the console.
      return t('in progress');
    case 'succeeded':
      return t('succeeded');
    case 'failed':
      return t('failed');
    case 'unknown':
      return t('outcome unknown');
    case 'refused':
      return t('refused');
    case 'notSent':
      return t('not sent');
    case 'stopped':
      return t('not followed');
    case 'timedOut':
      return t('timed out');
    case 'ordered':
      return t('order to pay');
  }
}
