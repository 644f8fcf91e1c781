// Every command id the extension registers. The registry must give each one a handler (the compiler
// checks that) and the manifest must contribute each one (test/unit/manifest.test.ts checks that).
export const COMMAND_IDS = ['mrs.log.show'] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
