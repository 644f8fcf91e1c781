// package.json's getting-started walkthrough (contributes.walkthroughs) ↔ the files, commands, views and
// context keys it names. The %key% texts themselves are checked by manifest.test.ts (en and zh-cn).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TRACKED_STEPS, WALKTHROUGH_ID, WALKTHROUGH_KEYS } from '../../src/vscode/walkthrough/progress';

const root = path.resolve(__dirname, '../../..');
const readJson = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; altText?: string; markdown?: string; svg?: string };
  completionEvents?: string[];
}
interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    walkthroughs?: { id: string; title: string; description: string; steps: Step[] }[];
  };
}

const manifest = readJson('package.json') as Manifest;
const nls = readJson('package.nls.json') as Record<string, string>;
const nlsZh = readJson('package.nls.zh-cn.json') as Record<string, string>;
const commands = new Set(manifest.contributes.commands.map((c) => c.command));
const views = Object.values(manifest.contributes.views).flatMap((vs) => vs.map((v) => v.id));
/** Commands VS Code makes or has: each view's focus command, and the chat. */
const BUILT_IN = new Set([...views.map((v) => `${v}.focus`), 'workbench.action.chat.open']);

/** What a manifest string is in each language: a %key% through both nls files, else itself. */
function inBothLanguages(value: string): [string, string] {
  const key = /^%(.+)%$/.exec(value)?.[1];
  return key ? [nls[key], nlsZh[key]] : [value, value];
}

/** The files `.vscodeignore` (all ignored, then an allow-list of `!pattern`) lets into the .vsix. */
function shipped(file: string): boolean {
  const patterns = fs
    .readFileSync(path.join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1).trim());
  const regex = (p: string) =>
    new RegExp(
      `^${p
        .split('**')
        .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
        .join('.*')}$`,
    );
  return patterns.some((p) => regex(p).test(file));
}

/** The command ids of the `[label](command:id?args)` links of a text. */
function commandLinks(text: string): string[] {
  return [...text.matchAll(/\]\(command:(?:toSide:)?([^)?]+)/g)].map((m) => m[1]);
}

const walkthroughs = manifest.contributes.walkthroughs ?? [];
const steps = walkthroughs.flatMap((w) => w.steps);

describe('the getting-started walkthrough', () => {
  it('is one walkthrough: connect, find a cluster, the form, a request file, mrs-resize, the agent', () => {
    assert.equal(walkthroughs.length, 1);
    assert.deepEqual(
      steps.map((s) => s.id),
      ['connect', 'findCluster', 'resizeForm', 'requestFile', 'runCli', 'askAgent'],
    );
    assert.equal(inBothLanguages(walkthroughs[0].title)[0], 'Resize MRS Clusters');
  });

  it('says everything through package.nls (en and zh-cn): titles, descriptions, alt texts', () => {
    const w = walkthroughs[0];
    const altTexts = steps.flatMap((s) => (s.media.image ? [s.media.altText ?? '(none)'] : []));
    assert.ok(altTexts.length > 0);
    for (const text of [w.title, w.description, ...steps.flatMap((s) => [s.title, s.description]), ...altTexts]) {
      assert.match(text, /^%.+%$/);
    }
    for (const s of steps) {
      const [en, zh] = inBothLanguages(s.description);
      assert.notEqual(zh, en, `${s.id} has a Chinese description`);
    }
  });

  it('shows an image with an alt text, or a Markdown page, on every step; each file exists and ships in the .vsix', () => {
    assert.ok(steps.length > 0);
    for (const s of steps) {
      const file = s.media.image ?? s.media.markdown;
      assert.ok(file, `${s.id} has an image or a Markdown page`);
      assert.equal(s.media.svg, undefined);
      if (s.media.image) {
        assert.ok(s.media.altText, `${s.id}'s image has an alt text`);
      }
      for (const f of inBothLanguages(file)) {
        assert.ok(fs.existsSync(path.join(root, f)), `${s.id}: ${f} exists`);
        assert.ok(shipped(f), `${s.id}: ${f} is in the .vsix (.vscodeignore)`);
      }
    }
  });

  it('shows the Chinese screenshots of the form, of mrs-resize in the terminal and of the chat, in Chinese', () => {
    const media = (id: string) => inBothLanguages(steps.find((s) => s.id === id)?.media.image ?? '');
    assert.deepEqual(media('resizeForm'), ['docs/images/resize-form.jpg', 'docs/images/resize-form-zh-cn.jpg']);
    assert.deepEqual(media('runCli'), [
      'docs/images/mrs-resize-terminal.jpg',
      'docs/images/mrs-resize-terminal-zh-cn.jpg',
    ]);
    assert.deepEqual(media('askAgent'), [
      'docs/images/agent-confirmation.jpg',
      'docs/images/agent-confirmation-zh-cn.jpg',
    ]);
  });

  it('checks a step off only on what the step asks: contributed commands and views, or a context key the extension sets', () => {
    const keys = new Set<string>(Object.values(WALKTHROUGH_KEYS));
    const usedKeys = new Set<string>();
    for (const s of steps) {
      assert.ok(s.completionEvents?.length, `${s.id} has completion events`);
      for (const event of s.completionEvents ?? []) {
        const [, kind, what] = /^(\w+):(.+)$/.exec(event) ?? [];
        if (kind === 'onCommand') {
          assert.ok(commands.has(what) || BUILT_IN.has(what), `${s.id}: ${event} is a contributed command`);
        } else if (kind === 'onView') {
          assert.ok(views.includes(what), `${s.id}: ${event} is a contributed view`);
        } else {
          assert.equal(kind, 'onContext', `${s.id}: ${event}`);
          assert.ok(keys.has(what), `${s.id}: ${event} is a key that src/vscode/walkthrough sets`);
          usedKeys.add(what);
        }
      }
    }
    assert.deepEqual([...usedKeys].sort(), [...keys].sort(), 'every key the extension sets checks a step off');
  });

  it('is the walkthrough and the steps that the extension checks off itself (progress.ts)', () => {
    assert.deepEqual(
      manifest.contributes.walkthroughs?.map((w) => w.id),
      [WALKTHROUGH_ID],
    );
    for (const step of TRACKED_STEPS) {
      assert.ok(
        steps.some((s) => s.id === step),
        `${step} is a step of the walkthrough`,
      );
    }
  });

  it('links only to contributed commands (or views and the chat), the same ones in both languages', () => {
    assert.ok(steps.length > 0);
    for (const s of steps) {
      const [en, zh] = inBothLanguages(s.description).map(commandLinks);
      assert.ok(en.length > 0, `${s.id} has a button`);
      assert.deepEqual(zh, en, `${s.id}: the Chinese description has the same links`);
      for (const id of en) {
        assert.ok(commands.has(id) || BUILT_IN.has(id), `${s.id}: command:${id} is contributed`);
      }
    }
  });
});
