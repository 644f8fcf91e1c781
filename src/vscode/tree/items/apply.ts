import * as vscode from 'vscode';
import type { Description, Icon } from '../describe';

function themeIcon(icon: Icon): vscode.ThemeIcon {
  return new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
}

/** Copies a pure description onto a TreeItem. */
export function apply(item: vscode.TreeItem, id: string, d: Description): void {
  item.id = id;
  item.description = d.description;
  item.iconPath = themeIcon(d.icon);
  item.contextValue = d.contextValue;
  item.tooltip = new vscode.MarkdownString(d.tooltip);
}
