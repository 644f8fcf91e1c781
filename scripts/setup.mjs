// `npm run setup`: installs what `npm start` and `npm test` need. Safe to run again.
import { ensureAll } from './lib/setup.mjs';

try {
  ensureAll();
  console.log('[setup] done');
} catch (e) {
  console.error(`[setup] failed: ${e.message}`);
  process.exit(1);
}
