// The v1.1 PUT body of a check, for tests about the v1.1 call (undefined for no call or a v2 one).
import type { ResizeRequestDto } from '../../../../src/core/api/wire';
import type { ResizeCheck } from '../../../../src/core/resize/types';

export function v11Body(check: Pick<ResizeCheck, 'call'>): ResizeRequestDto | undefined {
  return check.call?.kind === 'v1.1' ? check.call.body : undefined;
}
