import * as assert from 'node:assert/strict';
import {
  COMMANDS,
  commandHelp,
  maxNodesOption,
  parseCommand,
  positiveNumber,
  programHelp,
  UsageError,
} from '../../../src/cli/args';
import { englishTranslate as t } from '../../../src/core/translate';
import { zhTranslate } from '../../support/unit/zhTranslate';

describe('cli/args', () => {
  it('reads a subcommand, its files and options with util.parseArgs', () => {
    const parsed = parseCommand(['apply', 'a.json', '--yes', '--timeout', '5', '--no-follow'], t);
    assert.ok(typeof parsed === 'object');
    assert.equal(parsed.command, 'apply');
    assert.deepEqual(parsed.files, ['a.json']);
    assert.deepEqual([parsed.values.yes, parsed.values.timeout, parsed.values['no-follow']], [true, '5', true]);
    assert.deepEqual((parseCommand(['check', 'a', 'b', '--json'], t) as { files: readonly string[] }).files, [
      'a',
      'b',
    ]);
  });

  it('answers help and version', () => {
    assert.equal(parseCommand([], t), 'help');
    assert.equal(parseCommand(['--help'], t), 'help');
    assert.equal(parseCommand(['--version'], t), 'version');
    const help = parseCommand(['plan', '--help'], t);
    assert.ok(typeof help === 'object' && help.values.help === true, '--help needs no file');
  });

  it('refuses unknown commands and options and a wrong number of files', () => {
    for (const argv of [
      ['nope'],
      ['plan'],
      ['plan', 'a', 'b'],
      ['check'],
      ['clusters', 'x'],
      ['apply', 'a', '--force'],
    ]) {
      assert.throws(() => parseCommand(argv, t), UsageError, argv.join(' '));
    }
    assert.throws(() => parseCommand(['check', 'a', '--yes'], t), UsageError, 'apply options only on apply');
  });

  it('says what is wrong with an option in the user’s language, not Node’s English', () => {
    const said = (argv: string[]) => {
      try {
        parseCommand(argv, zhTranslate);
      } catch (e) {
        return (e as Error).message;
      }
      return undefined;
    };
    assert.equal(said(['apply', 'a', '--force']), '未知选项“--force”。');
    assert.equal(said(['apply', 'a', '--journal']), '选项“--journal”缺少取值或取值有误。');
    assert.equal(said(['apply', 'a', '--yes=3']), '选项“--yes”缺少取值或取值有误。');
  });

  it('reads --max-nodes, the raised core + task limit, on plan and apply: a whole number of at least 500', () => {
    for (const command of ['plan', 'apply']) {
      const parsed = parseCommand([command, 'a.json', '--max-nodes', '800'], t);
      assert.ok(typeof parsed === 'object');
      assert.equal(maxNodesOption(parsed.values, t), 800, command);
    }
    assert.equal(maxNodesOption({}, t), undefined);
    assert.equal(maxNodesOption({ 'max-nodes': '500' }, t), 500);
    for (const wrong of ['499', '0', '800.5', '1e3', 'many', '', '-800']) {
      assert.throws(
        () => maxNodesOption({ 'max-nodes': wrong }, t),
        (e: unknown) =>
          e instanceof UsageError && e.message === `--max-nodes needs a whole number of at least 500, not "${wrong}".`,
        wrong,
      );
    }
    assert.throws(() => parseCommand(['check', 'a', '--max-nodes', '800'], t), UsageError, 'not on check');
    assert.match(commandHelp('plan', t), /--max-nodes N +The core \+ task node limit technical support raised/);
  });

  it('reads positive numbers, fractions included', () => {
    assert.equal(positiveNumber({}, 'timeout', 60, t), 60);
    assert.equal(positiveNumber({ timeout: '0.5' }, 'timeout', 60, t), 0.5);
    for (const bad of ['0', '-1', 'x', '']) {
      assert.throws(() => positiveNumber({ timeout: bad }, 'timeout', 60, t), UsageError, bad);
    }
  });

  it('has a help text for the program and each subcommand, listing every option', () => {
    assert.match(programHelp(t), /^Usage: mrs-resize <command>/);
    for (const c of COMMANDS) {
      assert.match(programHelp(t), new RegExp(`^  ${c} `, 'm'));
      assert.match(commandHelp(c, t), new RegExp(`^Usage: mrs-resize ${c}`));
      assert.match(commandHelp(c, t), /--help/);
    }
    assert.match(commandHelp('apply', t), /--timeout MIN/);
  });
});
