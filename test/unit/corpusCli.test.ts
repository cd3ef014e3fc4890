import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStdinLine, listCorpusFiles } from '../../src/cli/corpusSources';
import { ProgressBar } from '../../src/cli/progressBar';

const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

function runCli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Short reports of our own, varied so that the analyses differ. */
const SNIPPETS = [
  '国务院总理李强今天在北京会见了法国总统马克龙。',
  '新华社北京3月5日电 十四届全国人大二次会议在人民大会堂开幕。',
  '浙江省省长王浩到杭州市调研，强调要抓好安全生产。',
  '记者张三报道：上海市委书记陈吉宁出席了论坛开幕式。',
];

describe('annotate --jsonl / --stdin-jsonl (the built CLI, a pool of worker threads)', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', '2.txt'), SNIPPETS[1]);
    writeFileSync(join(dir, '1.txt'), SNIPPETS[0]);
    writeFileSync(join(dir, 'skip.json'), '{}');
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x4e, 0, 0x2d, 0]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('pipes 1,000 {"id","text"} lines through two workers: 1,000 lines out, in input order, offsets into each text', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => ({ id: i % 3 === 0 ? i : `doc-${i}`, text: SNIPPETS[i % SNIPPETS.length] }));
    const { code, out, err } = runCli(['annotate', '--stdin-jsonl', '--jobs', '2'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    assert.equal(err, '');
    assert.equal(code, 0);
    const results = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.equal(results.length, 1000);
    results.forEach((result, i) => {
      assert.deepEqual(Object.keys(result), ['id', 'referenceYear', 'entities', 'events']);
      assert.equal(result.id, lines[i].id);
      for (const e of result.entities) assert.equal(lines[i].text.slice(e.start, e.end), e.text);
    });
    assert.ok(results[0].entities.some((e: { text: string }) => e.text === '李强'));
  });

  it('counts a UTF-8 BOM in the offsets, as the file is on disk (annotate --json and the people table)', () => {
    const own = mkdtempSync(join(tmpdir(), 'bom-'));
    const file = join(own, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SNIPPETS[2])]));
    const onDisk = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(file));
    const annotated = runCli(['annotate', '--json', file]);
    assert.equal(annotated.code, 0, annotated.err);
    const entities = JSON.parse(annotated.out).entities as { start: number; end: number; text: string }[];
    assert.ok(entities.some((e) => e.text === '王浩'));
    for (const e of entities) assert.equal(onDisk.slice(e.start, e.end), e.text);
    const people = runCli(['people', '--jsonl', file]);
    const rows = people.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { name: string; start: number; end: number });
    assert.ok(rows.some((r) => r.name === '王浩'));
    for (const r of rows) assert.equal(onDisk.slice(r.start, r.end), r.name);
    rmSync(own, { recursive: true, force: true });
  });

  it('a bad stdin line is one stderr line in its place, the run goes on, exit 1', () => {
    const input = [JSON.stringify({ id: 'a', text: SNIPPETS[0] }), 'not json', JSON.stringify({ id: 'c' }), JSON.stringify({ id: 'd', text: SNIPPETS[2], referenceDate: '2024-05-01' })].join('\n');
    const { code, out, err } = runCli(['annotate', '--stdin-jsonl', '--jobs', '1'], input);
    assert.equal(code, 1);
    assert.deepEqual(out.trimEnd().split('\n').map((l) => JSON.parse(l).id), ['a', 'd']);
    assert.match(err, /stdin line 2: not JSON\n/);
    assert.match(err, /stdin line 3: "text" is missing/);
  });

  it('--jsonl over a directory and files: its .txt/.md sorted, in argument order; unreadable files said on stderr, exit 1', () => {
    const missing = join(dir, 'missing.txt');
    const { code, out, err } = runCli(['annotate', '--jsonl', dir, missing, join(dir, '1.txt')]);
    assert.equal(code, 1);
    const files = out.trimEnd().split('\n').map((l) => JSON.parse(l).file);
    assert.deepEqual(files, [join(dir, '1.txt'), join(dir, 'b', '2.txt'), join(dir, '1.txt')]);
    const errors = err.trimEnd().split('\n');
    assert.equal(errors.length, 3, err);
    assert.match(errors[0], /binary\.md: looks binary/);
    assert.match(errors[1], /missing\.txt: no such file/);
    assert.match(errors[2], /2 of 5 item\(s\) could not be analysed/);
  });

  it('writes the same bytes with as many workers as cores (V8 then optimises less eagerly) as with one', () => {
    const corpus = join(dir, 'same');
    mkdirSync(corpus);
    for (let i = 0; i < 40; i++) writeFileSync(join(corpus, `${String(i).padStart(2, '0')}.txt`), SNIPPETS.slice(i % 4).concat(SNIPPETS.slice(0, i % 4)).join('\n'));
    const one = runCli(['annotate', '--jsonl', corpus, '--jobs', '1']);
    const cores = runCli(['annotate', '--jsonl', corpus, '--jobs', String(Math.max(2, availableParallelism()))]);
    assert.equal(one.code, 0, one.err);
    assert.equal(cores.code, 0, cores.err);
    assert.equal(one.out.trimEnd().split('\n').length, 40);
    assert.equal(cores.out, one.out);
  });

  it('answers usage mistakes with one line and exit 2; --help and --version with exit 0', () => {
    for (const args of [['annotate', '--frobnicate', 'x'], ['annotate', '--jsonl', dir, '--jobs', '0'], ['annotate', '--stdin-jsonl', dir], ['frob'], ['export', 'x.txt']]) {
      const { code, out, err } = runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.equal(err.trimEnd().split('\n').length, 1, err);
      assert.match(err, /^news-annotator: /);
    }
    assert.match(runCli(['--version']).out, /^\d+\.\d+\.\d+\n$/);
    const help = runCli(['annotate', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /--jsonl/);
    assert.match(help.out, /--jobs <N>/);
  });

  it('keeps the one-file errors of annotate: missing file, one line, exit 2', () => {
    const { code, err } = runCli(['annotate', join(dir, 'missing.txt')]);
    assert.equal(code, 2);
    assert.match(err, /^news-annotator: .*missing\.txt: no such file\n$/);
  });
});

