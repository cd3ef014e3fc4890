/** Exports (JSON, brat standoff, CoNLL BIO) and their readers: offsets survive non-BMP text, CRLF and page breaks. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText, type Analysis, type Entity } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import {
  toBrat, fromBrat, toConll, fromConll, toJson, BratFormatError, ConllFormatError, StandoffText, BRAT_TYPES,
  withByteOrderMark, BYTE_ORDER_MARK,
} from '../../src/core/export';
import { runExport } from '../../src/cli/exportCommand';
import { formatTable } from '../../src/cli/annotateCommand';
import { UsageError } from '../../src/cli/args';

const seeds = join(__dirname, '..', '..', '..', 'seeds');
const SEED_FILES = ['000_deca428bdd7aab90.txt', '002_743d57c06baac69f.txt'];
const { segmenter } = loadSegmenter();

const spans = (entities: readonly Entity[]) =>
  [...entities].sort((a, b) => a.start - b.start || b.end - a.end).map((e) => `${e.type} ${e.start}-${e.end} ${e.text}`);

/** Code points, counted independently of the code under test. */
const codePoints = (text: string) => Array.from(text);

/**
 * A validator of brat standoff written from the format's description (brat.nlplab.org/standoff.html and brat's
 * annotation.py), not from our writer: IDs, T-line syntax, fragment offsets in code points that slice the .txt
 * to the stated text (fragments joined by one space, none holding a line break), attributes and notes
 * pointing at T-lines.
 */
