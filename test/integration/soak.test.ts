// Soak, in a real VS Code: 1,000 edits to a 1 MB news document through the real extension. The
// extension host's memory stays flat, analyses never pile up, and corrections recorded meanwhile all reach the
// corrections file. Runs in the extension host, so process.memoryUsage() is the host's own.
import * as assert from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import { extensionApi, newsTextOfSize, sleep, waitFor, workspaceUri, writeWorkspaceFile, type NewsAnnotatorApi } from './testHelpers';

const EDITS = 1000;
const MB = 1024 * 1024;
/** Words of the seeds recorded as corrections during the soak (they are not names: any will do). */
const CORRECTION_WORDS = ['农户', '指挥部', '座谈会', '合作社'];

/** A full garbage collection, so heap samples compare live objects rather than garbage not yet collected. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

function heapUsedMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / MB;
}

describe('soak: 1,000 edits to a 1 MB news document', function () {
  // A guard against a hang, not a speed target: the run prints its time (about 100 s on an idle two-core machine;
  // over 300 s with five other processes busy on the same two cores).
  this.timeout(900_000);
  let api: NewsAnnotatorApi;
  let soakDocument: vscode.TextDocument | undefined;

  before(async () => {
    api = await extensionApi();
  });

  after(async () => {
    // Drop the unsaved edits before the file goes.
    if (soakDocument) {
      await vscode.window.showTextDocument(soakDocument);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.workspace.fs.delete(workspaceUri('soak'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri('.vscode/news-annotator.json')).then(undefined, () => undefined);
  });

  it('memory stays flat, analyses do not pile up, no correction is lost', async () => {
    const started = Date.now();
    const text = await newsTextOfSize(MB);
    const uri = await writeWorkspaceFile('soak/soak.news.txt', text);
    const document = await vscode.workspace.openTextDocument(uri);
    soakDocument = document;
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const first = await api.documents.getForDocument(document);
    assert.ok(first && first.entities.length > 1000, 'the 1 MB document is analysed');
    const firstAnalysisMs = Date.now() - started;

    const commands = await vscode.commands.getCommands(true);
    const corrections = commands.includes('newsAnnotator.markAsPerson');
    const marked: string[] = [];
    const heap: number[] = [];
    let maxRunning = 0;
    let heapAfterWarmUp = 0;

    for (let i = 0; i < EDITS; i++) {
      // Typing here and there: insert a character, or delete the one inserted before.
      const offset = (i * 7919) % (document.getText().length - 10);
      const position = document.positionAt(offset);
      await editor.edit((edit) => {
        if (i % 2 === 0) edit.insert(position, '新');
        else edit.delete(new vscode.Range(position, document.positionAt(offset + 1)));
      });
      maxRunning = Math.max(maxRunning, api.documents.cache.runningAnalyses);
      // Pauses longer than the debounce let analyses start, and the next edits supersede them mid-run.
      if (i % 50 === 49) {
        await sleep(350);
        maxRunning = Math.max(maxRunning, api.documents.cache.runningAnalyses);
      }
      if (i % 100 === 99) {
        const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(document.getText().indexOf('陈吉宁') + 1));
        assert.ok(Array.isArray(hover));
        heap.push(heapUsedMb());
        if (i === 99) heapAfterWarmUp = heap[0];
      }
      if (corrections && i % 250 === 125) {
        const word = CORRECTION_WORDS[marked.length % CORRECTION_WORDS.length];
        const at = document.getText().indexOf(word);
        if (at >= 0) {
          const outcome = await vscode.commands.executeCommand<{ ok: boolean }>('newsAnnotator.markAsPerson', uri.toString(), at, at + word.length);
          assert.ok(outcome?.ok, `marking ${word} as a person`);
          marked.push(word);
        }
      }
    }

    // The last version is analysed, and then nothing runs.
    const last = await api.documents.getForDocument(document);
    assert.ok(last && last.version === document.version, 'the final version is analysed');
    await waitFor('no analysis running', () => api.documents.cache.runningAnalyses === 0, 30_000);
    const heapEnd = heapUsedMb();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `      soak: ${EDITS} edits in ${seconds.toFixed(1)} s (first analysis ${firstAnalysisMs} ms); analyses running at once ≤ ${maxRunning}; ` +
        `heap after GC ${heap.map((h) => h.toFixed(0)).join(' → ')} → ${heapEnd.toFixed(0)} MB; rss ${(process.memoryUsage().rss / MB).toFixed(0)} MB; ` +
        `corrections recorded meanwhile: ${marked.length}`,
    );
    assert.ok(maxRunning <= 2, `analyses piled up: ${maxRunning} running at once`);
    // Flat: after warm-up, 900 more edits (and their analyses) leave no more than noise behind.
    assert.ok(heapEnd - heapAfterWarmUp < 40, `heap grew from ${heapAfterWarmUp.toFixed(0)} MB to ${heapEnd.toFixed(0)} MB`);
    const secondHalf = heap.slice(heap.length / 2);
    assert.ok(Math.max(...secondHalf) - Math.min(...secondHalf) < 40, `heap kept moving: ${heap.map((h) => h.toFixed(0)).join(', ')}`);

    if (corrections) {
      assert.ok(marked.length >= 3, `corrections recorded during the soak: ${marked.join(', ')}`);
      const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.vscode/news-annotator.json'))).replace(/^\s*\/\/.*$/gm, ''));
      const persons = ((file.persons ?? []) as { name: string }[]).map((p) => p.name);
      for (const word of marked) assert.ok(persons.includes(word), `${word} is in the corrections file: ${JSON.stringify(file)}`);
      const model = await api.documents.getForDocument(document);
      for (const word of marked) assert.ok(model?.entities.some((e) => e.type === 'person' && e.text === word), `${word} is a person in the analysis`);
    }
  });
});
