// The one plan of a resize: an order, its plan on one fresh reading, the question to confirm, a
// stale check for right before the PUT, and a plan saved to a file.
export * from './confirmation';
export * from './plan';
export * from './preparePlan';
export * from './readCluster';
export * from './savedPlan';
export * from './stale';
export * from './target';
