// Bundles the extension (Node, CommonJS, `vscode` external), the `mrs-resize` CLI (src/cli/main.ts →
// dist/cli.js, Node, no `vscode` at all) and every webview entry (webview/<panel>/main.ts →
// dist/webview/<panel>.js, browser). `--production` minifies and drops source maps; `--watch`
// rebuilds on change.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none' };

// node-fetch (under cross-fetch) takes URL from Node's `url` module and needs whatwg-url only on
// Node versions without it; whatwg-url would bring 270 KB of tr46 tables into the bundle.
const nodeUrlInsteadOfWhatwgUrl = {
  name: 'node-url-instead-of-whatwg-url',
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: 'whatwg-url', namespace: 'node-url' }));
    build.onLoad({ filter: /.*/, namespace: 'node-url' }, () => ({
      contents: 'module.exports = { URL: require("url").URL };',
      loader: 'js',
    }));
  },
};

function webviewEntries() {
  if (!fs.existsSync('webview')) {
    return {};
  }
  const entries = {};
  for (const dir of fs.readdirSync('webview', { withFileTypes: true })) {
    const main = path.join('webview', dir.name, 'main.ts');
    if (dir.isDirectory() && fs.existsSync(main)) {
      entries[dir.name] = main;
    }
  }
  return entries;
}

const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow: use its ESM build.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    plugins: [nodeUrlInsteadOfWhatwgUrl],
  },
  {
    ...common,
    // The CLI is a second composition root over the core: nothing may pull `vscode` in (no external).
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow: use its ESM build.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    define: { MRS_RESIZE_VERSION: JSON.stringify(JSON.parse(fs.readFileSync('package.json', 'utf8')).version) },
    plugins: [nodeUrlInsteadOfWhatwgUrl],
  },
];
const webviews = webviewEntries();
if (Object.keys(webviews).length > 0) {
  builds.push({
    ...common,
    entryPoints: webviews,
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
}

fs.rmSync('dist', { recursive: true, force: true, maxRetries: 3 });
fs.mkdirSync('dist/webview', { recursive: true });
if (watch) {
  for (const b of builds) {
    await (await esbuild.context(b)).watch();
  }
  console.log('[esbuild] watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
  console.log(`[esbuild] built ${builds.length} bundle(s)${production ? ' (production)' : ''}`);
}
