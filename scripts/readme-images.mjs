// Copies the e2e screenshots that the README shows from test-results/e2e (run `npm test` first) to
// docs/images as JPEG (quality 70), small enough to ship in the .vsix for the extension's page.
// Run by hand: `node scripts/readme-images.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/codeServer.mjs';
import { root } from './lib/setup.mjs';

export const README_IMAGES = {
  'clusters.jpg': 'mrs-tree-expanded.png',
  'resize-form.jpg': 'resize-form-light.png',
  'scale-in-confirmation.jpg': 'journey-c-3-confirm.png',
  'request-file.jpg': 'request-file-diagnostic.png',
  'resize-form-zh-cn.jpg': 'journey-f-2-done-zh-cn.png',
};

const from = path.join(root, 'test-results', 'e2e');
const to = path.join(root, 'docs', 'images');
fs.mkdirSync(to, { recursive: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const [target, source] of Object.entries(README_IMAGES)) {
    const file = path.join(from, source);
    if (!fs.existsSync(file)) {
      console.log(`skipped ${target}: ${source} is missing (run npm test first)`);
      continue;
    }
    const data = fs.readFileSync(file).toString('base64');
    await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}"></body>`);
    await page.locator('img').screenshot({ path: path.join(to, target), type: 'jpeg', quality: 70 });
    console.log(`wrote docs/images/${target}`);
  }
} finally {
  await browser.close();
}
