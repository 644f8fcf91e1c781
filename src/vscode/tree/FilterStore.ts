// The cluster filter (name, state), persisted per workspace and shown in the view's description.
import * as vscode from 'vscode';
import type { ClusterFilter } from '../../core/explorer/ExplorerModel';

const KEY = 'mrs.clusters.filter';

export class FilterStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  dispose(): void {
    this.changed.dispose();
  }

  get(): ClusterFilter {
    return this.state.get<ClusterFilter>(KEY) ?? {};
  }

  async set(filter: ClusterFilter): Promise<void> {
    const clean: ClusterFilter = {
      ...(filter.name?.trim() ? { name: filter.name.trim() } : {}),
      ...(filter.state ? { state: filter.state } : {}),
    };
    await this.state.update(KEY, Object.keys(clean).length > 0 ? clean : undefined);
    this.changed.fire();
  }

  isActive(): boolean {
    const f = this.get();
    return Boolean(f.name || f.state);
  }

  /** e.g. `name: etl · state: running`, or undefined when no filter is set. */
  describe(): string | undefined {
    const f = this.get();
    const parts = [
      f.name && vscode.l10n.t('name: {0}', f.name),
      f.state && vscode.l10n.t('state: {0}', f.state),
    ].filter(Boolean);
    return parts.length > 0 ? vscode.l10n.t('Filter: {0}', parts.join(' · ')) : undefined;
  }
}
