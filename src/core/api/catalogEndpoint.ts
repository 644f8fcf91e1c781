// The client's codes for an endpoint that is not MRS: a web page, a redirect, JSON of another API, a
// TLS failure. Each says what was found and names the setting to check, in one line; {host}, {status}
// and {location} are filled in from the error by explainError.
import { entry, type CatalogEntry } from './catalogEntry';
import { NOT_MRS_CODES } from './errors';

const CHECK_EN = 'check the endpoint setting of the connection.';
const CHECK_ZH = '请检查连接的终端节点设置。';
const DEFAULT_EN = "Leave the MRS and IAM endpoints empty to use the region's defaults";
const DEFAULT_ZH = 'MRS和IAM终端节点留空即使用区域的默认值';

export const ENDPOINT_CODES: Readonly<Record<string, CatalogEntry>> = {
  [NOT_MRS_CODES.htmlPage]: entry(
    `{host} answered HTTP {status} with a web page (HTML), not the MRS API: ${CHECK_EN}`,
    `${DEFAULT_EN}; a wrong URL, a proxy or a sign-in page sends HTML. The log shows the start of the page.`,
    `{host} 返回了 HTTP {status} 网页（HTML），不是MRS API的应答：${CHECK_ZH}`,
    `${DEFAULT_ZH}；URL错误、代理或登录页面会返回HTML。日志中有网页的开头部分。`,
  ),
  [NOT_MRS_CODES.redirect]: entry(
    `{host} redirects (HTTP {status}) to {location}, which the MRS API never does: ${CHECK_EN}`,
    `Redirects are not followed, so that signatures and tokens only go to the endpoint. ${DEFAULT_EN}, or give the MRS address itself.`,
    `{host} 重定向（HTTP {status}）到 {location}，MRS API不会重定向：${CHECK_ZH}`,
    `为使签名和Token只发往终端节点，不会跟随重定向。${DEFAULT_ZH}，或直接填写MRS的地址。`,
  ),
  [NOT_MRS_CODES.notMrsJson]: entry(
    `{host} answered HTTP {status} with JSON that is not an MRS answer: ${CHECK_EN}`,
    `${DEFAULT_EN}; the log shows the start of the answer.`,
    `{host} 返回了 HTTP {status} JSON，但不是MRS的应答：${CHECK_ZH}`,
    `${DEFAULT_ZH}；日志中有应答的开头部分。`,
  ),
  [NOT_MRS_CODES.tlsNotHttps]: entry(
    `{host} does not answer HTTPS (the TLS handshake failed): ${CHECK_EN}`,
    'Check the address and port of the endpoint: https:// for MRS; http:// only on this computer (the emulator).',
    `{host} 没有以HTTPS应答（TLS握手失败）：${CHECK_ZH}`,
    '请检查终端节点的地址和端口：MRS使用 https://；http:// 仅用于本机（模拟器）。',
  ),
  [NOT_MRS_CODES.bodyTooLarge]: entry(
    `{host} sent an answer (HTTP {status}) far larger than any MRS or IAM answer, so it was not read: ${CHECK_EN}`,
    `${DEFAULT_EN}; a wrong URL or a proxy can send a large file. It is not tried again: the same answer would be refused again. The log shows the size limit of the call.`,
    `{host} 返回的应答（HTTP {status}）远大于任何MRS或IAM应答，因此未读取：${CHECK_ZH}`,
    `${DEFAULT_ZH}；URL错误或代理可能返回大文件。不会自动重试：同样的应答会再次被拒绝。日志中有该请求的大小上限。`,
  ),
  [NOT_MRS_CODES.tlsCertificate]: entry(
    `The TLS certificate of {host} is not trusted (self-signed, expired or for another name): ${CHECK_EN}`,
    `${DEFAULT_EN} (their certificates are trusted); behind a proxy that inspects TLS, this computer must trust the proxy's certificate.`,
    `{host} 的TLS证书不受信任（自签名、已过期或域名不符）：${CHECK_ZH}`,
    `${DEFAULT_ZH}（其证书受信任）；如果代理会检查TLS流量，本机需要信任该代理的证书。`,
  ),
};
