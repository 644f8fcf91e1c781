import assert from 'node:assert/strict';
import { errorFromResponse } from '../../../../src/core/api/errorBody';
import { errorLine } from '../../../../src/core/api/errorLine';
import { configurationError } from '../../../../src/core/api/errors';
import { JournalReadError } from '../../../../src/core/journal/FileJournal';
import { englishTranslate } from '../../../../src/core/translate';
import { zhTranslate } from '../../../support/unit/zhTranslate';

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

describe('errorLine: the catalog’s words, not the English of code', () => {
  const zh = (e: unknown) => errorLine(e, 'zh-cn', zhTranslate);

  it('explains a file system error by its code, also when another error wraps it', () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write '/j/op-1.json'"), {
      code: 'ENOSPC',
      syscall: 'write',
    });
    const denied = Object.assign(new Error("EACCES: permission denied, scandir '/j'"), {
      code: 'EACCES',
      syscall: 'scandir',
    });
    const odd = Object.assign(new Error("EIO: i/o error, read '/j/op-1.json'"), { code: 'EIO', syscall: 'read' });
    assert.equal(zh(full), '磁盘空间已满。（ENOSPC）');
    assert.equal(zh(new JournalReadError('/j', denied)), '文件系统拒绝访问（权限不足）。（EACCES）');
    assert.equal(zh(odd), '无法读写文件或文件夹。（EIO）');
    assert.equal(errorLine(full, 'en', englishTranslate), 'The disk is full. (ENOSPC)');
  });

  it('says "unexpected error" for a bug, and keeps a sentence of ours', () => {
    assert.equal(zh(new TypeError("Cannot read properties of undefined (reading 'x')")), '意外错误。');
    assert.equal(zh(new Error('本机未保存连接“prod”的凭证。')), '本机未保存连接“prod”的凭证。');
  });

  it('explains the configuration codes of the connection (no project, bad endpoint, http, bad region)', () => {
    const lines = ['CLIENT.NO_PROJECT', 'CLIENT.BAD_ENDPOINT', 'CLIENT.INSECURE_ENDPOINT', 'CLIENT.BAD_REGION'].map(
      (code) => zh(configurationError('Not a region id: cn north', code)),
    );
    assert.deepEqual(lines, [
      'IAM中没有与连接的区域同名的项目，无法确定项目ID，未向MRS发送任何请求。（CLIENT.NO_PROJECT）',
      '连接的终端节点不是有效的URL，或包含用户名、密码、查询参数或片段。（CLIENT.BAD_ENDPOINT）',
      '连接的终端节点未使用https；http仅可用于本机（模拟器）。（CLIENT.INSECURE_ENDPOINT）',
      '连接的区域不是有效的区域ID（例如 cn-north-4）。（CLIENT.BAD_REGION）',
    ]);
  });
});
