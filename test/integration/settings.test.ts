import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { migrateSettings } from '../../src/vscode/settings';
import { config, extensionApi } from './support';

describe('settings renamed from watch to follow', () => {
  after(async () => {
    for (const key of ['watch.intervalSeconds', 'follow.intervalSeconds']) {
      await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('moves a user value of mrs.watch.intervalSeconds to mrs.follow.intervalSeconds', async () => {
    const api = await extensionApi();
    await config().update('watch.intervalSeconds', 7, vscode.ConfigurationTarget.Global);
    await migrateSettings(api.log);
    assert.equal(config().inspect('follow.intervalSeconds')?.globalValue, 7);
    assert.equal(config().inspect('watch.intervalSeconds')?.globalValue, undefined);
  });
});
