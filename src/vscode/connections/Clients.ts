// One MrsClient per connection, built on first use and dropped when connections change.
import * as vscode from 'vscode';
import { apiLanguageFor } from '../../core/api/catalog';
import { createConnection } from '../../core/api/createMrsClient';
import type { MrsClient } from '../../core/api/MrsClient';
import type { Logger } from '../../core/log';
import { CachedQuotaReads, type QuotaReads } from '../../core/quota/reader';
import { uiLanguage } from '../language';
import type { ConnectionStore } from './ConnectionStore';

class MissingCredentialError extends Error {
  constructor(readonly connection: string) {
    super(
      vscode.l10n.t(
        'The credentials of connection "{0}" are not stored on this machine. Edit the connection to enter them.',
        connection,
      ),
    );
    this.name = 'MissingCredentialError';
  }
}

interface Parts {
  readonly client: MrsClient;
  readonly quota: QuotaReads;
}

export class Clients {
  private readonly cache = new Map<string, Promise<Parts>>();

  constructor(
    private readonly store: ConnectionStore,
    private readonly logger: Logger,
  ) {}

  /** @throws Error for an unknown connection, MissingCredentialError, MrsApiError 'configuration'. */
  async get(connectionName: string): Promise<MrsClient> {
    return (await this.parts(connectionName)).client;
  }

  /** The connection's quota reads, each answer kept 30 s (quota/reader.ts). @throws as {@link get}. */
  async quota(connectionName: string): Promise<QuotaReads> {
    return (await this.parts(connectionName)).quota;
  }

  private parts(connectionName: string): Promise<Parts> {
    let p = this.cache.get(connectionName);
    if (!p) {
      p = this.create(connectionName);
      p.catch(() => this.cache.delete(connectionName));
      this.cache.set(connectionName, p);
    }
    return p;
  }

  private async create(name: string): Promise<Parts> {
    const connection = this.store.get(name);
    if (!connection) {
      throw new Error(vscode.l10n.t('There is no connection named "{0}".', name));
    }
    const credential = await this.store.credential(connection);
    if (!credential) {
      throw new MissingCredentialError(name);
    }
    const { client, quota, transport } = createConnection({
      region: connection.region,
      projectId: connection.projectId,
      mrsEndpoint: connection.mrsEndpoint,
      iamEndpoint: connection.iamEndpoint,
      ecsEndpoint: connection.ecsEndpoint,
      evsEndpoint: connection.evsEndpoint,
      vpcEndpoint: connection.vpcEndpoint,
      credential,
      logger: this.logger,
      language: () => apiLanguageFor(uiLanguage()),
    });
    return { client, quota: new CachedQuotaReads(quota, transport.clock) };
  }

  clear(): void {
    this.cache.clear();
  }
}
