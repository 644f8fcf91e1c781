import * as assert from 'node:assert/strict';
import {
  doneSteps,
  walkthroughContext,
  walkthroughStepId,
  type WalkthroughFacts,
} from '../../../../src/vscode/walkthrough/progress';

const nothing: WalkthroughFacts = {
  connections: 0,
  clustersViewSeen: false,
  openDocuments: [],
  waysIn: [],
  agentToolRuns: 0,
};
const file = (p: string) => ({ scheme: 'file', path: p });

describe('walkthrough progress (the context keys that check its steps off)', () => {
  it('is all false before the user did anything', () => {
    assert.deepEqual(walkthroughContext(nothing), {
      'mrs.hasConnection': false,
      'mrs.savedRequestFileOpen': false,
      'mrs.cliResizeInJournal': false,
      'mrs.agentToolUsed': false,
    });
  });

  it('has a connection once one is configured or comes from the environment', () => {
    assert.equal(walkthroughContext({ ...nothing, connections: 1 })['mrs.hasConnection'], true);
  });

  it('keeps a request file only once it is saved: an untitled one or another JSON file does not count', () => {
    const open = (...docs: { scheme: string; path: string }[]) =>
      walkthroughContext({ ...nothing, openDocuments: docs })['mrs.savedRequestFileOpen'];
    assert.equal(open({ scheme: 'untitled', path: 'etl-nightly.mrs-resize.json' }), false);
    assert.equal(open(file('/w/package.json'), file('/w/etl-nightly.mrs-resize.json.bak')), false);
    assert.equal(open(file('/w/runbooks/etl-nightly.mrs-resize.json')), true);
    assert.equal(open({ scheme: 'vscode-remote', path: '/w/etl-nightly.mrs-resize.json' }), true);
  });

  it('has run mrs-resize when the journal holds a resize sent by the CLI, not by the editor', () => {
    const cli = (...waysIn: WalkthroughFacts['waysIn']) =>
      walkthroughContext({ ...nothing, waysIn })['mrs.cliResizeInJournal'];
    assert.equal(cli('form', 'palette', 'requestFile', 'agent', undefined), false);
    assert.equal(cli('form', 'cli'), true);
  });

  it('has asked the agent once one of the tools ran', () => {
    assert.equal(walkthroughContext({ ...nothing, agentToolRuns: 1 })['mrs.agentToolUsed'], true);
  });

  it('says which steps are done, for the extension to check off what VS Code did not see', () => {
    assert.deepEqual(doneSteps(nothing), []);
    assert.deepEqual(doneSteps({ ...nothing, connections: 1, clustersViewSeen: true }), ['connect', 'findCluster']);
    assert.deepEqual(
      doneSteps({
        ...nothing,
        openDocuments: [file('/w/a.mrs-resize.json')],
        waysIn: ['cli'],
        agentToolRuns: 2,
      }),
      ['requestFile', 'runCli', 'askAgent'],
    );
  });

  it("names a step as VS Code's getting-started service does: extension#walkthrough#step", () => {
    assert.equal(
      walkthroughStepId('mrs-explorer.mrs-explorer', 'connect'),
      'mrs-explorer.mrs-explorer#mrs.resize#connect',
    );
  });
});
