// The resize lifecycle and what its hosts (VS Code, the CLI) need of it. The plan is in ../plan,
// the journal (records, history, locks) in ../journal.
export * from './busy';
export * from './client';
export * from './errors';
export * from './FollowRegistry';
export * from './followLoop';
export * from './handover';
export * from './ResizeLifecycle';
export * from './lifecycleTypes';
