/** The analysis core against the hand-made gold of the two seeds (test/gold/seeds.json). */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, type Analysis, type Entity } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import gold from '../gold/seeds.json';

const root = join(__dirname, '..', '..', '..');
type SeedGold = (typeof gold)['000_deca428bdd7aab90.txt'];
const { segmenter } = loadSegmenter();

function ofType(analysis: Analysis, type: Entity['type']): Entity[] {
  return analysis.entities.filter((e) => e.type === type);
}

for (const file of ['000_deca428bdd7aab90.txt', '002_743d57c06baac69f.txt'] as const) {
  describe(`core on seed ${file}`, function () {
    this.timeout(20000);
    const source = readFileSync(join(root, 'seeds', file), 'utf8');
    const seed = gold[file] as unknown as SeedGold;
    const analysis = analyzeText(source, segmenter);

    it('every entity text is exactly the original slice', () => {
      for (const e of analysis.entities) assert.equal(source.slice(e.start, e.end), e.text);
      for (const e of analysis.events) assert.ok(e.start < e.end && e.end <= source.length);
    });

    it('person recall and precision are at least 98%', () => {
      const found = new Set(ofType(analysis, 'person').map((p) => p.canonical!));
      const expected = Object.keys(seed.persons);
      const recall = expected.filter((p) => found.has(p)).length / expected.length;
      const precision = [...found].filter((p) => p in seed.persons).length / found.size;
      assert.ok(recall >= 0.98, `recall ${recall}: missing ${expected.filter((p) => !found.has(p))}`);
      assert.ok(precision >= 0.98, `precision ${precision}: extra ${[...found].filter((p) => !(p in seed.persons))}`);
    });

    it('the stated role is found for at least 95% of officials, and non-officials are marked', () => {
      const people = ofType(analysis, 'person');
      const officials = Object.entries(seed.persons).filter(([, role]) => role !== null);
      const right = officials.filter(([name, role]) => people.find((p) => p.canonical === name && p.roleStatedHere)?.role === role);
      assert.ok(right.length / officials.length >= 0.95, `wrong roles: ${officials.filter((o) => !right.includes(o)).map(([n]) => `${n}=${people.find((p) => p.canonical === n)?.role}`)}`);
      for (const [name, role] of Object.entries(seed.persons)) {
        if (role === null) assert.equal(people.find((p) => p.canonical === name)?.official, false, name);
      }
    });

    it('counts the mentions of the main people, short forms and page breaks included', () => {
      for (const [name, count] of Object.entries(seed.personMentions)) {
        assert.equal(ofType(analysis, 'person').filter((p) => p.canonical === name).length, count, name);
      }
    });

    it('finds at least 95% of the required places, with precision of 90% and their parents', () => {
      const places = ofType(analysis, 'place');
      const found = new Set(places.map((p) => p.canonical!));
      const recall = seed.places.filter((p) => found.has(p)).length / seed.places.length;
      assert.ok(recall >= 0.95, `missing ${seed.places.filter((p) => !found.has(p))}`);
      const wrong = places.filter((p) => seed.notPlaces.includes(p.text));
      assert.equal(wrong.length, 0);
      for (const [place, parent] of Object.entries(seed.placeParents)) {
        assert.equal(places.find((p) => p.canonical === place)?.parent, parent, place);
      }
    });

    it('finds every date with the right value, and no quantity as a date', () => {
      const dates = ofType(analysis, 'date').map((d) => [d.text, d.value]);
      assert.deepEqual(dates, seed.dates);
    });

    it('extracts the events, with their dates, nested', () => {
      for (const [date, labelPart] of seed.events) {
        assert.ok(analysis.events.some((e) => e.date === date && e.label.includes(labelPart)), `no event ${date} ${labelPart}: ${analysis.events.map((e) => `${e.date} ${e.label}`).join(' | ')}`);
      }
      for (const [outer, inner] of seed.nested) {
        const parent = analysis.events.find((e) => e.label.includes(outer))!;
        const child = analysis.events.findIndex((e) => e.label.includes(inner));
        assert.ok(parent.children?.includes(child), `${outer} should contain ${inner}`);
      }
    });
  });
}

describe('core on seed 000: page-break damage', () => {
  const source = readFileSync(join(root, 'seeds', '000_deca428bdd7aab90.txt'), 'utf8');
  const analysis = analyzeText(source, segmenter);
  it('reports 新疆维\\n\\n吾尔自治区 with its original offsets and the joined canonical form', () => {
    const broken = analysis.entities.find((e) => e.text.includes('\n') && e.type === 'place');
    assert.ok(broken);
    assert.equal(broken.canonical, '新疆维吾尔自治区');
    assert.equal(source.slice(broken.start, broken.end), '新疆维\n\n吾尔自治区');
  });
  it('never invents a mayor in 对上海市长期以来', () => {
    assert.ok(!analysis.entities.some((e) => e.role?.includes('市长')));
  });
  it('expands the short form 阿布里米提 to the full name', () => {
    assert.ok(analysis.entities.some((e) => e.text === '阿布里米提' && e.canonical === '阿布里米提·艾海提'));
  });
});
