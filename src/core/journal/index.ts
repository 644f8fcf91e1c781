// The shared journal of this user on this machine: operation records (one file each), the history
// the views read, the per-cluster locks every process honours, and where the folder is.
export * from './ClusterLocks';
export * from './FileJournal';
export * from './journalFolder';
export * from './OperationHistory';
export * from './parseRecord';
export * from './record';
export * from './transitions';
