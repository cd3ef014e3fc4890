/**
 * The development figures alone, fast: PD1998 dev held-out (rules, labeller, analysis) and realnews/dev.
 * `node out/bench/nerDevEval.js [--diff LOC|PER|ORG] [--no-pd] [--errors]` also lists, on PD1998 dev held-out, the
 * spans where the analysis differs from gold and from the labeller or the rules alone.
 */
import { join } from 'node:path';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';
import { getNerModel } from '../src/core/ner/loadModel';
import { ENTITY_TYPES, type NerSpan } from '../src/core/ner/labels';
import { SpanTally, formatScores } from '../src/core/ner/spanScores';
import { analysisSpans, isHeldOut, modelSpans, readPd1998 } from './pd1998Eval';
import { developFolders, evaluateRealNews, realNewsRows } from './realnewsEval';

const shared = join(__dirname, '..', '..', '..', 'shared');
const { segmenter } = loadSegmenter();
const args = process.argv.slice(2);
const diffType = args.includes('--diff') ? args[args.indexOf('--diff') + 1] : undefined;
const key = (s: NerSpan) => `${s.type}:${s.start}:${s.end}`;

if (!args.includes('--no-pd')) {
  const model = getNerModel()!;
  const articles = readPd1998(join(shared, 'pd1998', 'dev')).filter((_, i) => isHeldOut(i));
  const tallies = { rules: new SpanTally(), model: new SpanTally(), analysis: new SpanTally() };
  for (const article of articles) {
    const rules = analysisSpans(article.text, segmenter, false);
    const alone = modelSpans(model, article.text, segmenter);
    const analysis = analysisSpans(article.text, segmenter, true);
    tallies.rules.add(article.gold, rules);
    tallies.model.add(article.gold, alone);
    tallies.analysis.add(article.gold, analysis);
    if (!diffType) continue;
    const gold = new Set(article.gold.map(key));
    const inRules = new Set(rules.map(key));
    const inModel = new Set(alone.map(key));
    const inAnalysis = new Set(analysis.map(key));
    const show = (s: NerSpan) => {
      const before = article.text.slice(Math.max(0, s.start - 8), s.start).replace(/\s/g, ' ');
      const after = article.text.slice(s.end, s.end + 8).replace(/\s/g, ' ');
      return `${before}[${article.text.slice(s.start, s.end)}]${after}`;
    };
    const src = (k: string) => `${inRules.has(k) ? 'R' : '-'}${inModel.has(k) ? 'M' : '-'}`;
    for (const s of article.gold) if (s.type === diffType && !inAnalysis.has(key(s))) console.log(`MISS ${src(key(s))} ${article.name} ${show(s)}`);
    for (const s of analysis) if (s.type === diffType && !gold.has(key(s))) console.log(`FALSE ${src(key(s))} ${article.name} ${show(s)}`);
  }
  for (const [name, tally] of Object.entries(tallies)) for (const type of ENTITY_TYPES) console.log(`pd dev-held-out ${name.padEnd(8)} ${type} ${formatScores(tally.scores(type))}`);
}
const errors: string[] = [];
for (const [label, folder] of [['realnews dev', join(shared, 'realnews', 'dev')], ...developFolders] as const) {
  const scores = evaluateRealNews(folder, segmenter);
  for (const [k, value] of Object.entries(realNewsRows(label, scores))) console.log(`${k.padEnd(30)} ${value}`);
  errors.push(...scores.errors);
}
if (args.includes('--errors')) for (const line of errors) console.log(`  ${line}`);
