/**
 * The development figures alone, fast: PD1998 dev held-out (rules, labeller, analysis) and realnews/dev.
 * `node out/bench/nerDevEval.js [--diff LOC|PER|ORG] [--no-pd] [--errors]` also lists, on PD1998 dev held-out, the
 * spans where the analysis differs from gold and from the labeller or the rules alone. `--changes [--list]` counts,
 * for each decision of the arbitration (src/core/ner/combine), the people where the analysis differs from the
 * labeller alone, right (a gold name added, a false one removed) or wrong; `--tenth K` reads another held-out tenth
 * (with the labeller trained without it, for cross-validation).
 */
import { join } from 'node:path';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';
import { getNerModel } from '../src/core/ner/loadModel';
import { ENTITY_TYPES, type NerSpan } from '../src/core/ner/labels';
import { SpanTally, formatScores } from '../src/core/ner/spanScores';
import { analysisSpans, isHeldOut, modelSpans, readPd1998, type Pd1998Article } from './pd1998Eval';
import { developFolders, evaluateRealNews, realNewsRows } from './realnewsEval';

const shared = join(__dirname, '..', '..', '..', 'shared');
const { segmenter } = loadSegmenter();
const args = process.argv.slice(2);
const diffType = args.includes('--diff') ? args[args.indexOf('--diff') + 1] : undefined;
const key = (s: NerSpan) => `${s.type}:${s.start}:${s.end}`;

/** The arbitration's decisions that keep a labeller's name with other bounds or type. */
const UNDER_RULE = "labeller: under a rule's entity";
const CHANGES_OF_LABELLER = new Set(['labeller: surname before a title or address', 'labeller: name after a relation', "labeller: name after a rule's name", 'labeller: person in a list of places']);

/** One decision of the arbitration, with the span it concerns (the labeller's or the rule's). */
interface Decision { decision: string; type: string; start: number; end: number }

/**
 * The people where the analysis differs from the labeller alone, each put down to the arbitration's decision over
 * that span: a name added (the analysis has it, the labeller not) is right where gold has it, a name removed right
 * where gold does not. A change no decision of the arbitration explains came after it (one reading per name,
 * overlaps resolved) or from the labeller's spans repeated over the document.
 */
class ChangeTally {
  private readonly counts = new Map<string, { right: number; wrong: number }>();
  constructor(private readonly list: boolean) {}

  add(article: Pd1998Article, alone: NerSpan[], analysis: NerSpan[], decisions: Decision[]): void {
    const gold = new Set(article.gold.map(key));
    const people = (spans: NerSpan[]) => new Set(spans.filter((s) => s.type === 'PER').map(key));
    const inModel = people(alone);
    const inAnalysis = people(analysis);
    const sameSpan = (s: NerSpan) => decisions.filter((d) => d.start === s.start && d.end === s.end);
    const overlapping = (s: NerSpan) => decisions.filter((d) => d.start < s.end && s.start < d.end && d.decision !== 'rule: labeller agrees' && !d.decision.startsWith('rule: falls'));
    for (const s of analysis) {
      if (s.type !== 'PER' || inModel.has(key(s))) continue;
      const own = sameSpan(s).filter((d) => d.type === 'person' || d.type === 'PER');
      const changed = own.find((d) => CHANGES_OF_LABELLER.has(d.decision)) ?? own.find((d) => d.decision.startsWith('rule:') && !d.decision.startsWith('rule: falls') && d.decision !== 'rule: labeller agrees');
      const taken = own.some((d) => d.decision === 'labeller: taken' || d.decision === 'rule: labeller agrees');
      const why = changed?.decision ?? (taken ? 'labeller: repeated over the document' : 'after the arbitration');
      this.count(`added by ${why}`, gold.has(key(s)), article, s);
    }
    for (const s of alone) {
      if (s.type !== 'PER' || inAnalysis.has(key(s))) continue;
      const own = sameSpan(s).find((d) => d.decision.startsWith('labeller:') && d.decision !== 'labeller: taken' && !CHANGES_OF_LABELLER.has(d.decision));
      const other = overlapping(s).find((d) => d.decision !== 'labeller: taken');
      const why = (own?.decision !== UNDER_RULE && own?.decision) || (other ? `${other.decision} (${other.type})` : own?.decision ?? 'after the arbitration');
      this.count(`removed by ${why}`, !gold.has(key(s)), article, s);
    }
  }

  private count(why: string, right: boolean, article: Pd1998Article, s: NerSpan): void {
    const counts = this.counts.get(why) ?? { right: 0, wrong: 0 };
    this.counts.set(why, counts);
    if (right) counts.right++;
    else counts.wrong++;
    if (this.list) console.log(`CHANGE ${right ? 'right' : 'WRONG'} ${why} ${article.name} ${article.text.slice(Math.max(0, s.start - 8), s.start)}[${article.text.slice(s.start, s.end)}]${article.text.slice(s.end, s.end + 8)}`.replace(/\s+/g, ' '));
  }

  print(): void {
    const rows = [...this.counts].sort(([a], [b]) => a.localeCompare(b));
    for (const [why, { right, wrong }] of rows) console.log(`changes ${String(right).padStart(4)} right ${String(wrong).padStart(4)} wrong  ${why}`);
  }
}

const tenth = args.includes('--tenth') ? Number(args[args.indexOf('--tenth') + 1]) : undefined;
const changes = args.includes('--changes') ? new ChangeTally(args.includes('--list')) : undefined;

if (!args.includes('--no-pd')) {
  const model = getNerModel()!;
  const articles = readPd1998(join(shared, 'pd1998', 'dev')).filter((_, i) => isHeldOut(i, tenth));
  const tallies = { rules: new SpanTally(), model: new SpanTally(), analysis: new SpanTally() };
  for (const article of articles) {
    const rules = analysisSpans(article.text, segmenter, false);
    const alone = modelSpans(model, article.text, segmenter);
    const decisions: Decision[] = [];
    const analysis = analysisSpans(article.text, segmenter, true, changes && ((decision, span) => decisions.push({ decision, ...span })));
    changes?.add(article, alone, analysis, decisions);
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
  changes?.print();
}
const errors: string[] = [];
for (const [label, folder] of [['realnews dev', join(shared, 'realnews', 'dev')], ...developFolders] as const) {
  const scores = evaluateRealNews(folder, segmenter);
  for (const [k, value] of Object.entries(realNewsRows(label, scores))) console.log(`${k.padEnd(30)} ${value}`);
  errors.push(...scores.errors);
}
if (args.includes('--errors')) for (const line of errors) console.log(`  ${line}`);
