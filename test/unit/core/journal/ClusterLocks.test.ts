// One lock file per cluster across every process: created whole and atomically, naming its holder,
// taken over only when the holder is provably gone, and by one taker only.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClusterLocks, type LockHolder } from '../../../../src/core/journal';

const CLUSTER = 'c0ffee00-1111-2222-3333-444455556666';

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-locks-'));
}

const lockFile = (dir: string) => path.join(dir, 'locks', `${CLUSTER}.lock`);
const onDisk = (dir: string) => JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')) as LockHolder;

/** Waits (real time, a few ms at a time) until `done` holds; the heartbeat runs on a real timer. */
async function until(done: () => boolean, what: string, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !done();) {
    assert.ok(Date.now() - start < ms, `waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A pid that certainly belongs to no process: a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
}

const DEAD = deadPid();

/** Another process's view of the same folder, with a pid of its own; every pid but DEAD is alive. */
function otherProcess(dir: string, pid: number, now?: () => number): ClusterLocks {
  return new ClusterLocks(dir, { kind: 'cli', pid, isAlive: (p) => p !== DEAD, now });
}

describe('ClusterLocks', () => {
  it('writes a whole lock file naming its holder, and deletes it on release', async () => {
    const dir = folder();
    const locks = new ClusterLocks(dir, { kind: 'window', host: 'ws-1' });
    const got = await locks.acquire(CLUSTER);
    assert.ok(got.ok);
    const holder = onDisk(dir);
    assert.deepEqual(
      [holder.kind, holder.pid, holder.host, holder.clusterId],
      ['window', process.pid, 'ws-1', CLUSTER],
    );
    assert.match(holder.token, /^[0-9a-f]{24}$/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'locks')), [`${CLUSTER}.lock`], 'no temporary file beside it');
    assert.equal(await got.lock.stillHeld(), true);
    got.lock.release();
    assert.equal(fs.existsSync(lockFile(dir)), false);
    got.lock.release();
  });

  it('refuses a second holder, in this process and in another, naming the first', async () => {
    const dir = folder();
    const mine = new ClusterLocks(dir, { kind: 'window' });
    const first = await mine.acquire(CLUSTER);
    assert.ok(first.ok);
    assert.deepEqual(await mine.acquire(CLUSTER), { ok: false, holder: 'here' });
    const other = await otherProcess(dir, 4242).acquire(CLUSTER);
    assert.equal(other.ok, false);
    assert.equal(!other.ok && other.holder !== 'here' && other.holder !== 'starting' && other.holder.pid, process.pid);
    const holder = await otherProcess(dir, 4242).holder(CLUSTER);
    assert.equal(typeof holder === 'object' && holder.kind, 'window');
    first.lock.release();
    assert.equal((await otherProcess(dir, 4242).acquire(CLUSTER)).ok, true);
  });

  it('takes over at once from a holder whose process is gone on this host', async () => {
    const dir = folder();
    const gone = otherProcess(dir, DEAD);
    assert.ok((await gone.acquire(CLUSTER)).ok);
    const mine = new ClusterLocks(dir, { kind: 'window' });
    const got = await mine.acquire(CLUSTER);
    assert.ok(got.ok);
    assert.equal(onDisk(dir).pid, process.pid);
  });

  it('never takes over a living holder on this host for its age (a sleeping laptop), but a reused pid at once', async () => {
    const dir = folder();
    let now = Date.now();
    const living = otherProcess(dir, 4242, () => now);
    assert.ok((await living.acquire(CLUSTER)).ok);
    const since = Date.parse(onDisk(dir).since);
    const mine = (startedAt: number | undefined) =>
      new ClusterLocks(dir, { kind: 'window', now: () => now, isAlive: () => true, processStartMs: () => startedAt });
    now += 6 * 3600_000;
    assert.equal(
      (await mine(since - 60_000).acquire(CLUSTER)).ok,
      false,
      'the holder started before its lock: it is alive',
    );
    assert.equal(
      (await mine(since + 5_000).acquire(CLUSTER)).ok,
      true,
      'a process that started after the lock reuses the pid',
    );
  });

  it('where the system cannot tell when a process started, takes a living pid for reused after an hour of silence', async () => {
    const dir = folder();
    let now = Date.now();
    assert.ok((await otherProcess(dir, 4242, () => now).acquire(CLUSTER)).ok);
    const mine = new ClusterLocks(dir, {
      kind: 'window',
      now: () => now,
      isAlive: () => true,
      processStartMs: () => undefined,
    });
    now += 59 * 60_000;
    assert.equal((await mine.acquire(CLUSTER)).ok, false);
    now += 2 * 60_000;
    assert.equal((await mine.acquire(CLUSTER)).ok, true);
  });

  it('takes over a holder on another machine (a shared folder) once its heartbeat is older than the limit', async () => {
    const dir = folder();
    let now = Date.now();
    const elsewhere = new ClusterLocks(dir, { kind: 'cli', pid: 4242, host: 'build-7', now: () => now });
    assert.ok((await elsewhere.acquire(CLUSTER)).ok);
    const mine = new ClusterLocks(dir, { kind: 'window', now: () => now, staleMs: 120_000 });
    now += 119_000;
    assert.equal((await mine.acquire(CLUSTER)).ok, false, 'still within the limit');
    now += 2_000;
    assert.equal((await mine.acquire(CLUSTER)).ok, true, 'silent for longer than the limit');
  });

  it('lets exactly one of many takers have a stale lock, and keeps holding it (30 rounds)', async () => {
    for (let round = 0; round < 30; round++) {
      const dir = folder();
      assert.ok((await otherProcess(dir, DEAD).acquire(CLUSTER)).ok);
      const takers = Array.from({ length: 8 }, (_, i) => otherProcess(dir, 5000 + i));
      const results = await Promise.all(takers.map((t) => t.acquire(CLUSTER)));
      assert.equal(results.filter((r) => r.ok).length, 1, `round ${round}: ${results.map((r) => r.ok).join()}`);
      const held = await Promise.all(results.map((r) => (r.ok ? r.lock.stillHeld() : Promise.resolve(false))));
      assert.equal(held.filter(Boolean).length, 1, `round ${round}: the winner still holds it`);
      assert.deepEqual(
        fs.readdirSync(path.join(dir, 'locks')),
        [`${CLUSTER}.lock`],
        'no marker, stale or temporary file left behind',
      );
      results.forEach((r) => r.ok && r.lock.release());
    }
  });

  it('tells its holder when another process took the lock over, and never deletes that one', async () => {
    const dir = folder();
    const mine = new ClusterLocks(dir, { kind: 'window', heartbeatMs: 10 });
    const got = await mine.acquire(CLUSTER);
    assert.ok(got.ok);
    let lost = 0;
    got.lock.onLost(() => (lost += 1));
    fs.rmSync(lockFile(dir));
    assert.ok((await otherProcess(dir, 4242).acquire(CLUSTER)).ok);
    await until(() => lost > 0, 'the heartbeat to see the lock taken over');
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(lost, 1, 'told once');
    assert.equal(await got.lock.stillHeld(), false);
    got.lock.release();
    assert.equal(onDisk(dir).pid, 4242, "the new holder's lock stays");
    assert.equal(mine.holdsHere(CLUSTER), false);
  });

  it('keeps its heartbeat fresh while held', async () => {
    const dir = folder();
    const locks = new ClusterLocks(dir, { kind: 'cli', heartbeatMs: 10 });
    const got = await locks.acquire(CLUSTER);
    assert.ok(got.ok);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile(dir), old, old);
    await until(() => Date.now() - fs.statSync(lockFile(dir)).mtimeMs < 30_000, 'a heartbeat');
    locks.releaseAll();
    assert.equal(fs.existsSync(lockFile(dir)), false);
  });
});
