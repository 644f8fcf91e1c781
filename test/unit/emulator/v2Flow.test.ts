// The v2 routes behind the same gateway as the v1.1 ones: a v2 expand followed through the cluster details
// until the count moves, the auth gate, fault knobs and counters by route key, and the rate limit fault.
import assert from 'node:assert/strict';
import { call, errorOf } from './helpers';
import { assertError, RESIZE_MS } from './resizeHarness';
import { assertSucceeded, groupCount, useV2Emulator } from './v2Harness';

describe('emulator v2: a resize followed through the details', () => {
  const h = useV2Emulator();

  it('expand of a custom core-role group: scaling-out through the four stages, the count moves at the end', async () => {
    const before = await h.nodes('custom-lake', 'node_group=node_group_data');
    assertSucceeded(await h.expand('custom-lake', { node_group_name: 'node_group_data', count: 2 }));
    const seen: [string, string | null, number | undefined][] = [];
    for (const quarter of [0, 1, 2, 3]) {
      h.clock.t += quarter === 0 ? 0 : RESIZE_MS / 4;
      const c = await h.details('custom-lake');
      seen.push([c.clusterState, c.stageDesc, groupCount(c, 'node_group_data')]);
    }
    assert.deepEqual(seen, [
      ['scaling-out', 'Preparing for cluster expansion', 3],
      ['scaling-out', 'Creating VM', 3],
      ['scaling-out', 'Initializing VM', 3],
      ['scaling-out', 'Adding node to the cluster', 3],
    ]);
    h.clock.t += RESIZE_MS / 4;
    const done = await h.details('custom-lake');
    assert.deepEqual(
      [done.clusterState, done.scale, done.stageDesc, groupCount(done, 'node_group_data'), done.coreNodeNum],
      ['running', '', null, 5, '7'],
    );
    const after = await h.nodes('custom-lake', 'node_group=node_group_data');
    assert.deepEqual(
      [(before.json as { node_total: number }).node_total, (after.json as { node_total: number }).node_total],
      [3, 5],
    );
  });

  it('expand of the master group: masterNodeNum moves from 3 to 4', async () => {
    assertSucceeded(await h.expand('custom-lake', { node_group_name: 'master_node_default_group', count: 1 }));
    h.clock.t += RESIZE_MS;
    const c = await h.details('custom-lake');
    assert.deepEqual([c.clusterState, groupCount(c, 'master_node_default_group')], ['running', 4]);
    const masters = (await h.hosts('custom-lake')).filter((x) => x.node_group_name === 'master_node_default_group');
    assert.deepEqual([masters.length, masters.every((x) => x.type === 'Master')], [4, true]);
  });

  it('the failure switch applies to a v2 resize as to a v1.1 one', async () => {
    h.emu.failNextResize('custom-lake');
    assertSucceeded(await h.expand('custom-lake', { node_group_name: 'node_group_compute', count: 1 }));
    h.clock.t += RESIZE_MS;
    const c = await h.details('custom-lake');
    assert.deepEqual(
      [c.clusterState, c.scale, c.stageDesc, groupCount(c, 'node_group_compute')],
      ['running', 'scaling-error', 'Cluster expansion failed', 2],
    );
  });
});

