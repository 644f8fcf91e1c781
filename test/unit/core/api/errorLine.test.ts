import assert from 'node:assert/strict';
import { errorFromResponse } from '../../../../src/core/api/errorBody';
import { errorLine } from '../../../../src/core/api/errorLine';
import { englishTranslate } from '../../../../src/core/translate';

describe('errorLine: whose words the server message is', () => {
  it('names IAM for an answer of an IAM path (/v3/…), MRS for the others', () => {
    const iam = errorFromResponse({
      status: 401,
      text: JSON.stringify({
        error: { code: 401, title: 'Unauthorized', message: 'The username or password is wrong.' },
      }),
      method: 'POST',
      path: '/v3/auth/tokens',
      requestId: null,
    });
    const iamLine = errorLine(iam, 'en', englishTranslate);
    assert.match(iamLine, /IAM says: “The username or password is wrong\.”$/, iamLine);
    assert.ok(!iamLine.includes('MRS says'), iamLine);

    // An IAM endpoint behind a gateway with a path prefix.
    const prefixed = errorFromResponse({
      status: 404,
      text: JSON.stringify({ error: { code: 404, title: 'Not Found', message: 'Could not find project.' } }),
      method: 'GET',
      path: '/iam/v3/projects',
      requestId: null,
    });
    assert.match(errorLine(prefixed, 'en', englishTranslate), /IAM says: “Could not find project\.”$/);

    const mrs = errorFromResponse({
      status: 400,
      text: JSON.stringify({ error_code: 'MRS.0011', error_msg: 'Invalid cluster name.' }),
      method: 'GET',
      path: '/v1.1/p/cluster_infos',
      requestId: null,
    });
    assert.match(errorLine(mrs, 'en', englishTranslate), /MRS says: “Invalid cluster name\.”$/);
  });
});
