// Seed registry: 'default' (the demo), 'many' (2,000 clusters for benchmarks), 'empty'.
import { pick } from '../ids';
import type { ClusterRecord, ClusterState } from '../model';
import { aCluster } from './builder';
import { DEFAULT_SEED_FREE, defaultSeed } from './defaultSeed';
import type { Amounts } from '../quotas';

export const SEED_NAMES = ['default', 'many', 'empty'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

export const MANY_CLUSTER_COUNT = 2000;

/** Two thirds running, the rest spread over the other states. */
const MANY_STATES: readonly ClusterState[] = [
  ...Array.from({ length: 16 }, () => 'running' as const),
  'scaling-out',
  'scaling-in',
  'abnormal',
  'frozen',
  'failed',
  'terminated',
  'starting',
  'terminating',
];

function manySeed(): ClusterRecord[] {
  const clusters: ClusterRecord[] = [];
  for (let i = 1; i <= MANY_CLUSTER_COUNT; i++) {
    const name = `cluster-${String(i).padStart(4, '0')}`;
    const state = MANY_STATES[pick(`many/state/${name}`, MANY_STATES.length)];
    const taskRoll = pick(`many/task/${name}`, 10);
    clusters.push(
      aCluster('many', i, {
        name,
        state,
        type: pick(`many/type/${name}`, 5) === 0 ? 'streaming' : 'analysis',
        core: 3 + pick(`many/core/${name}`, 6),
        task: taskRoll < 3 ? undefined : taskRoll - 3,
        scale: state === 'scaling-out' || state === 'scaling-in' ? state : '',
        stageDesc: state === 'scaling-out' ? 'Initializing VM' : state === 'scaling-in' ? 'Deleting VM' : null,
        daysAgo: pick(`many/age/${name}`, 700),
      }),
    );
  }
  return clusters;
}

export function isSeedName(name: string): name is SeedName {
  return (SEED_NAMES as readonly string[]).includes(name);
}

/** Free quota of the 'many' and 'empty' seeds: room for large benchmarks. */
const ROOMY_FREE: Amounts = {
  instances: 5000,
  cores: 40000,
  ramMb: 160000 * 1024,
  volumes: 15000,
  gigabytes: 5_000_000,
};

/** What a seed leaves free over its own usage: its limits are the seed's usage plus this. */
export function seedFreeQuota(seed: SeedName): Amounts {
  return seed === 'default' ? DEFAULT_SEED_FREE : ROOMY_FREE;
}

/** Fresh records for a seed (a new copy on every call, so a reset restores the seed). */
export function seedClusters(seed: SeedName): ClusterRecord[] {
  switch (seed) {
    case 'default':
      return defaultSeed();
    case 'many':
      return manySeed();
    case 'empty':
      return [];
  }
}
