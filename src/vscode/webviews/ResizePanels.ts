// One resize form per cluster: opening it again reveals the open one.
import type { FormDraft } from '../../shared/resizeForm';
import { ResizePanel, type PanelDeps } from './ResizePanel';

export class ResizePanels {
  private readonly panels = new Map<string, ResizePanel>();

  constructor(private readonly deps: PanelDeps) {}

  /**
   * Opens (or reveals) the form of a cluster; resolves once its facts are read. `draft` (from a
   * request file) prefills it, also when it is already open.
   */
  async open(connection: string, clusterId: string, group?: string, draft?: FormDraft): Promise<ResizePanel> {
    const known = this.panels.get(clusterId);
    if (known) {
      known.reveal();
      if (draft) {
        known.prefill(draft);
      }
      return known;
    }
    const panel = new ResizePanel(this.deps, connection, clusterId, group, () => this.panels.delete(clusterId), draft);
    this.panels.set(clusterId, panel);
    try {
      await panel.load();
    } catch (e) {
      panel.dispose();
      throw e;
    }
    return panel;
  }

  /** The open form of a cluster (tests post messages to it and read what it posted). */
  get(clusterId: string): ResizePanel | undefined {
    return this.panels.get(clusterId);
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) {
      panel.dispose();
    }
  }
}
