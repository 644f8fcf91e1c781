// Faults on the resize PUT. It is sent once and never retried (MrsClient.resize): a gateway's 5xx,
// a reset, a timeout or an unreadable 200 is 'outcome unknown' (re-read the cluster, do not resend);
// a 4xx, and MRS's own code on a 5xx or in a 200's result, is MRS's answer; the one exception is a
// single repeat after a 401 when a password token can be refreshed.
import assert from 'node:assert/strict';
import type { Emulator, FaultSpec } from '../../emulator';
import { describeKind, explainError } from '../../src/core/api/catalog';
import { CancelledAfterSendError, isOutcomeUnknown, type MrsApiError } from '../../src/core/api/errors';
import { CancelledError } from '../../src/core/errors';
import { aResize } from './builders';
import {
  akskOf,
  apiError,
  connect,
  idOf,
  passwordOf,
  rejection,
  route,
  sent,
  untilLogged,
  untilRunning,
  useEmulator,
  waitFor,
  WRONG_SK,
  type EmulatorHandle,
  type ExpectedError,
  type TestConnection,
} from './support';

const CLUSTER = 'etl-nightly';
const CORE_BEFORE = 3;

function client(emu: Emulator, timeoutMs = 5000): TestConnection {
  return connect(emu, akskOf(emu), { projectId: emu.credentials.projectId, timeoutMs });
}

/** Sends the PUT under the fault and checks: outcome unknown, exactly one PUT, no wait, the right text. */
async function unknownOutcome(emu: Emulator, fault: FaultSpec, conn = client(emu)): Promise<number | undefined> {
  emu.addFault({ route: 'resize', ...fault });
  const error = await apiError(conn.client.resize(idOf(emu, CLUSTER), aResize()), { kind: 'outcomeUnknown' });
  assert.equal(isOutcomeUnknown(error), true);
  assert.match(error.message, /may have been applied/);
  const explained = explainError(error, 'en');
  assert.deepEqual(
    [explained.explanation, explained.byCode],
    [describeKind('outcomeUnknown', 'en').explanation, false],
  );
  assert.equal(await untilLogged(emu, 'resize', 1), 1, 'exactly one PUT');
  assert.deepEqual(conn.waits, []);
  return error.status;
}

/** Whether the resize really started, as a re-read shows; then lets it finish. */
async function applied(emu: Emulator): Promise<boolean> {
  const conn = client(emu);
  const now = await conn.client.getCluster(idOf(emu, CLUSTER));
  const { last } = await untilRunning(conn, idOf(emu, CLUSTER));
  assert.equal(last.coreCount, now.state === 'scaling-out' ? CORE_BEFORE + 1 : CORE_BEFORE);
  return now.state === 'scaling-out';
}

/** Sends the PUT under the fault and checks: MRS's own answer with its code (not "outcome unknown"), one PUT. */
async function mrsAnswer(emu: Emulator, fault: FaultSpec, expected: ExpectedError): Promise<MrsApiError> {
  emu.addFault({ route: 'resize', ...fault });
  const conn = client(emu);
  const error = await apiError(conn.client.resize(idOf(emu, CLUSTER), aResize()), expected);
  assert.equal(isOutcomeUnknown(error), false);
  assert.doesNotMatch(error.message, /may have been applied/);
  assert.equal(await untilLogged(emu, 'resize', 1), 1, 'exactly one PUT');
  assert.deepEqual(conn.waits, []);
  return error;
}

function serverSide(ctx: EmulatorHandle): void {
  it('500 with MRS.300 (MRS says it failed): its code and message, not "outcome unknown", one PUT', async () => {
    const fault = { kind: 'status', status: 500, errorCode: 'MRS.300', errorMsg: 'MRS internal error.' } as const;
    const error = await mrsAnswer(ctx.emu, fault, { kind: 'unavailable', code: 'MRS.300' });
    assert.deepEqual([error.status, error.serverMessage], [500, 'MRS internal error.']);
    assert.equal(explainError(error, 'en').byCode, true);
    assert.equal(await applied(ctx.emu), false);
  });

  it('the default 500 of an MRS route (12000004, MRS-shaped) is MRS’s answer too, one PUT', async () => {
    const error = await mrsAnswer(ctx.emu, { kind: 'status', status: 500 }, { kind: 'unavailable', code: '12000004' });
    assert.equal(error.status, 500);
    assert.equal(await applied(ctx.emu), false);
  });

  it('200 whose result is 12000014: MRS says the scale-out failed, its code, not "outcome unknown", one PUT', async () => {
    const error = await mrsAnswer(
      ctx.emu,
      { kind: 'result', result: '12000014' },
      { kind: 'validation', code: '12000014' },
    );
    assert.equal(error.status, 200);
    assert.match(explainError(error, 'en').explanation, /scale-out/i);
    assert.equal(await applied(ctx.emu), false);
  });

  it('500 from the gateway before MRS ran it: outcome unknown (the client cannot tell), one PUT', async () => {
    assert.equal(await unknownOutcome(ctx.emu, { kind: 'status', status: 500, errorCode: 'APIGW.0000' }), 500);
    assert.equal(await applied(ctx.emu), false);
  });

  it('503 after MRS ran it: outcome unknown, one PUT, and the resize did happen', async () => {
    assert.equal(await unknownOutcome(ctx.emu, { kind: 'status', status: 503, phase: 'after' }), 503);
    assert.equal(await applied(ctx.emu), true);
  });

  it('an HTML 502 page from a proxy: outcome unknown, one PUT', async () => {
    assert.equal(await unknownOutcome(ctx.emu, { kind: 'html', phase: 'after' }), 502);
    assert.equal(await applied(ctx.emu), true);
  });

  it('truncated JSON in the 200: outcome unknown, one PUT, applied', async () => {
    assert.equal(await unknownOutcome(ctx.emu, { kind: 'truncated-json' }), 200);
    assert.equal(await applied(ctx.emu), true);
  });
}

