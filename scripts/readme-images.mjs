// Copies the e2e screenshots that the README shows from test-results/e2e (run `npm test` first) to
// docs/images as JPEG (quality 70), small enough to ship in the .vsix for the extension's page and its
// getting-started walkthrough (package.json contributes.walkthroughs); some cut to the part that
// matters (`clip`). Run by hand: `node scripts/readme-images.mjs`.
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
  // The wizard's last step and the Clusters view's welcome, without the empty editor area.
  'add-connection.jpg': { source: 'journey-a-2-tested.png', clip: { x: 0, y: 0, width: 960, height: 304 } },
  // mrs-resize plan and apply in VS Code's terminal, beside the Operations view (the walkthrough's step).
  'mrs-resize-terminal.jpg': {
    source: 'walkthrough-mrs-resize.png',
    clip: { x: 48, y: 180, width: 1232, height: 600 },
  },
  'mrs-resize-terminal-zh-cn.jpg': {
    source: 'walkthrough-mrs-resize-zh-cn.png',
    clip: { x: 48, y: 180, width: 1232, height: 600 },
  },
  // VS Code's own confirmation of mrs_applyResize in the chat (test/e2e/agentChat.test.mjs): the chat only.
  'agent-confirmation.jpg': { source: 'agent-chat-confirmation.png', clip: { x: 561, y: 35, width: 719, height: 740 } },
  'agent-confirmation-zh-cn.jpg': {
    source: 'agent-chat-confirmation-zh-cn.png',
    clip: { x: 561, y: 35, width: 719, height: 740 },
  },
};

const from = path.join(root, 'test-results', 'e2e');
const to = path.join(root, 'docs', 'images');
fs.mkdirSync(to, { recursive: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const [target, image] of Object.entries(README_IMAGES)) {
    const { source, clip } = typeof image === 'string' ? { source: image } : image;
    const file = path.join(from, source);
    if (!fs.existsSync(file)) {
      console.log(`skipped ${target}: ${source} is missing (run npm test first)`);
      continue;
    }
    const data = fs.readFileSync(file).toString('base64');
    await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}"></body>`);
    const jpeg = { path: path.join(to, target), type: 'jpeg', quality: 70 };
    await (clip ? page.screenshot({ ...jpeg, clip }) : page.locator('img').screenshot(jpeg));
    console.log(`wrote docs/images/${target}`);
  }
} finally {
  await browser.close();
}
