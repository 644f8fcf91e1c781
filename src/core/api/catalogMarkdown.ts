// The error catalog as a Markdown page (docs/error-codes.md, linked from the README), written from
// the catalog itself so that the troubleshooting text exists once. `npm run docs` writes the page;
// test/unit/core/api/catalogMarkdown.test.ts fails when the page is older than the catalog.
import {
  catalogCodes,
  catalogKinds,
  catalogSystemCodes,
  describeKind,
  lookupErrorCode,
  lookupSystemCode,
} from './catalog';
import type { CatalogLanguage, CatalogText } from './catalogEntry';

/** A table cell; a placeholder of the message ({host}) is shown as a word in italics (*host*). */
const cell = (s: string) =>
  s
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .replace(/\{(\w+)\}/g, '*$1*');

const HEAD: Readonly<
  Record<CatalogLanguage, { title: string; intro: string; codes: string; files: string; kinds: string; cols: string[] }>
> = {
  en: {
    title: 'Error codes',
    intro:
      'What MRS Explorer says for each error code of the MRS API (the resize doc’s table and the general codes), and for errors without a code. The extension, the form and the CLI show the same text next to MRS’s own message. A word in italics is filled in when shown: *host* is the endpoint’s host, *status* the HTTP status, *location* the address a redirect points to.',
    codes: 'By error code',
    files: 'Files (the journal, locks, request and plan files), by the system’s code',
    kinds: 'Without a code',
    cols: ['code', 'what it means', 'what to do'],
  },
  'zh-cn': {
    title: '错误码',
    intro:
      'MRS Explorer对MRS API各错误码（调整集群节点接口的错误码表及通用错误码）以及无错误码的错误给出的说明。扩展、表单和命令行工具显示相同的文字，并附上MRS返回的原始信息。斜体的词在显示时替换为实际值：*host* 为终端节点的主机名，*status* 为HTTP状态码，*location* 为重定向的目标地址。',
    codes: '按错误码',
    files: '文件（操作记录、锁、请求文件和计划文件），按系统错误码',
    kinds: '无错误码',
    cols: ['错误码', '含义', '处理建议'],
  },
};

function table(cols: readonly string[], rows: ReadonlyArray<readonly [string, CatalogText]>): string[] {
  return [
    `| ${cols.join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...rows.map(([key, text]) => `| ${cell(key)} | ${cell(text.explanation)} | ${cell(text.hint)} |`),
  ];
}

function section(language: CatalogLanguage): string[] {
  const h = HEAD[language];
  const codes = [...catalogCodes()].sort();
  return [
    `## ${h.title}${language === 'zh-cn' ? '（简体中文）' : ''}`,
    '',
    h.intro,
    '',
    `### ${h.codes}`,
    '',
    ...table(
      h.cols,
      codes.map((c) => [`\`${c}\``, lookupErrorCode(c, language) as CatalogText] as const),
    ),
    '',
    `### ${h.files}`,
    '',
    ...table(
      h.cols,
      catalogSystemCodes().map((c) => [`\`${c}\``, lookupSystemCode(c, language)] as const),
    ),
    '',
    `### ${h.kinds}`,
    '',
    ...table(
      h.cols,
      catalogKinds().map((k) => [`\`${k}\``, describeKind(k, language)] as const),
    ),
    '',
  ];
}

/** The whole page, English first, then Simplified Chinese. */
export function catalogMarkdown(): string {
  return [
    '<!-- Written by `npm run docs` from src/core/api/catalog*.ts: edit the catalog, not this page. -->',
    '',
    '# Error codes / 错误码',
    '',
    ...section('en'),
    ...section('zh-cn'),
  ].join('\n');
}
