// Every command id the extension registers. The registry must give each one a handler (the compiler
// checks that) and the manifest must contribute each one (test/unit/manifest.test.ts checks that).
export const COMMAND_IDS = [
  'mrs.log.show',
  'mrs.connection.add',
  'mrs.connection.edit',
  'mrs.connection.remove',
  'mrs.connection.switch',
  'mrs.clusters.refresh',
  'mrs.clusters.retry',
  'mrs.clusters.loadMore',
  'mrs.clusters.filter',
  'mrs.clusters.clearFilter',
  'mrs.cluster.refresh',
  'mrs.cluster.copyId',
  'mrs.cluster.openDetails',
  'mrs.cluster.openInConsole',
  'mrs.nodeGroup.resize',
  'mrs.nodeGroup.scaleOut',
  'mrs.nodeGroup.scaleIn',
  'mrs.resizeForm.open',
  'mrs.requestFile.new',
  'mrs.requestFile.send',
  'mrs.requestFile.preview',
  'mrs.requestFile.openInForm',
  'mrs.operation.showDetails',
  'mrs.operation.stopFollowing',
  'mrs.operation.setAside',
  'mrs.operations.clear',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
