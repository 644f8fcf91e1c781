// What an API error means and what to do, in English and Simplified Chinese: first by error code
// (every code of the resize doc and of docs/mrs-api.md §5.2, plus the gateway codes), then by kind.
import { isCancelled } from '../errors';
import { GENERAL_CODES } from './catalogGeneral';
import { ENDPOINT_CODES } from './catalogEndpoint';
import { entry, type CatalogEntry, type CatalogLanguage, type CatalogText } from './catalogEntry';
import { RESIZE_CODES } from './catalogResize';
import { FILE_ERROR, SYSTEM_CODES, systemErrorCode } from './catalogSystem';
import { isMrsApiError, isOutcomeUnknown, type MrsApiError, type MrsErrorKind } from './errors';
import type { ApiLanguage } from './HttpTransport';

const CODES: Readonly<Record<string, CatalogEntry>> = { ...RESIZE_CODES, ...GENERAL_CODES, ...ENDPOINT_CODES };

const KINDS: Readonly<Record<MrsErrorKind, CatalogEntry>> = {
  unauthorized: entry(
    'Authentication failed.',
    'Check the credentials of the connection.',
    '认证失败。',
    '请检查连接的凭证。',
  ),
  forbidden: entry(
    'Permission denied.',
    'Ask the account administrator for MRS permissions.',
    '权限不足。',
    '请联系账号管理员授予MRS权限。',
  ),
  notFound: entry(
    'Not found (the cluster may have been deleted).',
    'Refresh and check the IDs.',
    '资源不存在（集群可能已被删除）。',
    '请刷新并检查ID。',
  ),
  conflict: entry(
    'The cluster is busy or not in a state that allows this.',
    'Refresh and wait until the cluster is running.',
    '集群忙或当前状态不允许此操作。',
    '请刷新，并等待集群变为运行中。',
  ),
  rateLimited: entry('Too many requests.', 'Wait a moment and try again.', '请求过于频繁。', '请稍候再试。'),
  unavailable: entry(
    'The service is unavailable or failed internally.',
    'Try again later.',
    '服务不可用或内部出错。',
    '请稍后重试。',
  ),
  validation: entry(
    'The request was refused as invalid.',
    'Check the values of the request.',
    '请求不合法，已被拒绝。',
    '请检查请求中的取值。',
  ),
  invalidResponse: entry(
    'The server sent an unexpected answer (not MRS JSON).',
    'Check the endpoint (a proxy or a wrong URL?); the log shows the start of the answer.',
    '服务端返回了意外的应答（不是MRS的JSON）。',
    '请检查终端节点（是否经过代理或URL错误），日志中有应答的开头部分。',
  ),
  network: entry(
    'Could not reach the server.',
    'Check the network, the proxy and the endpoint.',
    '无法连接服务端。',
    '请检查网络、代理和终端节点。',
  ),
  timeout: entry('The server did not answer in time.', 'Try again later.', '服务端未及时应答。', '请稍后重试。'),
  outcomeUnknown: entry(
    'The resize request may or may not have been applied.',
    'Refresh the cluster to see what happened before sending it again.',
    '扩缩容请求可能已生效，也可能未生效。',
    '请先刷新集群确认结果，再决定是否重新发送。',
  ),
  configuration: entry(
    'The connection settings are not valid.',
    'Edit the connection (region, endpoint, project ID).',
    '连接设置无效。',
    '请编辑连接（区域、终端节点、项目ID）。',
  ),
};

const UNEXPECTED = entry('Unexpected error.', 'Show the log for details.', '意外错误。', '请查看日志了解详情。');

/** Every code the catalog explains. */
export function catalogCodes(): string[] {
  return Object.keys(CODES);
}

/** Every file system code the catalog explains (ENOENT, ENOSPC…). */
export function catalogSystemCodes(): string[] {
  return Object.keys(SYSTEM_CODES);
}

/** The explanation and hint of a file system code; any code it does not list gets the general file text. */
export function lookupSystemCode(code: string, language: CatalogLanguage): CatalogText {
  return (SYSTEM_CODES[code] ?? FILE_ERROR)[language];
}

/** Every kind of error (each has a generic explanation). */
export function catalogKinds(): MrsErrorKind[] {
  return Object.keys(KINDS) as MrsErrorKind[];
}

/** The explanation and hint of an error code, or undefined for a code the catalog does not know. */
export function lookupErrorCode(code: string | undefined, language: CatalogLanguage): CatalogText | undefined {
  if (code === undefined) {
    return undefined;
  }
  return (CODES[code] ?? CODES[code.trim().toUpperCase()])?.[language];
}

/** The generic explanation of an error kind. */
export function describeKind(kind: MrsErrorKind, language: CatalogLanguage): CatalogText {
  return KINDS[kind][language];
}

export interface ErrorExplanation extends CatalogText {
  readonly code: string | undefined;
  /** True when the text comes from the code table rather than from the kind. */
  readonly byCode: boolean;
}

/**
 * What to tell the user about any error: by code, else by kind, else a generic text. A file
 * system error (or one that wraps it) is explained by its code (ENOSPC).
 * An outcome-unknown error always gets the "re-read the cluster" text, whatever its code.
 */
export function explainError(error: unknown, language: CatalogLanguage): ErrorExplanation {
  if (isOutcomeUnknown(error)) {
    return { ...KINDS.outcomeUnknown[language], code: codeOf(error), byCode: false };
  }
  const system = isMrsApiError(error) ? undefined : systemErrorCode(error);
  if (system !== undefined) {
    return { ...lookupSystemCode(system, language), code: system, byCode: system in SYSTEM_CODES };
  }
  if (!isMrsApiError(error)) {
    return {
      ...(isCancelled(error) ? entry('Cancelled.', '', '已取消。', '') : UNEXPECTED)[language],
      code: undefined,
      byCode: false,
    };
  }
  const byCode = lookupErrorCode(error.code, language);
  return byCode
    ? { ...fill(byCode, error), code: error.code, byCode: true }
    : { ...describeKind(error.kind, language), code: error.code, byCode: false };
}

/** What was found, in the texts of the endpoint codes: {host}, {status}, {location}. */
function fill(text: CatalogText, error: MrsApiError): CatalogText {
  const values: Record<string, string | undefined> = {
    host: error.host,
    status: error.status?.toString(),
    location: error.redirectTo,
  };
  const put = (s: string): string => s.replace(/\{(host|status|location)\}/g, (_, name: string) => values[name] ?? '?');
  return { explanation: put(text.explanation), hint: put(text.hint) };
}

function codeOf(error: unknown): string | undefined {
  return isMrsApiError(error) ? error.code : undefined;
}

/** The catalog language for a VS Code / BCP 47 locale (`zh-cn`, `zh-CN`, `zh-hans` → zh-cn). */
export function catalogLanguageFor(locale: string): CatalogLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** The X-Language header value for a catalog language. */
export function apiLanguageFor(language: CatalogLanguage): ApiLanguage {
  return language === 'zh-cn' ? 'zh-cn' : 'en-us';
}
