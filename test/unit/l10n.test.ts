/**
 * Two languages: every string the extension shows goes through l10n.t (runtime) or package.nls.json (contributions),
 * and Simplified Chinese has each of them. Scans src/ for l10n.t calls the way @vscode/l10n-dev extracts them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { Analysis } from '../../src/core/types';
import { NewsDocumentModel } from '../../src/documentModel/newsDocumentModel';
import { buildHoverCard } from '../../src/languageFeatures/hoverCard';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
const ZH_BUNDLE = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A JS string literal (single, double or backtick quotes without ${}) to its value. */
function literalValue(literal: string): string {
  return new Function(`return ${literal};`)() as string;
}

const STRING_LITERAL = String.raw`'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|\x60(?:\\.|[^\x60\\$])*\x60`;
const T_CALL = /\bl10n\.t\(/g;
const T_CALL_WITH_LITERAL = new RegExp(String.raw`\bl10n\.t\(\s*(?:(${STRING_LITERAL})|\{\s*message:\s*(${STRING_LITERAL}))`, 'g');

/** Every l10n.t key in src/, with where it is used; calls whose message is not a literal are errors. */
function usedKeys(): { keys: Map<string, string>; unreadable: string[] } {
  const keys = new Map<string, string>();
  const unreadable: string[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    const where = path.relative(ROOT, file);
    const calls = [...source.matchAll(T_CALL)].length;
    const literals = [...source.matchAll(T_CALL_WITH_LITERAL)];
    for (const m of literals) keys.set(literalValue(m[1] ?? m[2]), where);
    if (literals.length !== calls) unreadable.push(`${where}: ${calls - literals.length} l10n.t call(s) without a literal message`);
  }
  return { keys, unreadable };
}

const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort().join(' ');

describe('l10n: runtime strings', () => {
  const { keys, unreadable } = usedKeys();

  it('finds the strings (the scan works)', () => {
    assert.ok(keys.size > 50, `only ${keys.size} l10n.t keys found`);
    assert.ok(keys.has('Titles: {0}'));
  });

  it('every l10n.t call has a literal message (so tools can extract it)', () => {
    assert.deepEqual(unreadable, []);
  });

  it('every key used in src/ has a Simplified Chinese translation', () => {
    const missing = [...keys].filter(([key]) => !(key in ZH_BUNDLE)).map(([key, where]) => `${where}: ${JSON.stringify(key)}`);
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.zh-cn.json');
  });

  it('the bundle holds no stale keys', () => {
    assert.deepEqual(Object.keys(ZH_BUNDLE).filter((key) => !keys.has(key)), []);
  });

  it('translations keep the placeholders and are Chinese', () => {
    for (const [key, value] of Object.entries(ZH_BUNDLE)) {
      assert.equal(placeholders(value), placeholders(key), `placeholders of ${JSON.stringify(key)}`);
      assert.match(value, /[\u4e00-\u9fff]/, `${JSON.stringify(key)} is not translated`);
    }
  });
});

describe('l10n: package.nls', () => {
  const manifest = readJson('package.json');
  const nls = readJson('package.nls.json') as Record<string, string>;
  const nlsZh = readJson('package.nls.zh-cn.json') as Record<string, string>;
  const used = [...JSON.stringify(manifest).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);

  it('declares the runtime bundle folder', () => {
    assert.equal(manifest.l10n, './l10n');
  });

  it('English and Chinese have the same keys, and Chinese is Chinese', () => {
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
    for (const [key, value] of Object.entries(nlsZh)) assert.match(value, /[\u4e00-\u9fff]/, `${key} is not translated`);
  });

  it('every %key% of package.json is defined, and every defined key is used', () => {
    assert.deepEqual(used.filter((key) => !(key in nls)), []);
    assert.deepEqual(Object.keys(nls).filter((key) => !used.includes(key)), []);
  });

  it('command titles, categories, settings and token descriptions are all localised', () => {
    const contributes = manifest.contributes as Record<string, any>;
    const texts: [string, unknown][] = [
      ['displayName', manifest.displayName],
      ['description', manifest.description],
      ...(contributes.commands ?? []).flatMap((c: any) => [[`${c.command} title`, c.title], [`${c.command} category`, c.category ?? '%x%']]),
      ...Object.entries(contributes.configuration?.properties ?? {}).map(([k, p]: [string, any]) => [k, p.markdownDescription ?? p.description]),
      ...(contributes.semanticTokenTypes ?? []).map((t: any) => [`token ${t.id}`, t.description]),
      ...(contributes.semanticTokenModifiers ?? []).map((t: any) => [`modifier ${t.id}`, t.description]),
      ...(contributes.languages ?? []).filter((l: any) => l.aliases).map((l: any) => [`language ${l.id}`, l.aliases[0]]),
    ] as [string, unknown][];
    const plain = texts.filter(([, text]) => typeof text !== 'string' || !/^%[^%]+%$/.test(text)).map(([what, text]) => `${what}: ${JSON.stringify(text)}`);
    assert.deepEqual(plain, [], 'use %key% and add the key to package.nls.json and package.nls.zh-cn.json');
  });
});

describe('l10n: hover cards in each language', () => {
  const text = '8月27日，上海市委书记陈吉宁在泽普县走访农户。27日下午，陈吉宁出席座谈会。';
  const analysis: Analysis = {
    referenceYear: 2023,
    headings: [],
    entities: [
      { type: 'date', start: 0, end: 5, text: '8月27日', value: '2023-08-27', resolvedBy: 'from dateline 2023-08-27', resolution: { kind: 'dateline', from: '2023-08-27' } },
      { type: 'person', start: 12, end: 15, text: '陈吉宁', role: '上海市委书记', official: true },
      { type: 'place', start: 16, end: 19, text: '泽普县', kind: '县', parent: '喀什地区' },
      { type: 'person', start: 30, end: 33, text: '陈吉宁', role: '上海市委书记', official: true },
    ],
    events: [{ start: 0, end: 24, label: '走访农户', date: '2023-08-27', participants: ['陈吉宁'], places: ['泽普县'] }],
  };
  const cards = (language: string) => {
    const model = new NewsDocumentModel('file:///a.txt', 1, text, analysis);
    const context = { mentionsElsewhere: () => ({ mentions: 2, files: 3 }), language };
    return [1, 13, 17].map((offset) => buildHoverCard(model, offset, context)!.markdown).join('\n\n');
  };
  /** What a reader sees: no link targets, no ISO values in backticks. */
  const visible = (markdown: string) => markdown.replace(/\]\(command:[^)]*\)/g, ']').replace(/`[^`]*`/g, '');

  afterEach(() => l10n.config({ contents: {} }));

  it('English: English labels only', () => {
    const card = visible(cards('en'));
    assert.match(card, /Titles: \*\*上海市委书记\*\*/);
    assert.match(card, /Sunday, August 27, 2023/);
    assert.match(card, /Mentions: 2 here · 2 in 3 other news files/);
    for (const chinese of Object.values(ZH_BUNDLE)) assert.ok(!card.includes(chinese), `English card contains ${chinese}:\n${card}`);
  });

  it('Simplified Chinese: Chinese labels only', () => {
    l10n.config({ contents: ZH_BUNDLE });
    const card = visible(cards('zh-cn'));
    assert.match(card, /职务：\*\*上海市委书记\*\*/);
    assert.match(card, /2023年8月27日 星期日/);
    assert.match(card, /提及：本文 2 处 · 另 3 个新闻文件中 2 处/);
    // The only Latin words left are the pinyin (*chén jí níng*); how the date was resolved is phrased in Chinese.
    assert.match(cards('zh-cn'), /解析依据：取自电头 `2023-08-27`/);
    const words = card.replace(/\*[^*]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][^*]*\*/g, '').match(/[A-Za-z]{2,}/g);
    assert.equal(words, null, `English left in the Chinese card:\n${card}`);
  });
});
