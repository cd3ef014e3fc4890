/** The corrections file: its validation (never throwing, paths in messages), its edits, and how it changes the analysis. */
import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzeOptions, type Entity } from '../../src/core';
import {
  applyCorrections, markAs, markNotEntity, parseCorrections, setTitle, summarizeProblems, userPlaceChain, NEW_CORRECTIONS_FILE,
} from '../../src/core/corrections';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import { runAnnotate } from '../../src/cli/annotateCommand';
import { InputError } from '../../src/cli/readNewsFile';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { segmenter } = loadSegmenter();
const analyze = (text: string, options: AnalyzeOptions = {}) => analyzeText(text, segmenter, options).entities;
const named = (entities: Entity[], text: string) => entities.filter((e) => e.text === text);

describe('corrections file: parsing and validation', () => {
  it('reads a valid file, with comments and trailing commas as in VS Code .vscode files', () => {
    const parsed = parseCorrections(`{
      // my beat
      "version": 1,
      "persons": [{ "name": "木沙江", "role": "村党支部书记" }],
      "places": [{ "name": "塔什库尔干乡", "kind": "乡", "parent": "泽普县" }],
      "organizations": ["泽普县融媒体中心"],
      "notEntities": ["新"],
      "titles": [{ "name": "陈吉宁", "title": "上海市委书记" },],
      "myOwnKey": { "kept": true },
    }`);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.usable, true);
    assert.equal(parsed.corrections.persons?.[0].name, '木沙江');
    assert.equal(parsed.corrections.places?.[0].parent, '泽普县');
    assert.deepEqual(parsed.corrections.organizations, ['泽普县融媒体中心']);
    assert.equal((parsed.corrections as unknown as Record<string, unknown>).myOwnKey, undefined, 'unknown keys are not analysis input');
  });

  it('names the JSON path of every problem and keeps the valid entries', () => {
    const parsed = parseCorrections(JSON.stringify({
      version: 1,
      persons: [{ name: '甲乙' }, { name: 42 }, { nmae: '丙丁' }, { name: '' }],
      places: 'not a list',
      notEntities: ['好', 7],
      titles: [{ name: '陈吉宁' }],
    }));
    const paths = parsed.problems.map((p) => p.path);
    assert.deepEqual(paths, ['$.persons[1].name', '$.persons[2].nmae', '$.persons[3].name', '$.places', '$.notEntities[1]', '$.titles[0]']);
    assert.match(parsed.problems[0].message, /must be a string, not the number 42/);
    assert.match(parsed.problems[1].message, /unknown property "nmae" \(did you mean "name"\?\)/);
    assert.match(parsed.problems[5].message, /missing "title"/);
    assert.deepEqual(parsed.corrections.persons, [{ name: '甲乙' }]);
    assert.deepEqual(parsed.corrections.notEntities, ['好']);
    assert.equal(parsed.corrections.places, undefined);
    assert.match(summarizeProblems(parsed.problems), /^\$\.persons\[1\]\.name: .*; and 3 more$/);
  });

  it('never throws, whatever the file holds', () => {
    for (const text of ['{', '[]', 'null', '"x"', '{"version": 2}', '{"persons": []}', '{"version": "1"}', '\u0000\u0001', '{"version":1,"persons":[null,[],{}]}']) {
      const parsed = parseCorrections(text);
      assert.ok(parsed.problems.length > 0, `problems expected for ${JSON.stringify(text)}`);
      assert.ok(parsed.problems.every((p) => p.path.startsWith('$') && p.message.length > 0));
    }
    assert.match(parseCorrections('{\n  "version": 1,\n  "persons": [\n}').problems[0].message, /not valid JSON: .* at line 4, column 1/);
    assert.equal(parseCorrections('{"version": 2}').usable, false);
    assert.match(parseCorrections('{"version": 2}').problems[0].message, /must be 1, not the number 2/);
  });

  it('an empty file is no corrections yet, not a malformed one (as the edit commands read it)', () => {
    for (const text of ['', ' \n', '\uFEFF']) {
      const parsed = parseCorrections(text);
      assert.deepEqual(parsed.problems, [], JSON.stringify(text));
      assert.ok(parsed.usable);
      assert.deepEqual(parsed.corrections, parseCorrections('{"version": 1}').corrections);
    }
  });
});

