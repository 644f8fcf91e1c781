// What every subcommand gets from the composition root (main.ts): the parsed arguments, the
// output, the translator and language, the logger, and the connection on first use.
import { apiLanguageFor } from '../core/api/catalog';
import type { CatalogLanguage } from '../core/api/catalogEntry';
import { createConnection } from '../core/api/createMrsClient';
import type { MrsClient } from '../core/api/MrsClient';
import { makeRedactor } from '../core/api/redact';
import { credentialSecrets } from '../core/auth/credentials';
import type { Connection } from '../core/connections/connection';
import type { Logger } from '../core/log';
import { CachedQuotaReads, type QuotaReads } from '../core/quota/reader';
import type { Translate } from '../core/translate';
import { UsageError, type CommandName, type Values } from './args';
import type { Ask } from './confirm';
import { cliConnection, type Env } from './environment';
import type { Output } from './output';

export interface InStream {
  readonly isTTY?: boolean;
}

export interface CliContext {
  readonly command: CommandName;
  readonly values: Values;
  readonly files: readonly string[];
  readonly env: Env;
  readonly stdin: NodeJS.ReadableStream & InStream;
  readonly out: Output;
  readonly t: Translate;
  readonly language: CatalogLanguage;
  readonly logger: Logger;
  /** One question on the terminal (confirm.ts askOnTerminal). */
  readonly ask: Ask;
  /** Calls `handler` on Ctrl+C until the returned function is called. */
  readonly onInterrupt: (handler: () => void) => () => void;
  /** Calls `handler` synchronously when the process exits (to free the cluster locks it holds). */
  readonly onExit: (handler: () => void) => void;
}

export interface Connected {
  readonly connection: Connection;
  readonly client: MrsClient;
  /** The quota pre-flight's reads of the connection, cached for a short while. */
  readonly quota: QuotaReads;
}

/**
 * The MRS client of the environment's connection (the extension's "Environment" connection code).
 * From here on, every line the CLI writes is scrubbed of its AK, SK and security token.
 * @throws UsageError when AK, SK or the region is missing; MrsApiError 'configuration' for a bad endpoint.
 */
export function connect(ctx: CliContext): Connected {
  const region = typeof ctx.values.region === 'string' ? ctx.values.region : undefined;
  const projectId = typeof ctx.values['project-id'] === 'string' ? ctx.values['project-id'] : undefined;
  const found = cliConnection(ctx.env, { region, projectId });
  if (!found) {
    throw new UsageError(
      ctx.t('No credentials: set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_REGION (or --region).'),
    );
  }
  const { connection, credential } = found;
  ctx.out.useRedactor(makeRedactor(credentialSecrets(credential)));
  const { client, quota, transport } = createConnection({
    region: connection.region,
    projectId: connection.projectId,
    mrsEndpoint: connection.mrsEndpoint,
    iamEndpoint: connection.iamEndpoint,
    ecsEndpoint: connection.ecsEndpoint,
    evsEndpoint: connection.evsEndpoint,
    vpcEndpoint: connection.vpcEndpoint,
    credential,
    logger: ctx.logger,
    language: () => apiLanguageFor(ctx.language),
  });
  return { connection, client, quota: new CachedQuotaReads(quota, transport.clock) };
}

/** The value of a boolean flag. */
export function flag(ctx: CliContext, name: string): boolean {
  return ctx.values[name] === true;
}