describe('corpus inputs and progress', () => {
  it('reads stdin lines as jobs, with a clear reason for the ones it cannot', () => {
    assert.deepEqual(parseStdinLine('{"id":7,"text":"文"}', 0, 1), { index: 0, kind: 'text', id: 7, text: '文' });
    assert.deepEqual(parseStdinLine('{"text":"文","referenceDate":"2024-01-02"}', 1, 2), { index: 1, kind: 'text', id: null, text: '文', referenceDate: '2024-01-02' });
    assert.equal(parseStdinLine('[1]', 2, 3).kind, 'invalid');
    assert.deepEqual(parseStdinLine('{"text":"文","referenceDate":"May"}', 3, 9), { index: 3, kind: 'invalid', error: 'stdin line 9: "referenceDate" must be YYYY-MM-DD' });
  });

  it('lists a path that does not exist as given (its worker reports it)', () => {
    assert.deepEqual(listCorpusFiles(['/no/such/file.txt']), ['/no/such/file.txt']);
  });

  it('draws nothing when stderr is not a terminal; else files, MB/s and ETA', () => {
    let written = '';
    const piped = new ProgressBar({ isTTY: false, write: (s: string) => ((written += s), true) } as never, 10);
    piped.tick(1000);
    piped.finish();
    assert.equal(written, '');
    const tty = new ProgressBar({ isTTY: true, write: (s: string) => ((written += s), true) } as never, 4);
    tty.tick(3 * 1024 * 1024);
    assert.match(written, /annotating 1\/4 {2}[\d.]+ MB\/s {2}ETA \d+:\d\d/);
  });
});