describe('emulator v2: the gateway, fault knobs and counters', () => {
  const h = useV2Emulator();
  const path = (action: string): string => `/v2/{p}/clusters/${h.emu.clusterIdByName('custom-lake') ?? ''}/${action}`;

  it('the same auth gate as v1.1: no credentials → 401 APIGW.0301; AK/SK signature accepted; another project → 12000001', async () => {
    const body = { node_group_name: 'node_group_compute', count: 1 };
    for (const [method, action] of [
      ['POST', 'expand'],
      ['POST', 'shrink'],
      ['GET', 'nodes'],
    ]) {
      const res = await call(h.emu, method, path(action), 'none', method === 'POST' ? body : undefined);
      assert.deepEqual([res.status, errorOf(res).error_code], [401, 'APIGW.0301'], action);
    }
    const signed = await call(h.emu, 'GET', path('nodes'), { sign: true, now: h.clock.t });
    assert.equal(signed.status, 200, signed.text);
    const other = await call(h.emu, 'GET', path('nodes').replace('{p}', 'f'.repeat(32)), { token: h.token });
    assertError(other, 401, '12000001');
  });

  it('no rate limit unless asked: 65 expands in a minute are all served', async () => {
    assert.equal(h.emu.v2Options().rateLimit, false);
    for (let i = 0; i < 65; i++) {
      assert.equal((await h.expand('custom-lake', { node_group_name: 'node_group_none', count: 1 })).status, 400);
    }
  });

  it('fault knobs name the routes by key, and the request counters count them', async () => {
    h.emu.addFault({ kind: 'status', status: 503, route: 'expand' });
    h.emu.addFault({ kind: 'reset', route: 'shrink', phase: 'after' });
    const first = await h.expand('custom-lake', { node_group_name: 'node_group_compute', count: 1 });
    assert.equal(first.status, 503);
    assert.equal((await h.details('custom-lake')).clusterState, 'running', 'a before-fault runs nothing');
    await assert.rejects(h.shrink('custom-lake', { node_group_name: 'node_group_compute', count: 1 }));
    assert.equal((await h.details('custom-lake')).clusterState, 'scaling-in', 'an after-fault ran the shrink');
    await h.nodes('custom-lake');
    const routes = h.emu.requests().routes;
    assert.deepEqual(
      [routes.expand.count, routes.shrink.count, routes.listNodes.count, routes.shrink.statuses],
      [1, 1, 1, { 0: 1 }],
    );
    assert.equal(routes.expand.pattern, 'POST /v2/{project_id}/clusters/{cluster_id}/expand');
    assert.equal(
      h.logOf('shrink')[0]?.resize?.groupName,
      'node_group_compute',
      'what started is logged despite the reset',
    );
  });
});

describe('emulator v2: the rate limit fault', () => {
  const h = useV2Emulator({ rateLimit: true });
  const busyBody = { node_group_name: 'node_group_none', count: 1 };

  it("the 61st expand within a minute answers 429 APIGW.0308 in the gateway's shape; shrink counts on its own", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      statuses.push((await h.expand('custom-lake', busyBody)).status);
    }
    assert.deepEqual([statuses.slice(0, 60).every((s) => s === 400), statuses[60]], [true, 429]);
    const last = await h.expand('custom-lake', busyBody);
    assert.equal(last.status, 429);
    const body = last.json as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['error_code', 'error_msg', 'request_id']);
    assert.deepEqual(
      [body.error_code, body.error_msg, body.request_id],
      [
        'APIGW.0308',
        'The throttling threshold has been reached: policy user over ratelimit,limit:60,time:1 minute',
        last.headers.get('x-request-id'),
      ],
    );
    assert.equal((await h.shrink('custom-lake', busyBody)).status, 400, 'shrink has its own 60');
    assert.equal((await h.nodes('custom-lake')).status, 200, 'ListNodes has its own 200');
  });

  it('the window slides: a minute after the first calls, expand is served again; a reset forgets the calls', async () => {
    for (let i = 0; i < 60; i++) {
      await h.expand('custom-lake', busyBody);
    }
    assert.equal((await h.expand('custom-lake', busyBody)).status, 429);
    h.clock.t += 60_001;
    assert.equal((await h.expand('custom-lake', busyBody)).status, 400);
    for (let i = 0; i < 59; i++) {
      await h.expand('custom-lake', busyBody);
    }
    assert.equal((await h.expand('custom-lake', busyBody)).status, 429);
    h.emu.reset();
    assert.equal((await h.expand('custom-lake', busyBody)).status, 400);
  });

  it('switched off and on by the control endpoint', async () => {
    h.emu.setV2Options({ rateLimit: false });
    for (let i = 0; i < 65; i++) {
      assert.equal((await h.expand('custom-lake', busyBody)).status, 400);
    }
    const res = await fetch(`${h.emu.url}/__emulator/v2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rateLimit: true }),
    });
    assert.equal(res.status, 200);
    assert.equal(h.emu.v2Options().rateLimit, true);
  });
});
