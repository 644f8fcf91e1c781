import * as assert from 'node:assert/strict';
import { cliLogger, Output } from '../../../src/cli/output';
import { table, displayWidth } from '../../../src/cli/table';
import { makeRedactor } from '../../../src/core/api/redact';

function sinks(colour = false) {
  const out: string[] = [];
  const err: string[] = [];
  const output = new Output({
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    json: false,
    colour: { stdout: colour, stderr: colour },
  });
  return { out, err, output };
}

describe('cli/output', () => {
  it('scrubs the connection secrets from every line, the JSON object included', () => {
    const { out, err, output } = sinks();
    output.useRedactor(makeRedactor(['SECRETSECRET']));
    output.print('a SECRETSECRET b');
    output.note('SECRETSECRET');
    output.printJson({ x: 'SECRETSECRET' });
    assert.ok(![...out, ...err].join('').includes('SECRETSECRET'));
  });

  it('colours only when told to', () => {
    const plain = sinks(false);
    plain.output.print('x', 'error');
    assert.equal(plain.out.join(''), 'x\n');
    const coloured = sinks(true);
    coloured.output.print('x', 'error');
    assert.equal(coloured.out.join(''), '\u001b[31mx\u001b[0m\n');
  });

  it('logs on stderr with --verbose only', () => {
    const quiet = sinks();
    cliLogger(quiet.output, false).info('GET x');
    assert.deepEqual(quiet.err, []);
    const verbose = sinks();
    cliLogger(verbose.output, true, () => 0).info('GET x → 200');
    assert.deepEqual(verbose.err, ['1970-01-01 00:00:00.000 [info] GET x → 200\n']);
  });

  it('lines tables up, Chinese counted two columns wide', () => {
    assert.equal(displayWidth('运行中'), 6);
    assert.deepEqual(table(['A', 'B'], [['运行中', 'x']]), ['A       B', '运行中  x']);
  });
});
