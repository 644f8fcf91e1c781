// error_msg in the language of X-Language, as MRS answers (docs/mrs-api.md §1.4): zh-cn gives the
// doc's Chinese message of 表9 (XX and N filled in), en-us or no header the emulator's English.
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../emulator';
import { ZH_MESSAGES } from '../../../emulator/mrs/messagesZh';
import { RESIZE_DOC_CODES } from '../../fixtures/resizeErrorTable';
import { getToken, resizeBody, toCall, type Call } from './helpers';

describe('emulator: error_msg in the language of X-Language', () => {
  let emu: Emulator;
  let token: string;
  before(async () => {
    emu = await startEmulator({ quiet: true });
    token = await getToken(emu);
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  async function send(method: string, path: string, language: string | undefined, body?: object): Promise<Call> {
    const headers: Record<string, string> = {
      'X-Auth-Token': token,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(language ? { 'X-Language': language } : {}),
    };
    const url = emu.url + path.replace('{p}', emu.credentials.projectId);
    return toCall(await fetch(url, { method, headers, body: body && JSON.stringify(body) }));
  }
  const resize = (cluster: string, language: string | undefined, parameters: Record<string, unknown>) =>
    send('PUT', `/v1.1/{p}/cluster_infos/${emu.clusterIdByName(cluster) ?? cluster}`, language, resizeBody(parameters));
  const messageOf = (res: Call) => (res.json as { error_msg?: string }).error_msg;
  const codeOf = (res: Call) => (res.json as { error_code?: string }).error_code;

  it('holds the Chinese messages of the doc’s 表9, every code verbatim', () => {
    assert.deepEqual(Object.entries(ZH_MESSAGES).sort(), RESIZE_DOC_CODES.map((d) => [d.code, d.zh]).sort());
  });

  it('answers a refused resize in Chinese for zh-cn, in English for en-us and without the header', async () => {
    emu.setClusterState('analytics-prod', { clusterState: 'scaling-out' });
    const out = { scale_type: 'scale_out', node_group: 'core_node_analysis_group', instances: 1 };
    const [zh, en, none] = [
      await resize('analytics-prod', 'zh-cn', out),
      await resize('analytics-prod', 'en-us', out),
      await resize('analytics-prod', undefined, out),
    ];
    assert.deepEqual([zh.status, codeOf(zh)], [400, '12000018']);
    assert.equal(messageOf(zh), '缩容/扩容中的集群，不允许再次缩容/扩容。');
    assert.deepEqual([en.status, codeOf(en)], [400, '12000018']);
    assert.match(messageOf(en) ?? '', /^The cluster is being scaled/);
    assert.equal(messageOf(none), messageOf(en));
  });

  it('fills in the doc’s XX (the cluster) and N (the limit)', async () => {
    const noTask = await resize('etl-nightly', 'zh-cn', {
      scale_type: 'scale_in',
      node_group: 'task_node_default_group',
      instances: 1,
    });
    const id = emu.clusterIdByName('etl-nightly') ?? '';
    assert.deepEqual([codeOf(noTask), messageOf(noTask)], ['12000013', `${id}集群缩容失败。`]);
    const tooMany = await resize('analytics-prod', 'ZH-CN', {
      scale_type: 'scale_out',
      node_group: 'core_node_analysis_group',
      instances: 500,
    });
    assert.deepEqual([codeOf(tooMany), messageOf(tooMany)], ['12000028', '集群Core节点个数最多为500个。']);
  });

  it('answers the cluster reads in Chinese too (12000003)', async () => {
    const zh = await send('GET', '/v1.1/{p}/cluster_infos/no-such-cluster', 'zh-cn');
    assert.deepEqual([zh.status, codeOf(zh), messageOf(zh)], [400, '12000003', '集群不存在。']);
  });
});