function connectionSide(ctx: EmulatorHandle): void {
  it('connection reset before MRS ran it: outcome unknown, one PUT, nothing applied', async () => {
    assert.equal(await unknownOutcome(ctx.emu, { kind: 'reset' }), undefined);
    assert.deepEqual(route(ctx.emu, 'resize').statuses, { 0: 1 });
    assert.equal(await applied(ctx.emu), false);
  });

  it('connection reset after MRS ran it: outcome unknown, one PUT, and the resize did happen', async () => {
    assert.equal(await unknownOutcome(ctx.emu, { kind: 'reset', phase: 'after' }), undefined);
    assert.equal(ctx.emu.requests().log.find((e) => e.route === 'resize')?.handled, true);
    assert.equal(await applied(ctx.emu), true);
  });

  it('an answer slower than timeoutMs: outcome unknown, one PUT, and the resize did happen', async () => {
    assert.equal(await unknownOutcome(ctx.emu, { kind: 'latency', ms: 300 }, client(ctx.emu, 100)), undefined);
    assert.equal(await applied(ctx.emu), true);
    assert.equal(sent(ctx.emu, 'resize'), 1, 'still one PUT once the slow one is long done');
  });

  it('cancelled while on the wire: CancelledAfterSendError, outcome unknown, one PUT', async () => {
    ctx.emu.addFault({ kind: 'latency', ms: 1000, route: 'resize' });
    const abort = new AbortController();
    const pending = rejection(
      client(ctx.emu).client.resize(idOf(ctx.emu, CLUSTER), aResize(), { signal: abort.signal }),
    );
    // Cancel once the emulator holds the PUT (it has taken the latency fault), not after a guessed delay.
    await waitFor('the PUT to reach the emulator', () => (ctx.emu.listFaults().length === 0 ? true : undefined));
    abort.abort();
    const error = await pending;
    assert.ok(error instanceof CancelledAfterSendError);
    assert.equal(isOutcomeUnknown(error), true);
    assert.equal(await untilLogged(ctx.emu, 'resize', 1), 1);
    assert.equal(await applied(ctx.emu), true);
    assert.equal(sent(ctx.emu, 'resize'), 1);
  });

  it('cancelled before sending: CancelledError, no PUT at all', async () => {
    const error = await rejection(
      client(ctx.emu).client.resize(idOf(ctx.emu, CLUSTER), aResize(), { signal: AbortSignal.abort() }),
    );
    assert.ok(error instanceof CancelledError);
    assert.equal(isOutcomeUnknown(error), false);
    assert.equal(sent(ctx.emu, 'resize'), 0);
  });
}

function refusals(ctx: EmulatorHandle): void {
  it('429 on the PUT is a refusal (rateLimited), not retried and not "outcome unknown"', async () => {
    const conn = client(ctx.emu);
    ctx.emu.addFault({ kind: 'status', status: 429, route: 'resize' });
    const error = await apiError(conn.client.resize(idOf(ctx.emu, CLUSTER), aResize()), {
      kind: 'rateLimited',
      status: 429,
    });
    assert.equal(isOutcomeUnknown(error), false);
    assert.deepEqual([sent(ctx.emu, 'resize'), conn.waits], [1, []]);
    assert.equal(await applied(ctx.emu), false);
  });

  it('401 with an expired password token: refreshed and sent again once (two PUTs, one accepted, one resize)', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu));
    await conn.client.projectId();
    ctx.emu.expireTokens();
    const accepted = await conn.client.resize(idOf(ctx.emu, CLUSTER), aResize());
    assert.equal(accepted.result, 'succeeded');
    assert.deepEqual(route(ctx.emu, 'resize').statuses, { 401: 1, 200: 1 });
    assert.deepEqual(route(ctx.emu, 'iamToken').statuses, { 201: 2 });
    assert.equal(await applied(ctx.emu), true);
  });

  it('IAM down when the token is needed: the PUT never leaves, so the error is not "outcome unknown"', async () => {
    const conn = connect(ctx.emu, passwordOf(ctx.emu), { projectId: ctx.emu.credentials.projectId });
    ctx.emu.addFault({ kind: 'status', status: 503, route: 'iamToken', times: 3 });
    const error = await apiError(conn.client.resize(idOf(ctx.emu, CLUSTER), aResize()), {
      kind: 'unavailable',
      status: 503,
    });
    assert.equal(isOutcomeUnknown(error), false);
    assert.deepEqual([sent(ctx.emu, 'iamToken'), sent(ctx.emu, 'resize')], [3, 0]);
  });

  it('401 with AK/SK (nothing to refresh): unauthorized, one PUT', async () => {
    const conn = connect(ctx.emu, akskOf(ctx.emu, { secretKey: WRONG_SK }), {
      projectId: ctx.emu.credentials.projectId,
    });
    await apiError(conn.client.resize(idOf(ctx.emu, CLUSTER), aResize()), {
      kind: 'unauthorized',
      status: 401,
      code: 'APIGW.0301',
    });
    assert.deepEqual(route(ctx.emu, 'resize').statuses, { 401: 1 });
  });
}

describe('contract: faults on the resize PUT', () => {
  const ctx = useEmulator();
  describe('server errors and unreadable answers', () => serverSide(ctx));
  describe('resets, timeouts, cancellation', () => connectionSide(ctx));
  describe('refusals and the 401 repeat', () => refusals(ctx));
});
