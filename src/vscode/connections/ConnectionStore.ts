// Connections: non-secret parts in the `mrs.connections` setting (user scope), secrets in
// SecretStorage only, the environment connection read-only, the active one in globalState.
import * as vscode from 'vscode';
import type { Credential } from '../../core/auth/credentials';
import {
  SECRET_FIELDS,
  credentialFrom,
  environmentConnection,
  parseConnectionSettings,
  secretFieldsOf,
  secretKey,
  type Connection,
  type ConnectionSettings,
} from '../../core/connections/connection';

const ACTIVE_KEY = 'mrs.activeConnection';

export class ConnectionStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mrs.connections') || e.affectsConfiguration('mrs.environment')) {
        this.changed.fire();
      }
    });
  }

  private settingsList(): ConnectionSettings[] {
    const raw = vscode.workspace.getConfiguration('mrs').get<unknown[]>('connections', []);
    return (Array.isArray(raw) ? raw : [])
      .map(parseConnectionSettings)
      .filter((c): c is ConnectionSettings => c !== undefined);
  }

  private environment(): ReturnType<typeof environmentConnection> {
    return environmentConnection(this.env, vscode.workspace.getConfiguration('mrs').get<string>('environment.region'));
  }

  list(): Connection[] {
    const env = this.environment();
    const own = this.settingsList().map((c): Connection => ({ ...c, source: 'settings' }));
    return env ? [env.connection, ...own] : own;
  }

  get(name: string): Connection | undefined {
    return this.list().find((c) => c.name === name);
  }

  /** The active connection: the one chosen last, or the first. */
  active(): Connection | undefined {
    const all = this.list();
    const chosen = this.context.globalState.get<string>(ACTIVE_KEY);
    return all.find((c) => c.name === chosen) ?? all[0];
  }

  async setActive(name: string): Promise<void> {
    await this.context.globalState.update(ACTIVE_KEY, name);
    this.changed.fire();
  }

  /** The credential, or undefined when a secret is missing (e.g. settings synced from another machine). */
  async credential(connection: Connection): Promise<Credential | undefined> {
    if (connection.source === 'environment') {
      return this.environment()?.credential;
    }
    const secrets: Record<string, string | undefined> = {};
    for (const field of SECRET_FIELDS[connection.authMethod]) {
      secrets[field] = await this.context.secrets.get(secretKey(connection.name, field));
    }
    return credentialFrom(connection, secrets);
  }

  /**
   * Adds or replaces `settings` (under `previousName` when renamed). `credential` undefined keeps
   * the stored secrets (moved to the new name).
   */
  async save(settings: ConnectionSettings, credential: Credential | undefined, previousName?: string): Promise<void> {
    const old = previousName ? this.get(previousName) : undefined;
    const keep = credential ?? (old ? await this.credential(old) : undefined);
    if (old && old.source === 'settings') {
      await this.deleteSecrets(old);
    }
    if (keep) {
      for (const [field, value] of Object.entries(secretFieldsOf(keep))) {
        await this.context.secrets.store(secretKey(settings.name, field), value);
      }
    }
    const others = this.settingsList().filter(
      (c) => c.name !== (previousName ?? settings.name) && c.name !== settings.name,
    );
    await this.write([...others, settings]);
    if (previousName && this.context.globalState.get(ACTIVE_KEY) === previousName) {
      await this.setActive(settings.name);
    }
  }

  /** Removes the setting entry and every secret of the connection. */
  async remove(name: string): Promise<void> {
    const c = this.get(name);
    if (!c || c.source !== 'settings') {
      return;
    }
    await this.deleteSecrets(c);
    await this.write(this.settingsList().filter((s) => s.name !== name));
  }

  private async deleteSecrets(c: ConnectionSettings): Promise<void> {
    for (const fields of Object.values(SECRET_FIELDS)) {
      for (const field of fields) {
        await this.context.secrets.delete(secretKey(c.name, field));
      }
    }
  }

  private async write(list: ConnectionSettings[]): Promise<void> {
    // onDidChangeConfiguration fires onDidChange.
    await vscode.workspace.getConfiguration('mrs').update('connections', list, vscode.ConfigurationTarget.Global);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
