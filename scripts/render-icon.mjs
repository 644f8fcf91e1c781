// Renders media/icon.svg to media/icon.png (128×128, the marketplace icon) with the Chromium that
// setup installs. Run by hand after changing the SVG: `node scripts/render-icon.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/codeServer.mjs';
import { root } from './lib/setup.mjs';

const svg = fs.readFileSync(path.join(root, 'media', 'icon.svg'), 'utf8');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(root, 'media', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
