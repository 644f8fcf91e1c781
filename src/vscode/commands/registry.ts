import * as vscode from 'vscode';
import type { CommandId } from './ids';
import type { UiSlot } from '../ui';
import { guard, type CommandHandler } from './guard';

export interface CommandSpec {
  /** Shown in "<title> failed: <reason>"; already localised. */
  title: string;
  run: CommandHandler;
}

/** Registers every command through the guard; `Record<CommandId, …>` makes a missing handler a compile error. */
export function registerCommands(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  ui: UiSlot,
  commands: Record<CommandId, CommandSpec>,
): void {
  for (const [id, spec] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, guard(spec.title, log, ui, spec.run)));
  }
}
