// The resize operation, its watcher and its record: what the VS Code side builds on.
export * from './confirmation';
export * from './errors';
export * from './judge';
export * from './locks';
export * from './parseRecord';
export * from './record';
export * from './ResizeOperation';
export * from './target';
export * from './watchResize';
