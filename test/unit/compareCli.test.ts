import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runCompare } from '../../src/cli/compareCommand';
import { UsageError } from '../../src/cli/args';

const seeds = join(__dirname, '..', '..', '..', 'seeds');
const A = join(seeds, '000_deca428bdd7aab90.txt');
const B = join(seeds, '002_743d57c06baac69f.txt');

/** Runs the subcommand with stdout captured. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    return { code: await runCompare(args), out };
  } finally {
    process.stdout.write = write;
  }
}

describe('compare: news-annotator compare A B --json (real analyser)', function () {
  this.timeout(30000);
  let json: any;
  before(async () => {
    const { code, out } = await run([A, B, '--json']);
    assert.equal(code, 0);
    json = JSON.parse(out);
  });

  it('has exactly the published shape', () => {
    assert.deepEqual(Object.keys(json), ['a', 'b', 'persons', 'places', 'roleDifferences', 'events', 'conflicts', 'passages', 'coverage']);
    assert.equal(json.a, A);
    for (const split of [json.persons, json.places]) assert.deepEqual(Object.keys(split), ['both', 'onlyA', 'onlyB']);
    assert.deepEqual(Object.keys(json.events), ['matched', 'onlyA', 'onlyB']);
    for (const d of json.roleDifferences) assert.deepEqual(Object.keys(d), ['person', 'a', 'b']);
    for (const p of json.passages) assert.deepEqual(Object.keys(p), ['a', 'b', 'text']);
    assert.deepEqual(Object.keys(json.coverage), ['a', 'b']);
    const event = json.events.matched[0].b;
    assert.deepEqual(Object.keys(event).filter((k) => k !== 'children'), ['label', 'clause', 'date', 'start', 'end', 'participants', 'places']);
  });

  it('splits the people of the seeds', () => {
    for (const name of ['陈吉宁', '马兴瑞', '艾尔肯·吐尼亚孜', '李邑飞', '朱芝松', '李政', '刘多', '陈伟俊', '哈丹·卡宾']) assert.ok(json.persons.both.includes(name), name);
    for (const name of ['聂壮', '孟庆源', '董爱华', '阿布里米提·艾海提']) assert.ok(json.persons.onlyA.includes(name), name);
    for (const name of ['黄坤明', '易炼红', '信长星', '沈晓明']) assert.ok(json.persons.onlyB.includes(name), name);
  });

  it('finds all five role differences of the Shanghai and Xinjiang leaders', () => {
    assert.deepEqual(json.roleDifferences.map((d: { person: string }) => d.person), ['朱芝松', '李政', '刘多', '陈伟俊', '哈丹·卡宾']);
    assert.deepEqual(json.roleDifferences[0], { person: '朱芝松', a: '上海市领导', b: '上海市委常委、浦东新区区委书记' });
  });

  it('matches the 27–28 August visit, the 28 August forum and the visit to the aid headquarters, with the year lent to 000', () => {
    const dates = json.events.matched.map((m: any) => [m.a.date, m.a.yearInferred, m.b.date]);
    // 002 tells the headquarters visit without a date of its own: it is of the day its report is about.
    assert.deepEqual(dates, [['2023-08-27/2023-08-28', true, '2023-08-27/2023-08-28'], ['2023-08-28', true, '2023-08-28'], ['2023-08-28', true, '2023-08-28']]);
  });

  it('lists the sixteen shared passages', () => {
    assert.equal(json.passages.length, 16);
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run([A, B]);
    assert.equal(code, 0);
    assert.match(out, /Shared passages: 16/);
    assert.match(out, /朱芝松: A 上海市领导 \| B 上海市委常委、浦东新区区委书记/);
  });

  it('rejects a wrong number of files as a usage error', async () => {
    await assert.rejects(run([A]), UsageError);
  });
});
