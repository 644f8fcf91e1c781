import * as vscode from 'vscode';
import type { Connection } from '../../core/connections/connection';
import { pickOne } from '../../core/prompts/Prompter';
import type { PrompterSlot } from '../prompts/PrompterSlot';
import type { ConnectionStore } from './ConnectionStore';

/** What picking a connection reads. */
export interface ConnectionPickerDeps {
  readonly store: ConnectionStore;
  readonly prompter: PrompterSlot;
}

interface ConnectionChoice {
  /** The connection the command was given (by name, or on a tree element): taken when it qualifies. */
  readonly name?: string;
  /** Only connections of the settings (the environment's is read-only). */
  readonly editableOnly?: boolean;
}

/** The connection a command acts on: the one it was given, else one the user picks. */
export async function pickConnection(
  { store, prompter }: ConnectionPickerDeps,
  title: string,
  choice: ConnectionChoice = {},
): Promise<Connection> {
  const { name, editableOnly = false } = choice;
  const all = store.list().filter((c) => !editableOnly || c.source === 'settings');
  const given = name !== undefined ? all.find((c) => c.name === name) : undefined;
  if (given) {
    return given;
  }
  if (all.length === 0) {
    throw new Error(vscode.l10n.t('There is no connection to choose from. Add one first.'));
  }
  const active = store.active()?.name;
  return pickOne(prompter.current, {
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
