import * as path from 'node:path';
import { LineIndex } from '../../src/documentModel/lineIndex';
import { Position, Uri } from './fakeVscode';

/** A vscode.TextDocument stand-in whose text can be edited (bumping the version, as VS Code does). */
export class FakeTextDocument {
  readonly uri: Uri;
  version = 1;
  private lines: LineIndex;

  constructor(file: string, private text: string, readonly languageId = 'zh-news') {
    this.uri = Uri.file(path.resolve(file));
    this.lines = new LineIndex(text);
  }

  getText(): string {
    return this.text;
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position.line, position.character);
  }

  positionAt(offset: number): Position {
    const p = this.lines.positionAt(offset);
    return new Position(p.line, p.character);
  }

  setText(text: string): void {
    this.text = text;
    this.lines = new LineIndex(text);
    this.version++;
  }
}

export const NO_CANCELLATION = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
