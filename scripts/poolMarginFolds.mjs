// Pools the per-article counts that bench/marginFolds.ts prints for several folds (node scripts/poolMarginFolds.mjs FOLD.jsonl …) and compares each
// setting with the starting one: pooled F1 change ×1000 per type, a 95 % paired bootstrap interval over articles, and the change per fold.
import { readFileSync } from 'node:fs';
const rows = process.argv.slice(2).flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
const TYPES = ['PER', 'LOC', 'ORG'];
const bySetting = new Map();
for (const r of rows) {
  const k = r.key === 'shipped' ? 'shipped' : `${r.key}=${r.value}`;
  if (!bySetting.has(k)) bySetting.set(k, new Map());
  bySetting.get(k).set(r.tenth, r.perArticle);
}
const tenths = [...bySetting.get('shipped').keys()].sort();
const flat = (k) => tenths.flatMap((t) => bySetting.get(k).get(t) ?? []);
const f1 = (arts, idx, type) => { let g = 0, p = 0, c = 0; for (const i of idx) { const [a, b, d] = arts[i][type]; g += a; p += b; c += d; } const P = p ? c / p : 0, R = g ? c / g : 0; return P + R ? 2 * P * R / (P + R) : 0; };
const base = flat('shipped');
const n = base.length;
const all = [...Array(n).keys()];
let seed = 1; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const samples = [...Array(500)].map(() => all.map(() => Math.floor(rnd() * n)));
console.log(`${n} articles in tenths ${tenths.join(',')}`);
console.log('shipped', TYPES.map((t, ti) => `${t} ${f1(base, all, ti).toFixed(4)}`).join('  '));
for (const [k] of bySetting) {
  if (k === 'shipped') continue;
  const arts = flat(k);
  if (arts.length !== n) { console.log(k, 'missing folds'); continue; }
  const cells = TYPES.map((t, ti) => {
    const d = f1(arts, all, ti) - f1(base, all, ti);
    const ds = samples.map((s) => f1(arts, s, ti) - f1(base, s, ti)).sort((a, b) => a - b);
    const perFold = tenths.map((t2) => { const idx = []; let o = 0; for (const tt of tenths) { const m = bySetting.get('shipped').get(tt).length; if (tt === t2) for (let i = 0; i < m; i++) idx.push(o + i); o += m; } return ((f1(arts, idx, ti) - f1(base, idx, ti)) * 1000).toFixed(1); });
    return `${t} ${d >= 0 ? '+' : ''}${(d * 1000).toFixed(1)} [${(ds[12] * 1000).toFixed(1)},${(ds[487] * 1000).toFixed(1)}] (${perFold.join('/')})`;
  });
  console.log(k.padEnd(22), cells.join('  '));
}
