// package.json ↔ code: commands, %key% strings and runtime l10n strings must agree.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_IDS } from '../../src/vscode/commands/ids';

const root = path.resolve(__dirname, '../../..');
const readJson = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

interface Manifest {
  engines: { vscode: string };
  activationEvents?: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus?: Record<string, { command?: string; submenu?: string }[]>;
  };
}

const manifest = readJson('package.json') as Manifest;
const nls = readJson('package.nls.json') as Record<string, string>;
const nlsZh = readJson('package.nls.zh-cn.json') as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(root, dir, f));
}

/** The first argument of every `l10n.t(...)` call that is a string literal. */
function l10nStrings(): Set<string> {
  const found = new Set<string>();
  const call = /(?:l10n\.t|\bt)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (const file of sourceFiles('src')) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(call)) {
      found.add(m[2].replace(/\\(.)/g, '$1'));
    }
  }
  return found;
}

describe('manifest', () => {
  it('contributes exactly the commands the code registers', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, [...COMMAND_IDS].sort());
  });

  it('runs only registered commands from tree rows, CodeLenses and status bar items (they do not import the ids)', () => {
    const views = ['mrs.clusters.focus', 'mrs.operations.focus'];
    const known = new Set<string>([...COMMAND_IDS, ...views]);
    const used = sourceFiles('src/vscode')
      .filter((f) => !f.includes(`${path.sep}commands${path.sep}`))
      .flatMap((f) =>
        [...fs.readFileSync(f, 'utf8').matchAll(/command(?::\s*|\s*=\s*)'(mrs\.[^']+)'/g)].map((m) => m[1]),
      );
    assert.ok(used.length > 0, 'the check found the command ids it is about');
    assert.deepEqual(
      used.filter((id) => !known.has(id)),
      [],
    );
  });

  it('only refers to contributed commands from menus', () => {
    const known = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus ?? {})) {
      for (const item of items) {
        if (item.command) {
          assert.ok(known.has(item.command), `${menu} → ${item.command}`);
        }
      }
    }
  });

  it('names every command mrs.<noun>.<verb> with a localised title', () => {
    for (const c of manifest.contributes.commands) {
      assert.match(c.command, /^mrs\.[a-zA-Z]+\.[a-zA-Z]+$/);
      assert.match(c.title, /^%.+%$/, `${c.command} title goes through package.nls.json`);
    }
  });

  it('has an English and a zh-cn string for every %key%', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 0);
    for (const k of keys) {
      assert.ok(nls[k]?.trim(), `package.nls.json lacks ${k}`);
      assert.ok(nlsZh[k]?.trim(), `package.nls.zh-cn.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort(), 'both nls files have the same keys');
    assert.deepEqual(
      Object.keys(nls).filter((k) => !keys.includes(k)),
      [],
      'no unused nls keys',
    );
  });

  it('has a zh-cn translation for every vscode.l10n.t string, and no stale ones', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const used = l10nStrings();
    assert.ok(used.size > 0);
    for (const s of used) {
      assert.ok(bundle[s]?.trim(), `l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
    }
    assert.deepEqual(
      Object.keys(bundle).filter((k) => !used.has(k)),
      [],
      'no stale translations',
    );
  });

  it('keeps Chinese punctuation inside Chinese text (：（）， not :(),)', () => {
    const asciiNextToHan = /[\u4e00-\u9fff][:;,!?()]|[:;,!?()][\u4e00-\u9fff]/;
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const offenders = [...Object.values(bundle), ...Object.values(nlsZh)].filter((v) => asciiNextToHan.test(v));
    assert.deepEqual(offenders, []);
  });

  it('keeps the placeholders of every translation', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const holes = (s: string): string =>
      [...s.matchAll(/\{\d+\}/g)]
        .map((m) => m[0])
        .sort()
        .join();
    for (const [en, zh] of Object.entries(bundle)) {
      assert.equal(holes(zh), holes(en), en);
    }
  });

  it('is ready for the marketplace: a 128 px PNG icon, a banner, no made-up repository', () => {
    const m = manifest as Manifest & { icon?: string; galleryBanner?: { color?: string }; repository?: unknown };
    assert.ok(m.icon, 'an icon');
    const png = fs.readFileSync(path.join(root, m.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, 'at least 128 × 128');
    assert.match(m.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.equal(m.repository, undefined, 'no repository field until there is a real one');
  });

  it('runs on VS Code 1.100 (the offline test host) and activates lazily', () => {
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.\d+$/);
    assert.ok(Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)?.[1]) <= 100);
    assert.ok(!(manifest.activationEvents ?? []).includes('*'), 'no eager activation');
  });

  it('gives request files a language of their own, served by VS Code JSON features, and activates on it only', () => {
    const m = manifest as unknown as {
      contributes: {
        languages: { id: string; filenamePatterns?: string[]; configuration?: string }[];
        grammars: { language: string; path: string }[];
        jsonLanguageParticipants: { languageId: string; comments?: boolean }[];
        jsonValidation: { fileMatch: string }[];
        configurationDefaults: Record<string, unknown>;
      };
    };
    assert.deepEqual(manifest.activationEvents, ['onLanguage:mrs-resize'], 'no activation on json or jsonc');
    const language = m.contributes.languages.find((l) => l.id === 'mrs-resize');
    assert.deepEqual(language?.filenamePatterns, ['*.mrs-resize.json']);
    assert.ok(!m.contributes.languages.some((l) => l.id === 'json' || l.id === 'jsonc'), 'no JSON language claimed');
    assert.deepEqual(m.contributes.jsonLanguageParticipants, [{ languageId: 'mrs-resize', comments: true }]);
    assert.ok(m.contributes.grammars.some((g) => g.language === 'mrs-resize'));
    // What VS Code JSON features set for json and jsonc: a completion replaces the whole string.
    assert.deepEqual(m.contributes.configurationDefaults['[mrs-resize]'], {
      'editor.quickSuggestions': { strings: true },
      'editor.suggest.insertMode': 'replace',
    });
    const shipped = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const file of [language?.configuration, ...m.contributes.grammars.map((g) => g.path)]) {
      assert.ok(file && fs.existsSync(path.join(root, file)), `${file} exists`);
      assert.ok(shipped.includes(`!${file.replace(/^\.\//, '')}`), `${file} is in the .vsix`);
    }
    // VS Code JSON features decide comments and trailing commas by the schema for a participant language.
    for (const schema of ['schemas/mrs-resize.schema.json', 'schemas/mrs-resize.schema.zh-cn.json']) {
      const s = readJson(schema) as { allowComments?: boolean; allowTrailingCommas?: boolean };
      assert.equal(s.allowComments, true, schema);
      assert.equal(s.allowTrailingCommas, true, schema);
    }
  });
});
