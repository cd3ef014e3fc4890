import * as vscode from 'vscode';
import type { NewsDocumentModel } from '../documentModel/newsDocumentModel';
import type { MentionRange } from '../documentModel/newsFileSummary';

/** A span of a model as a vscode.Location (the model's own line index: the file need not be open). */
export function locationOf(model: NewsDocumentModel, span: { start: number; end: number }): vscode.Location {
  const start = model.lines.positionAt(span.start);
  const end = model.lines.positionAt(span.end);
  return new vscode.Location(vscode.Uri.parse(model.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}

/** A mention of a file the workspace index summarised (its line and character kept, its text not). */
export function locationOfRange(uri: string, range: MentionRange): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(uri), new vscode.Range(range.startLine, range.startCharacter, range.endLine, range.endCharacter));
}
