// One MrsClient per connection, built on first use and dropped when connections change.
import * as vscode from 'vscode';
import { apiLanguageFor } from '../../core/api/catalog';
import { createMrsClient } from '../../core/api/createMrsClient';
import type { MrsClient } from '../../core/api/MrsClient';
import type { Logger } from '../../core/log';
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

export class Clients {
  private readonly cache = new Map<string, Promise<MrsClient>>();

  constructor(
    private readonly store: ConnectionStore,
    private readonly logger: Logger,
  ) {}

  /** @throws Error for an unknown connection, MissingCredentialError, MrsApiError 'configuration'. */
  get(connectionName: string): Promise<MrsClient> {
    let p = this.cache.get(connectionName);
    if (!p) {
      p = this.create(connectionName);
      p.catch(() => this.cache.delete(connectionName));
      this.cache.set(connectionName, p);
    }
    return p;
  }

  private async create(name: string): Promise<MrsClient> {
    const connection = this.store.get(name);
    if (!connection) {
      throw new Error(vscode.l10n.t('There is no connection named "{0}".', name));
    }
    const credential = await this.store.credential(connection);
    if (!credential) {
      throw new MissingCredentialError(name);
    }
    return createMrsClient({
      region: connection.region,
      projectId: connection.projectId,
      mrsEndpoint: connection.mrsEndpoint,
      iamEndpoint: connection.iamEndpoint,
      credential,
      logger: this.logger,
      language: () => apiLanguageFor(uiLanguage()),
    });
  }

  clear(): void {
    this.cache.clear();
  }
}