describe('corrections file: edits keep everything else', () => {
  it('creates the file, then adds, moves and removes names', () => {
    let result = markAs(undefined, 'person', '木沙江');
    assert.ok(result.ok);
    assert.deepEqual(JSON.parse(result.text), { version: 1, persons: [{ name: '木沙江' }] });
    result = markAs(result.text, 'place', '木沙江');
    assert.ok(result.ok);
    assert.deepEqual(JSON.parse(result.text), { version: 1, persons: [], places: [{ name: '木沙江' }] });
    result = markNotEntity(result.text, '木沙江');
    assert.ok(result.ok);
    assert.deepEqual(JSON.parse(result.text), { version: 1, persons: [], places: [], notEntities: ['木沙江'] });
    const again = markNotEntity(result.text, '木沙江');
    assert.ok(again.ok && !again.changed, 'marking twice changes nothing');
  });

  it('keeps comments, unknown keys and entries it does not understand', () => {
    const existing = `{\n  // hand-written\n  "version": 1,\n  "persons": [{ "name": 42 }, { "name": "甲乙", "role": "村主任" }],\n  "custom": [1, 2]\n}\n`;
    const result = setTitle(existing, '陈吉宁', '上海市委书记');
    assert.ok(result.ok);
    assert.match(result.text, /\/\/ hand-written/);
    const parsed = JSON.parse(result.text.replace(/\/\/.*\n/, '\n'));
    assert.deepEqual(parsed.persons, [{ name: 42 }, { name: '甲乙', role: '村主任' }]);
    assert.deepEqual(parsed.custom, [1, 2]);
    assert.deepEqual(parsed.titles, [{ name: '陈吉宁', title: '上海市委书记' }]);
    const cleared = setTitle(result.text, '陈吉宁', '');
    assert.ok(cleared.ok);
    assert.deepEqual(JSON.parse(cleared.text.replace(/\/\/.*\n/, '\n')).titles, []);
  });

  it('refuses to edit a file it cannot read, leaving it as it is', () => {
    assert.deepEqual(markAs('{ "version": 1, ', 'person', '甲乙'), { ok: false, problem: 'it is not valid JSON' });
    assert.equal(markAs('{"version": 2}', 'person', '甲乙').ok, false);
    assert.equal(markAs('{"version": 1, "persons": {}}', 'person', '甲乙').ok, false);
    const added = markAs('{"persons": []}', 'person', '甲乙');
    assert.ok(added.ok);
    assert.equal(JSON.parse(added.text).version, 1, 'a missing version is added');
    assert.equal(NEW_CORRECTIONS_FILE.trim(), '{\n  "version": 1\n}');
  });
});

