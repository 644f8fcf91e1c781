// The emulator keeps its own list of the documented clusterState values (it stands in for the
// server and takes its facts from the API doc, not from the client), and the client keeps its own:
// the two must name the same states. A state added on one side only fails to compile here, and
// the order (the documented one) is checked at run time.
import assert from 'node:assert/strict';
import { CLUSTER_STATES as EMULATOR_STATES, type ClusterState as EmulatorState } from '../../../emulator/model';
import { CLUSTER_STATES as CLIENT_STATES, type ClusterState as ClientState } from '../../../src/core/model/cluster';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameStates: Same<EmulatorState, Exclude<ClientState, 'unknown'>> = true;

describe('emulator model: the documented cluster states', () => {
  it('are the ones the client knows, in the same order', () => {
    assert.equal(sameStates, true);
    assert.deepEqual([...EMULATOR_STATES], [...CLIENT_STATES]);
  });
});
