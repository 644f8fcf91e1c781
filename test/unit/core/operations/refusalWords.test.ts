// What the user reads when the PUT fails without a code the catalog knows: the catalog's words for
// the kind in the UI language, never the error's own English (method, path, "network error (…)").
import assert from 'node:assert/strict';
import { MrsApiError } from '../../../../src/core/api/errors';
import { ResizeRefusedError } from '../../../../src/core/operations';
import { clusterOf } from '../resize/clusters';
import { zhTranslate } from '../../../support/unit/zhTranslate';
import { FakeClient } from './fakeClient';
import { harness } from './lifecycleHarness';

const PATH = '/v1.1/p/cluster_infos/c1';
const networkError = () =>
  new MrsApiError(`PUT ${PATH} network error (ECONNREFUSED)`, { kind: 'network', method: 'PUT', path: PATH });
const uncatalogued409 = () =>
  new MrsApiError(`PUT ${PATH} HTTP 409`, { kind: 'conflict', status: 409, method: 'PUT', path: PATH });

async function refusalOf(error: MrsApiError, language: 'en' | 'zh-cn') {
  const client = new FakeClient([clusterOf()]);
  client.onResize = () => Promise.reject(error);
  const h = harness(client, true, language === 'zh-cn' ? { t: zhTranslate, language: () => 'zh-cn' } : {});
  let thrown: unknown;
  await h.start().catch((e: unknown) => (thrown = e));
  assert.ok(thrown instanceof ResizeRefusedError, String(thrown));
  const record = h.history.get('op-1');
  assert.equal(record?.message, thrown.message, 'the record says what the user was told');
  return { state: record?.state, message: thrown.message };
}

describe('a failed PUT without a catalogued code, in the words of the catalog', () => {
  it('says in Chinese that the request could not be sent, and why, without the English of code', async () => {
    const r = await refusalOf(networkError(), 'zh-cn');
    assert.equal(r.state, 'notSent');
    assert.equal(r.message, '扩缩容请求未能发出：无法连接服务端。请检查网络、代理和终端节点。');
  });

  it('says in English that the request could not be sent, without the kind, the method or the path', async () => {
    const r = await refusalOf(networkError(), 'en');
    assert.equal(
      r.message,
      'The resize request could not be sent: Could not reach the server. Check the network, the proxy and the endpoint.',
    );
  });

  it('names the HTTP status of a refusal whose code the catalog does not know, not the kind', async () => {
    const zh = await refusalOf(uncatalogued409(), 'zh-cn');
    assert.equal(zh.state, 'refused');
    assert.equal(
      zh.message,
      'MRS拒绝了扩缩容请求（HTTP 409）：集群忙或当前状态不允许此操作。请刷新，并等待集群变为运行中。',
    );
    const en = await refusalOf(uncatalogued409(), 'en');
    assert.equal(
      en.message,
      'MRS refused the resize (HTTP 409): The cluster is busy or not in a state that allows this. Refresh and wait until the cluster is running.',
    );
  });
});
