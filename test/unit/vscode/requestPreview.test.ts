// The Preview names the auth header but never fills it: no secret can reach the preview document.
import assert from 'node:assert/strict';
import { englishTranslate as t } from '../../../src/shared/translate';
import { previewText } from '../../../src/vscode/requestFiles/preview';

const body = {
  parameters: { scale_type: 'scale_out' as const, node_id: 'node_orderadd', node_group: 'core', instances: 2 },
};

describe('request files: preview', () => {
  it('shows method, URL, headers without secrets, the exact body and the change', () => {
    const text = previewText(
      {
        url: 'https://mrs.example/v1.1/p/cluster_infos/c1',
        authMethod: 'aksk',
        body,
        change: '3 → 5 core nodes',
        errors: [],
      },
      t,
    );
    const lines = text.split('\n');
    assert.equal(lines[0], '# 3 → 5 core nodes');
    assert.equal(lines[2], 'PUT https://mrs.example/v1.1/p/cluster_infos/c1');
    assert.ok(lines.includes('Content-Type: application/json;charset=UTF-8'));
    assert.match(text, /Authorization: SDK-HMAC-SHA256 … \(signed with the access key when sent; not shown\)/);
    assert.ok(text.includes(JSON.stringify(body, null, 2)));
    assert.doesNotMatch(text, /EMULATORSK|Credential=|Signature=/);
  });

  it('names the token header for a token or password connection, and lists errors instead of a body', () => {
    const text = previewText(
      { url: 'u', authMethod: 'token', body: undefined, change: undefined, errors: ['8:20 Too many.'] },
      t,
    );
    assert.match(text, /X-Auth-Token: … \(the user token is added when sent; not shown\)/);
    assert.match(text, /No request body while an error stands\.\n {2}8:20 Too many\./);
  });
});