function validateBrat(txt: string, ann: string): void {
  assert.ok(!txt.includes('\r'), 'the .txt has LF line endings');
  assert.ok(ann === '' || ann.endsWith('\n'), 'the .ann ends with a newline');
  const chars = codePoints(txt);
  const ids = new Set<string>();
  for (const line of ann.split('\n').slice(0, -1)) {
    const id = line.split('\t', 1)[0];
    assert.match(id, /^([TA]\d+|#\d+)$/, `id of: ${line}`);
    assert.ok(!ids.has(id), `duplicate id ${id}`);
    ids.add(id);
    if (id.startsWith('T')) {
      const match = /^T\d+\t(Person|Place|Organization|Date) (\d+ \d+(?:;\d+ \d+)*)\t([^\n]+)$/u.exec(line);
      assert.ok(match, `T-line syntax: ${line}`);
      const fragments = match[2].split(';').map((f) => f.split(' ').map(Number));
      let previous = -1;
      const texts = fragments.map(([start, end]) => {
        assert.ok(start > previous && start < end && end <= chars.length, `fragment ${start} ${end} in order, inside the text: ${line}`);
        previous = end;
        const text = chars.slice(start, end).join('');
        assert.ok(!/[\r\n]/.test(text), `fragment ${start} ${end} holds a line break: ${line}`);
        return text;
      });
      assert.equal(match[3], texts.join(' '), `stated text = fragments joined by a space: ${line}`);
    } else if (id.startsWith('A')) {
      const match = /^A\d+\t(Official|Role|PlaceKind|DateValue) (T\d+) (\S+)$/u.exec(line);
      assert.ok(match, `A-line syntax: ${line}`);
      assert.ok(ids.has(match[2]), `attribute of an earlier T-line: ${line}`);
    } else {
      const match = /^#\d+\tAnnotatorNotes (T\d+)\t[^\t]+$/u.exec(line);
      assert.ok(match, `note syntax: ${line}`);
      assert.ok(ids.has(match[1]), `note on an earlier T-line: ${line}`);
    }
  }
}

/** A CoNLL file as we write it: one code point and a tag per line, blank lines between sentences. */
function validateConll(conll: string): void {
  const lines = conll.split('\n');
  assert.equal(lines.pop(), '', 'ends with a newline');
  assert.notEqual(lines[0], '', 'starts with a token');
  lines.forEach((line, i) => {
    if (line === '') return assert.notEqual(lines[i + 1], '', `one blank line between sentences (line ${i + 1})`);
    const [char, tag, ...rest] = line.split('\t');
    assert.equal(rest.length, 0, `two columns on line ${i + 1}`);
    assert.equal(codePoints(char).length, 1, `one code point on line ${i + 1}: ${JSON.stringify(line)}`);
    assert.ok(!/\s/u.test(char), `no white space on line ${i + 1}`);
    assert.match(tag, /^(O|[BI]-(PER|LOC|ORG|DATE))$/, `tag on line ${i + 1}`);
    if (tag.startsWith('I-')) assert.ok(lines[i - 1]?.endsWith(tag.slice(2)), `I- continues an entity of its type (line ${i + 1})`);
  });
}

/** Export → validate → read back, for both formats; returns nothing, asserts everything. */
function assertRoundTrip(text: string, analysis: Analysis): void {
  const { txt, ann } = toBrat(text, analysis);
  validateBrat(txt, ann);
  const fromBratEntities = fromBrat(txt, ann, text);
  assert.deepEqual(spans(fromBratEntities), spans(analysis.entities), 'brat → spans');
  const conll = toConll(text, analysis);
  validateConll(conll);
  assert.deepEqual(spans(fromConll(text, conll)), spans(analysis.entities), 'CoNLL → spans');
}

function entityAt(text: string, type: Entity['type'], needle: string, extra: Partial<Entity> = {}): Entity {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { type, start, end: start + needle.length, text: needle, ...extra };
}

describe('export: brat standoff and CoNLL BIO', function () {
  this.timeout(30000);

  describe('StandoffText (our UTF-16 offsets ↔ brat code points in an LF text)', () => {
    it('counts a surrogate pair as one code point and a CR LF as one LF', () => {
      const original = '𠮷a\r\nb\rc😀d';
      const standoff = new StandoffText(original);
      assert.equal(standoff.text, '𠮷a\nb\nc😀d');
      assert.equal(standoff.length, codePoints(standoff.text).length);
      assert.equal(standoff.exported(2), 1); // after 𠮷
      assert.equal(standoff.exported(original.indexOf('b')), 3);
      assert.equal(standoff.exported(original.indexOf('d')), 7);
      for (let cp = 0; cp <= standoff.length; cp++) assert.equal(standoff.exported(standoff.originalOffset(cp)), cp);
      assert.throws(() => standoff.originalOffset(standoff.length + 1), RangeError);
    });

    it('keeps CR when reading a .txt as it is', () => {
      const standoff = new StandoffText('a\r\nb', { keepLineEndings: true });
      assert.equal(standoff.text, 'a\r\nb');
      assert.equal(standoff.exported(3), 3);
    });
  });

  describe('hand-made analysis: non-BMP characters, CRLF and a page break before and inside entities', () => {
    const text = '𠮷😀👨‍👩‍👧 上海市委书记陈吉宁\r\n8月27日，在新疆维\r\n\r\n吾尔自治区考察。\r\n𩸽党中央\r\n';
    const analysis: Analysis = {
      referenceYear: null,
      headings: [],
      events: [],
      entities: [
        entityAt(text, 'organization', '上海市委'),
        entityAt(text, 'person', '陈吉宁', { role: '上海市委书记', official: true }),
        entityAt(text, 'date', '8月27日', { value: 'XXXX-08-27', resolvedBy: 'year unknown' }),
        entityAt(text, 'place', '新疆维\r\n\r\n吾尔自治区', { canonical: '新疆维吾尔自治区', kind: '自治区', parent: '中国' }),
        entityAt(text, 'organization', '党中央'),
      ],
    };

    it('writes brat offsets in code points into the LF text', () => {
      const { txt, ann } = toBrat(text, analysis);
      validateBrat(txt, ann);
      const lines = ann.split('\n');
      // 𠮷 😀 👨 ZWJ 👩 ZWJ 👧 space = 8 code points (12 UTF-16 units) before 上海市委.
      assert.equal(lines[0], 'T1\tOrganization 8 12\t上海市委');
      assert.equal(lines[1], 'T2\tPerson 14 17\t陈吉宁');
      assert.ok(lines.includes('A1\tOfficial T2 true') && lines.includes('A2\tRole T2 上海市委书记'), ann);
      const place = lines.find((l) => l.includes('\tPlace '))!;
      assert.match(place, /^T4\tPlace (\d+) (\d+);(\d+) (\d+)\t新疆维 吾尔自治区$/);
      assert.ok(lines.includes('A4\tPlaceKind T4 自治区'), ann);
      assert.ok(lines.includes('#2\tAnnotatorNotes T4\tcanonical=新疆维吾尔自治区; parent=中国'), ann);
      assert.ok(lines.includes('A3\tDateValue T3 XXXX-08-27'), ann);
    });

    it('reads brat back to the same spans, types and attributes', () => {
      const { txt, ann } = toBrat(text, analysis);
      const back = fromBrat(txt, ann, text);
      assert.deepEqual(back, analysis.entities);
    });

    it('reads brat without the original: offsets into the LF .txt', () => {
      const { txt, ann } = toBrat(text, analysis);
      for (const e of fromBrat(txt, ann)) assert.equal(txt.slice(e.start, e.end).replace(/\n/g, ''), e.text.replace(/\n/g, ''));
    });

    it('writes one code point per CoNLL line, the page-break entity unbroken, sentences apart', () => {
      const conll = toConll(text, analysis);
      validateConll(conll);
      const lines = conll.split('\n');
      assert.deepEqual(lines.slice(0, 6), ['𠮷\tO', '😀\tO', '👨\tO', '\u200d\tO', '👩\tO', '\u200d\tO']);
      const place = lines.indexOf('新\tB-LOC');
      assert.deepEqual(lines.slice(place, place + 9).map((l) => l.split('\t')[1]), ['B-LOC', ...Array(7).fill('I-LOC'), 'O']);
      assert.ok(lines.includes('𩸽\tO'));
      assert.equal(conll.split('\n\n').length, 3, 'the first line, the sentence across the page break, 𩸽党中央');
    });

    it('round-trips both formats', () => assertRoundTrip(text, analysis));

    it('rejects a .ann whose text does not match its offsets, and a CoNLL file for another text', () => {
      const { txt, ann } = toBrat(text, analysis);
      assert.throws(() => fromBrat(txt, ann.replace('T1\tOrganization 8 12', 'T1\tOrganization 7 11')), BratFormatError);
      assert.throws(() => fromBrat(txt, ann.replace('T1\tOrganization 8 12', 'T1\tOrganization 8 9999')), BratFormatError);
      assert.throws(() => fromBrat(txt, 'T1\tPerson 0 1 x\n'), BratFormatError);
      assert.throws(() => fromBrat(txt, 'A1\tRole T9 x\n'), BratFormatError);
      assert.throws(() => fromBrat(`${txt}!`, ann, text), BratFormatError);
      assert.throws(() => fromConll(text.slice(2), toConll(text, analysis)), ConllFormatError);
      assert.throws(() => fromConll(text, '𠮷\tB-XYZ\n'), ConllFormatError);
    });
  });

  describe('real analysis of a text with non-BMP characters and CRLF', () => {
    it('round-trips a short report', () => {
      const text = '𠮷😀𩸽\r\n8月27日至28日，上海市委书记陈吉宁率上海市代表团在新疆喀什地区学习考察。\r\n新疆维吾尔自治区党委书记马兴瑞一道出席。\r\n';
      const analysis = analyzeText(text, segmenter);
      assert.ok(analysis.entities.length >= 6, JSON.stringify(analysis.entities));
      assertRoundTrip(text, analysis);
    });
  });

  for (const file of SEED_FILES) {
    describe(`seed ${file}`, () => {
      const source = readFileSync(join(seeds, file), 'utf8');
      const variants: [string, string][] = [
        ['as it is', source],
        ['with CRLF line endings', source.replace(/\n/g, '\r\n')],
        ['after non-BMP characters (𠮷😀)', `𠮷😀\n${source}`],
      ];
      for (const [name, text] of variants) {
        it(`round-trips brat and CoNLL ${name}`, () => {
          const analysis = analyzeText(text, segmenter);
          assert.ok(analysis.entities.length > 50);
          assertRoundTrip(text, analysis);
          const { txt, ann } = toBrat(text, analysis);
          const back = new Map(fromBrat(txt, ann, text).map((e) => [`${e.start}-${e.end}`, e]));
          for (const e of analysis.entities) {
            const read = back.get(`${e.start}-${e.end}`)!;
            assert.equal(read.role, e.role?.replace(/\s+/g, ''), `role of ${e.text}`);
            assert.equal(read.official, e.official, `official of ${e.text}`);
            assert.equal(read.value, e.value, `value of ${e.text}`);
            assert.equal(read.kind, e.kind, `kind of ${e.text}`);
            assert.equal(read.parent, e.parent, `parent of ${e.text}`);
          }
        });
      }
    });
  }

  it('seed 000: the page-break 新疆维⏎⏎吾尔自治区 is a two-fragment T-line and one B-LOC run', () => {
    const source = readFileSync(join(seeds, SEED_FILES[0]), 'utf8');
    const analysis = analyzeText(source, segmenter);
    const entity = analysis.entities.find((e) => e.text.includes('\n'));
    assert.ok(entity, 'the seed has an entity across its page break');
    assert.equal(entity.text.replace(/\s/g, ''), '新疆维吾尔自治区');
    const { txt, ann } = toBrat(source, analysis);
    assert.equal(txt, source, 'an LF-only .txt is exported unchanged');
    const line = ann.split('\n').find((l) => l.includes('新疆维 吾尔自治区'))!;
    const [, a, b, c, d] = /\tPlace (\d+) (\d+);(\d+) (\d+)\t/.exec(line)!.map(Number);
    const chars = codePoints(txt);
    assert.equal(chars.slice(a, b).join(''), '新疆维');
    assert.equal(chars.slice(c, d).join(''), '吾尔自治区');
    assert.equal(chars.slice(b, c).join('').trim(), '', 'only white space between the fragments');
    const conll = toConll(source, analysis).split('\n\n').find((s) => s.includes('新\tB-LOC\n疆\tI-LOC\n维\tI-LOC\n吾\tI-LOC'));
    assert.ok(conll, 'the entity is one run of tags within one sentence');
  });

  it('toJson has the shape of annotate --json', () => {
    const source = readFileSync(join(seeds, SEED_FILES[1]), 'utf8');
    const json = toJson('x.txt', analyzeText(source, segmenter));
    assert.deepEqual(Object.keys(json), ['file', 'referenceYear', 'referenceDate', 'entities', 'events']);
    const allowed = ['type', 'text', 'start', 'end', 'canonical', 'role', 'official', 'kind', 'parent', 'value', 'resolvedBy', 'resolution', 'weekdayMismatch'];
    for (const e of json.entities) for (const key of Object.keys(e)) assert.ok(allowed.includes(key), key);
    for (const e of json.entities) assert.equal(source.slice(e.start!, e.end!), e.text);
  });
  it('puts back a byte-order mark an editor left out: the offsets of the file as the CLI reads it', () => {
    const source = readFileSync(join(seeds, SEED_FILES[1]), 'utf8');
    const analysis = analyzeText(source, segmenter);
    const before = JSON.stringify(analysis);
    const onDisk = withByteOrderMark(source, analysis);
    assert.equal(onDisk.text, BYTE_ORDER_MARK + source);
    assert.equal(JSON.stringify(analysis), before, 'the analysis given is not touched');
    assert.deepEqual(toJson('x.txt', onDisk.analysis), toJson('x.txt', analyzeText(onDisk.text, segmenter)));
    for (const e of onDisk.analysis.entities) assert.equal(onDisk.text.slice(e.start, e.end), e.text);
  });
});

describe('export: news-annotator export', function () {
  this.timeout(30000);
  const seed = join(seeds, SEED_FILES[0]);

  /** Runs the subcommand with stdout captured. */
  function run(args: string[]): { code: number; out: string } {
    const write = process.stdout.write;
    let out = '';
    process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
    try {
      return { code: runExport(args), out };
    } finally {
      process.stdout.write = write;
    }
  }

  it('writes FILE.txt + FILE.ann for --format brat --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    assert.equal(run([seed, '--format', 'brat', '--out', join(dir, 'seed.ann')]).code, 0);
    const txt = readFileSync(join(dir, 'seed.txt'), 'utf8');
    const ann = readFileSync(join(dir, 'seed.ann'), 'utf8');
    validateBrat(txt, ann);
    assert.equal(txt, readFileSync(seed, 'utf8'));
    assert.ok(fromBrat(txt, ann).length > 50);
  });

  it('leaves an identical .txt alone and refuses to replace a different one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    writeFileSync(join(dir, 'seed.txt'), readFileSync(seed, 'utf8'));
    assert.equal(run([seed, '--format', 'brat', '--out', join(dir, 'seed')]).code, 0);
    writeFileSync(join(dir, 'other.txt'), 'something else');
    assert.throws(() => run([seed, '--format', 'brat', '--out', join(dir, 'other.ann')]), (e: Error) => e instanceof UsageError && /other text/.test(e.message));
    assert.equal(readFileSync(join(dir, 'other.txt'), 'utf8'), 'something else');
  });

  it('prints brat to stdout as two sections without --out', () => {
    const { out } = run([seed, '--format', 'brat']);
    assert.match(out, /^==> 000_deca428bdd7aab90\.txt <==\n/);
    const [txt, ann] = out.slice(out.indexOf('\n') + 1).split(/\n==> 000_deca428bdd7aab90\.ann <==\n/);
    validateBrat(txt, ann);
  });

  it('prints CoNLL and JSON to stdout, explains itself with --help, rejects an unknown format', () => {
    validateConll(run([seed, '--format', 'conll']).out);
    assert.deepEqual(Object.keys(JSON.parse(run([seed, '--format', 'json']).out)), ['file', 'referenceYear', 'referenceDate', 'entities', 'events']);
    assert.match(run(['--help']).out, /code points/);
    assert.throws(() => run([seed, '--format', 'xml']), UsageError);
    assert.throws(() => run([seed]), UsageError);
  });
});

// Keep the type table honest: every entity type has a brat name.
assert.deepEqual(Object.keys(BRAT_TYPES).sort(), ['date', 'organization', 'person', 'place']);

describe('annotate: the readable table', () => {
  it('tells an open span as one (since 2023, until 2018), the JSON keeps value and open apart', () => {
    const analysis = analyzeText('今年以来，全省经济平稳。2018年以前，这里是荒滩。', segmenter, { referenceDate: '2023-03-24' });
    const table = formatTable(analysis);
    assert.match(table, /今年以来\s+since 2023/, table);
    assert.match(table, /2018年以前\s+until 2018/, table);
    const since = analysis.entities.find((e) => e.text === '今年以来');
    assert.deepEqual([since?.value, since?.open], ['2023', 'after']);
  });
});
