import * as assert from 'node:assert/strict';
import { cliConnection, cliLanguage, cliTranslate, useColour } from '../../../src/cli/environment';

describe('cli/environment', () => {
  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(cliLanguage({ LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(cliLanguage({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }), 'en');
    assert.equal(cliLanguage({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN' }), 'zh-cn');
    assert.equal(cliLanguage({ LC_ALL: '', LANG: 'zh_CN' }), 'zh-cn', 'an empty variable is not set');
    assert.equal(cliLanguage({}), 'en');
  });

  it('translates through the extension bundle in Chinese only', () => {
    assert.equal(cliTranslate('zh-cn')('running'), '运行中');
    assert.equal(cliTranslate('en')('running'), 'running');
    assert.equal(cliTranslate('en')('Usage: {0}', 'x'), 'Usage: x');
  });

  it('colours only a terminal, never with a non-empty NO_COLOR', () => {
    assert.equal(useColour({ isTTY: true }, {}), true);
    assert.equal(useColour({ isTTY: false }, {}), false);
    assert.equal(useColour({}, {}), false);
    assert.equal(useColour({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(useColour({ isTTY: true }, { NO_COLOR: '' }), true);
  });

  it('builds the Environment connection from HUAWEICLOUD_SDK_*; --region and --project-id win', () => {
    const env = {
      HUAWEICLOUD_SDK_AK: 'AKAKAKAKAKAKAKAKAKAK',
      HUAWEICLOUD_SDK_SK: 'SKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSK',
      HUAWEICLOUD_SDK_REGION: 'cn-north-4',
      HUAWEICLOUD_SDK_PROJECT_ID: 'p1',
      HUAWEICLOUD_SDK_MRS_ENDPOINT: 'http://127.0.0.1:9',
    };
    const found = cliConnection(env, {});
    assert.deepEqual(
      [found?.connection.name, found?.connection.region, found?.connection.projectId, found?.connection.mrsEndpoint],
      ['Environment', 'cn-north-4', 'p1', 'http://127.0.0.1:9'],
    );
    assert.equal(found?.credential.kind, 'aksk');
    const over = cliConnection(env, { region: 'cn-east-3', projectId: 'p2' });
    assert.deepEqual([over?.connection.region, over?.connection.projectId], ['cn-east-3', 'p2']);
    assert.equal(cliConnection({ ...env, HUAWEICLOUD_SDK_SK: '' }, {}), undefined);
    assert.equal(cliConnection({ ...env, HUAWEICLOUD_SDK_REGION: undefined }, {}), undefined);
    assert.equal(
      cliConnection({ ...env, HUAWEICLOUD_SDK_REGION: undefined }, { region: 'cn-north-4' })?.connection.region,
      'cn-north-4',
    );
  });
});
