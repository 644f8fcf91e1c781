// The calls the lifecycle makes: the plan's reads and the resize PUT.
import type { MrsClient } from '../api/MrsClient';
import type { PlanClient } from '../plan/plan';

export type ResizeClient = PlanClient & Pick<MrsClient, 'resize'>;
