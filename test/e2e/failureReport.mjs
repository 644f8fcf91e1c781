// Mocha root hook (loaded with --require): when an e2e test fails, every workbench still open is
// photographed to test-results/e2e/failed-<test>.png and the end of its extension log is printed,
// so a failure on a CI machine can be read without running it again.
import { openWorkbenches } from './workbench.mjs';

export const mochaHooks = {
  async afterEach() {
    if (this.currentTest?.state !== 'failed') {
      return;
    }
    const name = `failed-${this.currentTest.fullTitle().replace(/\W+/g, '-').slice(0, 120)}`;
    let n = 0;
    for (const wb of openWorkbenches) {
      const file = await wb.screenshot(n++ === 0 ? name : `${name}-${n}`).catch((e) => `(no screenshot: ${e.message})`);
      console.log(`--- ${this.currentTest.title}: screenshot ${file}`);
      console.log(`--- extension log (last 40 lines) ---\n${wb.extensionLog().split('\n').slice(-40).join('\n')}`);
    }
  },
};
