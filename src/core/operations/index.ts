// The resize lifecycle and what its hosts (VS Code, the CLI) need of it.
export * from './confirmation';
export * from './errors';
export * from './FileJournal';
export * from './Following';
export * from './followResize';
export * from './handover';
export * from './OperationHistory';
export * from './parseRecord';
export * from './preflight';
export * from './record';
export * from './ResizeLifecycle';
export * from './target';
export * from './transitions';
