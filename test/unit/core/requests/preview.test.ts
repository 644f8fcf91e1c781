// The one text of a request before it is sent (plan and the request file's Preview): method, URL,
// headers in the order sent with every secret named and never filled, the exact body or the errors.
import assert from 'node:assert/strict';
import type { RequestPreview } from '../../../../src/core/api/requestPreview';
import { previewDocument, requestJson, requestLines } from '../../../../src/core/requests/preview';
import { englishTranslate as t } from '../../../../src/core/translate';

const body = {
  parameters: { scale_type: 'scale_out' as const, node_id: 'node_orderadd', node_group: 'core', instances: 2 },
};
const preview: RequestPreview = {
  method: 'PUT',
  url: 'https://mrs.example/v1.1/p/cluster_infos/c1',
  headers: [
    { name: 'Content-Type', shown: 'value', value: 'application/json;charset=UTF-8' },
    { name: 'X-Sdk-Date', shown: 'whenSent' },
    { name: 'Authorization', shown: 'secret' },
  ],
  body,
};

describe('requests: the request preview', () => {
  it('shows method, URL, each header in order (a secret named, not filled), then the exact body', () => {
    assert.deepEqual(requestLines(preview, t), [
      'PUT https://mrs.example/v1.1/p/cluster_infos/c1',
      'Content-Type: application/json;charset=UTF-8',
      'X-Sdk-Date: … (set when it is sent)',
      'Authorization: … (secret: added when it is sent, never shown)',
      '',
      JSON.stringify(body, null, 2),
    ]);
  });

  it('the Preview document puts the change on top; without a body it lists the errors instead', () => {
    const text = previewDocument(preview, '3 → 5 core nodes', [], t);
    assert.ok(text.startsWith('# 3 → 5 core nodes\n\nPUT https://mrs.example/'), text);
    assert.ok(text.endsWith(`${JSON.stringify(body, null, 2)}\n`));
    const broken = previewDocument({ ...preview, body: undefined }, undefined, ['8:20 Too many.'], t);
    assert.ok(broken.startsWith('PUT '), broken);
    assert.match(broken, /\n\nNo request body while an error stands\.\n {2}8:20 Too many\.\n$/);
  });

  it('--json: the shown header values, and the names of those not shown', () => {
    assert.deepEqual(requestJson(preview), {
      method: 'PUT',
      url: preview.url,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      notShown: ['X-Sdk-Date', 'Authorization'],
      body,
    });
  });
});
