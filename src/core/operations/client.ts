// The calls the lifecycle makes: the plan's reads and the one resize call (the v1.1 PUT, or the v2
// expand or shrink POST).
import type { MrsClient } from '../api/MrsClient';
import type { PlanClient } from '../plan/plan';

export type ResizeClient = PlanClient & Pick<MrsClient, 'send'>;