describe('corrections in the analysis', function () {
  this.timeout(30000);
  const text = '泽普县塔什库尔干乡党委书记木沙江到阿克塔木村调研。木沙江说，新时代要有新气象。阿克塔木村村民热情。';

  it('recognises the user\'s people, places and organisations wherever they occur', () => {
    const before = analyze(text);
    // The labeller may read the township as a place, but only the user's entry gives it its kind and county.
    assert.ok(!named(before, '塔什库尔干乡').some((e) => e.kind === '乡' || e.parent === '泽普县'), 'the township is unknown to the built-in gazetteer');
    const entities = analyze(text, {
      gazetteerExtension: {
        persons: [{ name: '木沙江' }],
        places: [{ name: '塔什库尔干乡', kind: '乡', parent: '泽普县' }, { name: '阿克塔木村', kind: '村', parent: '塔什库尔干乡' }],
        organizations: ['塔什库尔干乡党委'],
      },
    });
    const people = named(entities, '木沙江');
    assert.equal(people.length, 2);
    assert.ok(people.every((p) => p.type === 'person'));
    const village = named(entities, '阿克塔木村');
    assert.equal(village.length, 2);
    assert.deepEqual([village[0].type, village[0].kind, village[0].parent], ['place', '村', '塔什库尔干乡']);
    assert.equal(named(entities, '塔什库尔干乡党委')[0]?.type, 'organization', 'the longer user name wins over the place inside it');
    for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text);
  });

  it('removes notEntities and overrides titles at every mention', () => {
    const seedLike = '上海市委书记陈吉宁率团考察。陈吉宁指出，两地合作要走深走实。';
    const base = analyze(seedLike);
    assert.equal(named(base, '陈吉宁')[0].role, '上海市委书记');
    const entities = analyze(seedLike, { gazetteerExtension: { notEntities: ['上海市委'], titles: [{ name: '陈吉宁', title: '中共中央政治局委员、上海市委书记' }] } });
    const mentions = named(entities, '陈吉宁');
    assert.deepEqual(mentions.map((m) => [m.role, m.roleStatedHere, m.official]), [
      ['中共中央政治局委员、上海市委书记', true, true],
      ['中共中央政治局委员、上海市委书记', false, true],
    ]);
    assert.ok(!entities.some((e) => e.text === '上海市委'), 'the organisation is gone');
  });

  it('gives a declared person\'s role where the text states none, and titles from a file decide "official"', () => {
    const entities = analyze(text, { gazetteerExtension: { persons: [{ name: '木沙江', role: '乡党委书记' }], titles: [] } });
    assert.ok(named(entities, '木沙江').every((m) => m.role));
    const villager = analyze('王小红来了。', { gazetteerExtension: { persons: [{ name: '王小红' }], titles: [{ name: '王小红', title: '村民' }] } });
    assert.equal(named(villager, '王小红')[0].official, false);
  });

  it('leaves a name inside a longer recognised entity alone, and is a no-op without corrections', () => {
    const entities = analyze('泽普的书记到泽普县调研。', { gazetteerExtension: { places: [{ name: '泽普' }] } });
    assert.deepEqual(entities.filter((e) => e.type === 'place').map((e) => [e.text, e.start]), [['泽普', 0], ['泽普县', 6]]);
    const plain = [{ type: 'place' as const, start: 0, end: 2, canonical: '上海' }];
    assert.equal(applyCorrections(plain, '上海', undefined), plain);
    assert.equal(applyCorrections(plain, '上海', { persons: [] }), plain);
  });

  it('keeps offsets into the original text around page breaks', () => {
    const broken = '上海市委书记陈吉\n宁说，记者看到木沙江在田间劳作。';
    const entities = analyze(broken, { gazetteerExtension: { persons: [{ name: '木沙江' }] } });
    assert.ok(entities.some((e) => e.type === 'person' && e.text === '木沙江'), JSON.stringify(entities));
    for (const e of entities) assert.equal(broken.slice(e.start, e.end), e.text);
  });

  it('chains a user place through its parents up to the province', () => {
    const chain = userPlaceChain('阿克塔木村', { places: [{ name: '塔什库尔干乡', kind: '乡', parent: '泽普县' }, { name: '阿克塔木村', kind: '村', parent: '塔什库尔干乡' }] });
    assert.deepEqual(chain.map((l) => l.name), ['阿克塔木村', '塔什库尔干乡', '泽普县', '喀什地区', '新疆维吾尔自治区']);
    assert.deepEqual(userPlaceChain('回环', { places: [{ name: '回环', parent: '回环' }] }).map((l) => l.name), ['回环']);
    assert.deepEqual(userPlaceChain('泽普县', undefined), []);
  });
});

describe('corrections in the CLI (--config)', function () {
  this.timeout(30000);
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-config-'));
  const seed = join(__dirname, '..', '..', '..', 'seeds', '000_deca428bdd7aab90.txt');
  const config = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  function annotate(args: string[]): { code: number; out: string } {
    const write = process.stdout.write;
    let out = '';
    process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
    try {
      return { code: runAnnotate(args), out };
    } finally {
      process.stdout.write = write;
    }
  }
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('annotate --config applies titles, names and removals', () => {
    const path = config('good.json', JSON.stringify({ version: 1, titles: [{ name: '陈吉宁', title: '中共中央政治局委员、上海市委书记' }], notEntities: ['沪'] }));
    const { code, out } = annotate([seed, '--json', '--config', path]);
    assert.equal(code, 0);
    const entities = JSON.parse(out).entities as Entity[];
    assert.ok(entities.filter((e) => e.text === '陈吉宁').every((e) => e.role === '中共中央政治局委员、上海市委书记'));
    assert.ok(!entities.some((e) => e.text === '沪'));
  });

  it('a malformed config is one clear InputError (exit 2 in main), naming the file and the JSON paths', () => {
    const path = config('bad.json', '{"version": 1, "persons": [{"name": 3}], "places": {}}');
    assert.throws(() => annotate([seed, '--config', path]), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.message, `${path}: invalid corrections file: $.persons[0].name: must be a string, not the number 3; $.places: must be an array, not an object`);
      return true;
    });
    assert.throws(() => annotate([seed, '--config', join(dir, 'missing.json')]), /missing\.json: no such file/);
  });
});
