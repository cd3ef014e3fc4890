// Issue 5 export in a real VS Code: the "Export Annotations…" command on seed 000, with the format and the
// target passed as arguments (no dialogs), writing outside the workspace so the other suites see no new files.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FIRST_ANALYSIS_TIMEOUT } from './testHelpers';

const COMMAND = 'newsAnnotator.exportAnnotations';
const SEED_000 = '000_deca428bdd7aab90.txt';

interface ExportResult {
  format: string;
  files: string[];
}

async function seedUri(name: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, '**/node_modules/**', 1);
  assert.ok(uri, `seed ${name} should be in the workspace`);
  return uri;
}

const read = (uri: string) => fs.readFileSync(vscode.Uri.parse(uri).fsPath, 'utf8');

describe('export annotations', function () {
  this.timeout(FIRST_ANALYSIS_TIMEOUT);
  let dir: string;
  let seed: vscode.Uri;
  let documentText: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-export-'));
    seed = await seedUri(SEED_000);
    const document = await vscode.workspace.openTextDocument(seed);
    await vscode.window.showTextDocument(document);
    documentText = document.getText();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is contributed to the Command Palette', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND));
  });

  it('writes brat .txt + .ann whose offsets are code points and whose page-break entity is two fragments', async () => {
    const target = vscode.Uri.file(path.join(dir, 'seed000.ann'));
    const result = await vscode.commands.executeCommand<ExportResult>(COMMAND, 'brat', target, seed);
    assert.ok(result, 'the command returns what it wrote');
    assert.deepStrictEqual(result.files.map((f) => path.basename(vscode.Uri.parse(f).fsPath)), ['seed000.txt', 'seed000.ann']);
    const txt = read(result.files[0]);
    const ann = read(result.files[1]);
    assert.strictEqual(txt, documentText, 'the LF-only seed is exported unchanged');
    const chars = Array.from(txt);
    const tLines = ann.split('\n').filter((line) => line.startsWith('T'));
    assert.ok(tLines.length > 100, `expected many entities, got ${tLines.length}`);
    for (const line of tLines) {
      const match = /^T\d+\t(Person|Place|Organization|Date) (\d+ \d+(?:;\d+ \d+)*)\t(.+)$/u.exec(line);
      assert.ok(match, `T-line syntax: ${line}`);
      const texts = match[2].split(';').map((pair) => {
        const [start, end] = pair.split(' ').map(Number);
        return chars.slice(start, end).join('');
      });
      assert.strictEqual(texts.join(' '), match[3], `offsets slice to the stated text: ${line}`);
    }
    assert.ok(tLines.some((line) => /\tPlace \d+ \d+;\d+ \d+\t新疆维 吾尔自治区$/.test(line)), 'the page-break entity is discontinuous');
    assert.match(ann, /^A\d+\tRole T\d+ 上海市委书记$/m);
    assert.match(ann, /^A\d+\tDateValue T\d+ XXXX-08-27\/XXXX-08-28$/m);
  });

  it('writes CoNLL with one character per line and JSON in the annotate --json shape', async () => {
    const conll = await vscode.commands.executeCommand<ExportResult>(COMMAND, 'conll', vscode.Uri.file(path.join(dir, 'seed000.conll')), seed);
    const lines = read(conll!.files[0]).split('\n').filter(Boolean);
    assert.deepStrictEqual(lines.slice(0, 3), ['陈\tB-PER', '吉\tI-PER', '宁\tI-PER']);
    for (const line of lines) assert.match(line, /^\S\t(O|[BI]-(PER|LOC|ORG|DATE))$/u);

    const json = await vscode.commands.executeCommand<ExportResult>(COMMAND, 'json', vscode.Uri.file(path.join(dir, 'seed000.json')), seed);
    const parsed = JSON.parse(read(json!.files[0]));
    // The published shape; later fields are additions (referenceDate …).
    for (const key of ['file', 'referenceYear', 'entities', 'events']) assert.ok(key in parsed, `${key} in ${Object.keys(parsed).join(', ')}`);
    for (const e of parsed.entities) assert.strictEqual(documentText.slice(e.start, e.end), e.text);
  });

  it('exports the active editor when no report is named, and never replaces another .txt', async () => {
    const other = path.join(dir, 'taken.txt');
    fs.writeFileSync(other, 'not this report');
    const result = await vscode.commands.executeCommand<ExportResult | undefined>(COMMAND, 'brat', vscode.Uri.file(path.join(dir, 'taken.ann')));
    assert.strictEqual(result, undefined, 'refused');
    assert.strictEqual(fs.readFileSync(other, 'utf8'), 'not this report');
    assert.ok(!fs.existsSync(path.join(dir, 'taken.ann')));
  });

  it('counts a UTF-8 byte-order mark in the offsets, as the file is on disk and as the CLI reads it', async () => {
    const report = path.join(dir, 'bom-report.txt');
    fs.writeFileSync(report, `\uFEFF${documentText}`);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(report));
    assert.strictEqual(document.encoding, 'utf8bom');
    const json = await vscode.commands.executeCommand<ExportResult>(COMMAND, 'json', vscode.Uri.file(path.join(dir, 'bom.json')), document.uri);
    const onDisk = fs.readFileSync(report, 'utf8');
    const parsed = JSON.parse(read(json!.files[0]));
    assert.ok(parsed.entities.length > 100);
    for (const e of parsed.entities) assert.strictEqual(onDisk.slice(e.start, e.end), e.text);
    const brat = await vscode.commands.executeCommand<ExportResult>(COMMAND, 'brat', vscode.Uri.file(report.replace(/txt$/, 'ann')), document.uri);
    assert.ok(brat, 'the report itself is the .txt beside the .ann: left as it is');
    assert.strictEqual(fs.readFileSync(report, 'utf8'), onDisk);
  });
});
