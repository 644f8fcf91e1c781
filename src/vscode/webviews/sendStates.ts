// What the form shows of a Send: the lifecycle's answer, its errors, and then the operation record
// that the history keeps up to date while the cluster changes.
import type { CatalogLanguage } from '../../core/api/catalogEntry';
import { errorLine } from '../../core/api/errorLine';
import { isCancelled } from '../../core/errors';
import { ResizeBusyError, ResizePreflightError, ResizeRefusedError, type StartResult } from '../../core/operations';
import { type ResizeOperationRecord } from '../../core/journal';
import type { Translate } from '../../core/translate';
import type { SendState } from '../../shared/resizeForm';

export function stateOfResult(result: StartResult): SendState {
  switch (result.status) {
    case 'declined':
      return { kind: 'declined' };
    case 'ordered':
      return { kind: 'ordered', message: result.message, ...(result.orderId ? { orderId: result.orderId } : {}) };
    default:
      return { kind: 'accepted', message: result.message };
  }
}

/**
 * The state a failed start leaves the form in; nothing was sent unless MRS refused. Any other error
 * reads as the catalog explains it in the UI language (the whole error is in the log).
 */
export function stateOfError(e: unknown, language: CatalogLanguage, t: Translate): SendState {
  if (isCancelled(e)) {
    return { kind: 'declined' };
  }
  if (e instanceof ResizeRefusedError) {
    // MRS's own words, then the catalog's explanation; without words of MRS (a 200 whose result is
    // an error code), the explanation alone, so that nothing is said twice.
    const { explanation, hint } = e.explanation;
    const said = e.apiError.serverMessage;
    return said
      ? { kind: 'refused', code: e.code, message: said, explanation, hint }
      : { kind: 'refused', code: e.code, message: explanation, hint };
  }
  if (e instanceof ResizeBusyError || e instanceof ResizePreflightError) {
    return { kind: 'notSent', message: e.message };
  }
  return { kind: 'failed', message: errorLine(e, language, t) };
}

/** The form's view of the record of its operation. */
export function stateOfRecord(r: ResizeOperationRecord): SendState {
  const message = r.message ?? '';
  switch (r.state) {
    case 'sending':
      return { kind: 'sending' };
    case 'unknown':
      return { kind: 'unknown', message };
    case 'running':
      return r.stageDesc ? { kind: 'accepted', message, stage: r.stageDesc } : { kind: 'accepted', message };
    case 'succeeded':
      return { kind: 'succeeded', message };
    case 'ordered':
      return { kind: 'ordered', message, ...(r.orderId ? { orderId: r.orderId } : {}) };
    case 'refused':
      return { kind: 'refused', message, ...(r.errorCode ? { code: r.errorCode } : {}) };
    case 'notSent':
      return { kind: 'notSent', message };
    case 'failed':
    case 'stopped':
    case 'timedOut':
      return { kind: 'failed', message };
  }
}
