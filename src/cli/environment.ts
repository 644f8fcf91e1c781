// What the CLI takes from its environment: the output language (LC_ALL, LC_MESSAGES, LANG as
// POSIX orders them), colours (a terminal, and no NO_COLOR), and the connection, built by the
// same code as the extension's "Environment" connection. The journal folder: lifecycle.ts.
import { catalogLanguageFor } from '../core/api/catalog';
import type { CatalogLanguage } from '../core/api/catalogEntry';
import type { Credential } from '../core/auth/credentials';
import { environmentConnection, type Connection } from '../core/connections/connection';
import { bundleTranslate, type Translate } from '../core/translate';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

export type Env = Readonly<Record<string, string | undefined>>;

/** The first locale variable that is set decides; `zh_CN.UTF-8`, `zh_TW`… → zh-cn, all else English. */
export function cliLanguage(env: Env): CatalogLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  return catalogLanguageFor(locale ?? 'en');
}

/** The extension's translations (l10n/bundle.l10n.zh-cn.json), compiled into the CLI. */
export function cliTranslate(language: CatalogLanguage): Translate {
  return bundleTranslate(language === 'zh-cn' ? zhCn : undefined);
}

/** https://no-color.org: any non-empty NO_COLOR turns colours off; they are on only on a terminal. */
export function useColour(stream: { readonly isTTY?: boolean }, env: Env): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

export interface CliConnection {
  readonly connection: Connection;
  readonly credential: Credential;
}

/**
 * HUAWEICLOUD_SDK_AK/SK (/SECURITY_TOKEN, PROJECT_ID, REGION, MRS_ENDPOINT, IAM_ENDPOINT), with
 * --region and --project-id over the variables; undefined when AK, SK or the region is missing.
 */
export function cliConnection(env: Env, options: { region?: string; projectId?: string }): CliConnection | undefined {
  const merged: Record<string, string | undefined> = { ...env };
  if (options.region?.trim()) {
    merged.HUAWEICLOUD_SDK_REGION = options.region.trim();
  }
  if (options.projectId?.trim()) {
    merged.HUAWEICLOUD_SDK_PROJECT_ID = options.projectId.trim();
  }
  return environmentConnection(merged, undefined);
}
