// Mocha's spec reporter that also writes {passed, failed, skipped} to $MRS_TEST_SUMMARY, so that
// `npm test` can add up every suite, including the one that runs inside the extension host.
const fs = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.MRS_TEST_SUMMARY;
      if (!file) {
        return;
      }
      const { passes, failures, pending } = runner.stats;
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = SummaryReporter;
