import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findSharedPassages, normalizeForComparison } from '../../src/core/compare';
import { seedA, seedB } from './compareSeeds';

/** The passage text with whitespace and markup removed, as the comparison sees it. */
function normalized(text: string): string {
  const n = normalizeForComparison(text);
  return Array.from(n.offsets, (o) => text[o]).join('');
}

/**
 * Hand-checked: every passage of 002 (B) that quotes 000 (A), read side by side. Offsets are UTF-16
 * offsets into the original files. Two cross 000's paragraph breaks; one crosses 002's image lines.
 */
const GOLD: { text: string; a: [number, number]; b: [number, number] }[] = [
  { a: [205, 242], b: [95, 132], text: '8月27日至28日，上海市委书记陈吉宁率上海市代表团在新疆喀什地区学习考察' },
  { a: [605, 650], b: [162, 207], text: '对口支援喀什四县和克拉玛依市，是党中央交给上海的光荣政治任务，是上海义不容辞的责任和使命。' },
  { a: [129, 157], b: [842, 870], text: '听取新疆维吾尔自治区党委和政府、新疆生产建设兵团工作汇报' },
  { a: [621, 635], b: [950, 964], text: '党中央交给上海的光荣政治任务' },
  { a: [205, 242], b: [968, 1005], text: '8月27日至28日，上海市委书记陈吉宁率上海市代表团在新疆喀什地区学习考察' },
  { a: [298, 327], b: [1008, 1037], text: '8月28日上午，上海市·新疆维吾尔自治区对口支援工作座谈会' },
  { a: [338, 399], b: [1056, 1299], text: '马兴瑞出席并讲话。新疆维吾尔自治区党委副书记、自治区主席艾尔肯·吐尼亚孜，自治区党委副书记、兵团政委李邑飞出席座谈会。' },
  { a: [605, 649], b: [1433, 1477], text: '对口支援喀什四县和克拉玛依市，是党中央交给上海的光荣政治任务，是上海义不容辞的责任和使命' },
  { a: [704, 745], b: [1490, 1531], text: '谋划和推进好对口援疆各项工作，努力为推动新疆长治久安和高质量发展作出上海的应有贡献' },
  { a: [1018, 1075], b: [1535, 1592], text: '马兴瑞代表自治区党委、政府、兵团和全区各族干部群众，对上海市长期以来给予新疆工作的大力支持和无私支援表示衷心感谢。' },
  { a: [1350, 1376], b: [1605, 1631], text: '不断提升对口援疆综合效益，推动两地交流合作向纵深发展' },
  { a: [1562, 1597], b: [1633, 1668], text: '加强文旅合作，促进两地干部群众交往交流交融，共同铸牢中华民族共同体意识' },
  { a: [1778, 1794], b: [1677, 1693], text: '前，陈吉宁、马兴瑞等沪疆两地领导' },
  { a: [1796, 1819], b: [1695, 1718], text: '上海援疆前方指挥部看望慰问上海援疆干部人才代表' },
  { a: [1917, 1952], b: [1817, 1852], text: '对口援疆是宝贵的锻炼机会，也是人生难得的成长经历，一次援疆、终身受益。' },
  { a: [2032, 2094], b: [1855, 1917], text: '要珍惜机会、历练成长，遵守纪律、坚守底线，在当地党委、政府领导下，扑下身子、虚心学习，扎扎实实把对口援疆各项工作做深做细做实' },
];

describe('compare: shared passages', () => {
  it('finds exactly the hand-checked quotations of 000 in 002, with offsets on both sides', () => {
    const { passages } = findSharedPassages(seedA, seedB);
    assert.deepEqual(
      passages.map((p) => ({ a: [p.a.start, p.a.end], b: [p.b.start, p.b.end], text: p.text })),
      GOLD,
    );
  });

  it('gold offsets really are the passage in both originals', () => {
    for (const g of GOLD) {
      assert.equal(normalized(seedA.slice(...g.a)), g.text, `A ${g.a}`);
      assert.equal(normalized(seedB.slice(...g.b)), g.text, `B ${g.b}`);
    }
  });

  it('reports the share of each text covered', () => {
    const { coverage } = findSharedPassages(seedA, seedB);
    assert.ok(coverage.a > 0.1 && coverage.a < 0.15, `a ${coverage.a}`);
    assert.ok(coverage.b > 0.2 && coverage.b < 0.3, `b ${coverage.b}`);
  });

  it("finds a quote across 000's page break 新疆维\\n\\n吾尔自治区", () => {
    const quoting = '报道说：**新疆维吾尔自治区领导陈伟俊、哈丹·卡宾等出席座谈会**。';
    const [p] = findSharedPassages(seedA, quoting).passages;
    assert.equal(p.text, '新疆维吾尔自治区领导陈伟俊、哈丹·卡宾等出席座谈会。');
    assert.equal(seedA.slice(p.a.start, p.a.end), '新疆维\n\n吾尔自治区领导陈伟俊、哈丹·卡宾等出席座谈会。');
    assert.equal(quoting.slice(p.b.start, p.b.end), '新疆维吾尔自治区领导陈伟俊、哈丹·卡宾等出席座谈会**。');
  });

  it('ignores headings, emphasis, images and link targets', () => {
    const a = '陈吉宁说，对口援疆是宝贵的锻炼机会，也是人生难得的成长经历。';
    const b = '# 陈吉宁说\n\n![](https://example.com/x.png)\n\n，**对口援疆是** [宝贵的锻炼机会](https://example.com)，也是人生难得的成长经历';
    const { passages } = findSharedPassages(a, b);
    assert.equal(passages.length, 1);
    assert.equal(passages[0].text, '陈吉宁说，对口援疆是宝贵的锻炼机会，也是人生难得的成长经历');
    assert.deepEqual(passages[0].a, { start: 0, end: a.length - 1 });
    assert.equal(b.slice(passages[0].b.start, passages[0].b.end).startsWith('陈吉宁说'), true);
    assert.equal(b.slice(passages[0].b.end - 2, passages[0].b.end), '经历');
  });

  it('does not count set phrases shorter than the minimum', () => {
    assert.deepEqual(findSharedPassages('对口支援新疆工作会议', '全国对口支援新疆工作').passages, []);
    assert.equal(findSharedPassages('对口支援新疆工作会议', '全国对口支援新疆工作', 8).passages.length, 1);
  });

  it('handles empty and identical texts', () => {
    assert.deepEqual(findSharedPassages('', seedB).passages, []);
    const same = findSharedPassages(seedA, seedA);
    assert.equal(same.passages.length, 1);
    assert.equal(same.coverage.a, 1);
    assert.equal(same.coverage.b, 1);
  });

  it('property: every passage is the same normalised text in both originals, and B passages never overlap', () => {
    const alphabet = fc.constantFrom(...'上海新疆援对口支持的。，\n *#'.split(''));
    const doc = fc.array(alphabet, { maxLength: 300 }).map((cs) => cs.join(''));
    fc.assert(fc.property(doc, doc, fc.integer({ min: 2, max: 10 }), (a, b, min) => {
      const { passages } = findSharedPassages(a, b, min);
      let lastEnd = -1;
      for (const p of passages) {
        const na = normalized(a.slice(p.a.start, p.a.end));
        const nb = normalized(b.slice(p.b.start, p.b.end));
        if (na !== nb || nb !== p.text || p.b.start < lastEnd) return false;
        lastEnd = p.b.end;
      }
      return true;
    }), { numRuns: 300, seed: 4 });
  });
});
