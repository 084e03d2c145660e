/**
 * The command behind the "Add attribution…" code action: inserts `Name said.` after the quote as
 * a snippet whose first field offers every speaker of the story. Runs only when the user picks
 * the action.
 */
import * as vscode from 'vscode';

function escapeChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, (c) => '\\' + c);
}

export async function addAttribution(uri: string, position: { line: number; character: number }, names: string[]): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc);
  const choices = names.length ? `\${1|${names.map(escapeChoice).join(',')}|}` : '${1:Name}';
  const snippet = new vscode.SnippetString(` ${choices} \${2:said}.`);
  return editor.insertSnippet(snippet, new vscode.Position(position.line, position.character));
}
