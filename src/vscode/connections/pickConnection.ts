import * as vscode from 'vscode';
import type { Connection } from '../../core/connections/connection';
import { pickOne } from '../../core/prompts/Prompter';
import type { Services } from '../services';

/** The connection a command acts on: its argument (tree element or name), else one the user picks. */
export async function pickConnection(
  s: Services,
  arg: unknown,
  title: string,
  editableOnly = false,
): Promise<Connection> {
  const name = typeof arg === 'string' ? arg : (arg as { connection?: unknown } | undefined)?.connection;
  const all = s.store.list().filter((c) => !editableOnly || c.source === 'settings');
  const given = typeof name === 'string' ? all.find((c) => c.name === name) : undefined;
  if (given) {
    return given;
  }
  if (all.length === 0) {
    throw new Error(vscode.l10n.t('There is no connection to choose from. Add one first.'));
  }
  const active = s.store.active()?.name;
  return pickOne(s.prompter.current, {
    title,
    placeholder: vscode.l10n.t('Connection'),
    active: all.find((c) => c.name === active),
    items: all.map((c) => ({
      label: c.name,
      description: `${c.region}${c.name === active ? ` · ${vscode.l10n.t('active')}` : ''}`,
      detail: c.source === 'environment' ? vscode.l10n.t('From environment variables (read-only)') : undefined,
      value: c,
    })),
  });
}
