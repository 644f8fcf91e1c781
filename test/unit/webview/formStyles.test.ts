// The resize form's stylesheet against VS Code's themes: every text colour it sets reads at 4.5:1 or
// more (WCAG AA), every icon at 3:1, and errors, warnings, notes, success and progress each have an
// icon of their own, so that High Contrast (where their colours meet) still tells them apart.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const css = fs.readFileSync(path.join(process.cwd(), 'media', 'resizeForm.css'), 'utf8');

/**
 * The theme variables the form uses, as VS Code 1.100 resolves them (the theme's file, else the colour
 * registry's default for the theme's kind; absent where the registry gives none). A variable missing
 * here fails the test: add its value from the themes (extensions/theme-defaults/themes/*.json).
 */
const THEMES: Record<string, Record<string, string | null>> = {
  'Light Modern': {
    'editor-background': '#FFFFFF',
    foreground: '#3B3B3B',
    descriptionForeground: '#3B3B3B',
    errorForeground: '#F85149',
    'editorError-foreground': '#E51400',
    'editorWarning-foreground': '#BF8803',
    'list-warningForeground': '#855F00',
    'editorInfo-foreground': '#1A85FF',
    'charts-green': '#388A34',
    'progressBar-background': '#005FB8',
    'input-foreground': '#3B3B3B',
    'input-background': '#FFFFFF',
    'button-foreground': '#FFFFFF',
    'button-background': '#005FB8',
    'textCodeBlock-background': '#F8F8F8',
  },
  'Dark Modern': {
    'editor-background': '#1F1F1F',
    foreground: '#CCCCCC',
    descriptionForeground: '#9D9D9D',
    errorForeground: '#F85149',
    'editorError-foreground': '#F14C4C',
    'editorWarning-foreground': '#CCA700',
    'list-warningForeground': '#CCA700',
    'editorInfo-foreground': '#3794FF',
    'charts-green': '#89D185',
    'progressBar-background': '#0078D4',
    'input-foreground': '#CCCCCC',
    'input-background': '#313131',
    'button-foreground': '#FFFFFF',
    'button-background': '#0078D4',
    'textCodeBlock-background': '#0A0A0A66',
  },
  'Dark High Contrast': {
    'editor-background': '#000000',
    foreground: '#FFFFFF',
    descriptionForeground: '#FFFFFFB3',
    errorForeground: '#F48771',
    'editorError-foreground': '#F48771',
    'editorWarning-foreground': '#FFD370',
    'list-warningForeground': null,
    'editorInfo-foreground': '#3794FF',
    'charts-green': '#89D185',
    'progressBar-background': '#6FC3DF',
    'input-foreground': '#FFFFFF',
    'input-background': '#000000',
    'button-foreground': '#FFFFFF',
    'button-background': null,
    'textCodeBlock-background': '#000000',
  },
  'Light High Contrast': {
    'editor-background': '#FFFFFF',
    foreground: '#292929',
    descriptionForeground: '#292929B3',
    errorForeground: '#B5200D',
    'editorError-foreground': '#B5200D',
    'editorWarning-foreground': '#895503',
    'list-warningForeground': null,
    'editorInfo-foreground': '#1A85FF',
    'charts-green': '#374E06',
    'progressBar-background': '#0F4A85',
    'input-foreground': '#292929',
    'input-background': '#FFFFFF',
    'button-foreground': '#FFFFFF',
    'button-background': '#0F4A85',
    'textCodeBlock-background': '#F2F2F2',
  },
};

interface Rule {
  readonly selector: string;
  readonly decls: Readonly<Record<string, string>>;
}

function rules(text: string): Rule[] {
  const out: Rule[] = [];
  for (const m of text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls: Record<string, string> = {};
    for (const d of m[2].split(';')) {
      const i = d.indexOf(':');
      if (i > 0) {
        decls[d.slice(0, i).trim()] = d.slice(i + 1).trim();
      }
    }
    for (const selector of m[1].split(',')) {
      out.push({ selector: selector.trim(), decls });
    }
  }
  return out;
}

type Rgb = readonly [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** A colour of the theme over a background (alpha composited), as RGB. */
function over(hex: string, background: Rgb): Rgb {
  const alpha = hex.length === 9 ? parseInt(hex.slice(7), 16) / 255 : 1;
  return rgb(hex).map((c, i) => Math.round(c * alpha + background[i] * (1 - alpha))) as unknown as Rgb;
}

function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** `var(--vscode-x, var(--vscode-y, transparent))` in a theme: the first variable it defines. */
function resolve(value: string, theme: Record<string, string | null>): string | undefined {
  for (const m of value.matchAll(/var\(--vscode-([\w-]+)|(#[0-9a-fA-F]{6}\b)|\b(transparent)\b/g)) {
    if (m[1] !== undefined) {
      assert.ok(m[1] in theme, `the test does not know --vscode-${m[1]}: add it to THEMES`);
      const v = theme[m[1]];
      if (v) {
        return v;
      }
    } else {
      return m[2] ?? undefined;
    }
  }
  return undefined;
}

const all = rules(css);
const isIcon = (r: Rule) => /::(before|after)/.test(r.selector);

describe('resize form stylesheet', () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    const page = rgb(theme['editor-background'] ?? '#000000');

    it(`${name}: every text colour reads at 4.5:1 or more against its background`, () => {
      const low: string[] = [];
      for (const r of all.filter((x) => x.decls.color && !isIcon(x))) {
        const bgValue = r.decls.background ?? r.decls['background-color'];
        const bgHex = bgValue ? resolve(bgValue, theme) : undefined;
        const background = bgHex ? over(bgHex, page) : page;
        const fg = resolve(r.decls.color, theme);
        if (fg === undefined) {
          continue; // inherits
        }
        const ratio = contrast(over(fg, background), background);
        if (ratio < 4.5) {
          low.push(`${r.selector} { color: ${r.decls.color} } = ${ratio.toFixed(2)}:1`);
        }
      }
      assert.deepEqual(low, []);
    });

    it(`${name}: every icon reads at 3:1 or more`, () => {
      const low = all
        .filter((r) => isIcon(r) && r.decls.color)
        .flatMap((r) => {
          const fg = resolve(r.decls.color, theme);
          const ratio = fg ? contrast(over(fg, page), page) : 21;
          return ratio < 3 ? [`${r.selector} = ${ratio.toFixed(2)}:1`] : [];
        });
      assert.deepEqual(low, []);
    });
  }

  it('gives valid, warning, error, progress and note an icon each, all different', () => {
    const glyphs = ['valid', 'warning', 'error', 'progress', 'info'].map((tone) => {
      const rule = all.find((r) => r.selector === `.tone-${tone}::before` && r.decls.content);
      assert.ok(rule, `.tone-${tone}::before has an icon`);
      return rule.decls.content;
    });
    assert.equal(new Set(glyphs).size, glyphs.length, glyphs.join(' '));
  });

  it('colours no text with a chart colour (those are for the picture’s bars)', () => {
    const texts = all.filter((r) => !isIcon(r) && /--vscode-charts-/.test(r.decls.color ?? ''));
    assert.deepEqual(
      texts.map((r) => r.selector),
      [],
    );
  });
});
