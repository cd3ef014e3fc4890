import { strict as assert } from 'node:assert';
import { compareReports } from '../../src/core/compare';
import type { Analysis } from '../../src/core/types';
import { compareBodyHtml, comparePanelHtml } from '../../src/comparePanel/comparePanelHtml';
import type { ComparePanelModel } from '../../src/comparePanel/comparePanelModel';
import { contentSecurityPolicy, createNonce, escapeHtml, safeExternalUrl } from '../../src/comparePanel/security';
import { textColumnHtml } from '../../src/comparePanel/textColumnHtml';
import { timelineSvg } from '../../src/comparePanel/timelineSvg';
import { seedA, seedB } from './compareSeeds';

const EMPTY: Analysis = { referenceYear: null, entities: [], events: [], headings: [] };
const HOSTILE = '陈吉宁说，<script>alert(1)</script>对口援疆是宝贵的锻炼机会，<img src=x onerror=alert(2)>也是人生难得的成长经历。"\'&';

function model(textA: string, textB: string, analysisA = EMPTY, analysisB = EMPTY): ComparePanelModel {
  const a = { label: 'a<b>.txt', uri: 'file:///a.txt', text: textA, analysis: analysisA };
  const b = { label: 'b.txt', uri: 'file:///b.txt', text: textB, analysis: analysisB };
  return { a, b, result: compareReports(a, b) };
}

/** Every tag name the html contains. */
function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
}

describe('compare panel: security', () => {
  it('escapes the five HTML specials', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const [n1, n2] = [createNonce(), createNonce()];
    assert.match(n1, /^[0-9a-f]{32}$/);
    assert.notEqual(n1, n2);
  });

  it('has a strict CSP: nonce scripts only, no inline, no images, no network', () => {
    const csp = contentSecurityPolicy('https://webview.example', 'abc');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc'(;|$)/);
    assert.match(csp, /img-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('accepts only http(s) link targets', () => {
    assert.equal(safeExternalUrl('https://inews.gtimg.com/x/1000'), 'https://inews.gtimg.com/x/1000');
    assert.equal(safeExternalUrl('javascript:alert(1)'), undefined);
    assert.equal(safeExternalUrl('data:text/html,x'), undefined);
  });

  it('shows <script> and <img onerror> in a report as text', () => {
    const html = compareBodyHtml(model(seedA, HOSTILE));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(html.includes('a&lt;b&gt;.txt'));
    const tags = tagNames(html);
    assert.ok(!tags.has('script') && !tags.has('img') && !tags.has('iframe'), [...tags].join(' '));
    const handlers = [...html.matchAll(/<[a-zA-Z][^>]*>/g)].filter((tag) => /\son\w+=/i.test(tag[0]));
    assert.deepEqual(handlers, []);
  });

  it('turns remote Markdown images into links and never into <img>', () => {
    const html = textColumnHtml(seedB, 'b', []);
    assert.equal([...html.matchAll(/<a class="image-link" href="https:\/\/inews\.gtimg\.com\//g)].length, 7);
    assert.ok(!tagNames(html).has('img'));
    assert.ok(textColumnHtml('![x](javascript:alert(1))', 'b', []).includes('![x](javascript:alert(1))'));
  });

  it('puts exactly one script in the page: ours, with the nonce', () => {
    const page = comparePanelHtml(compareBodyHtml(model(seedA, HOSTILE)), { cspSource: 'vscode-webview:', nonce: 'n0nce', scriptUri: 'vscode-webview://x/compare.js', styleUri: 'vscode-webview://x/compare.css' }, { a: 'file:///a"x', b: 'file:///b' });
    assert.deepEqual([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script nonce="n0nce" src="vscode-webview://x/compare.js">']);
    assert.ok(page.includes('data-a="file:///a&quot;x"'));
  });
});

describe('compare panel: content', () => {
  it('marks every shared passage on both sides of the seeds', () => {
    const m = model(seedA, seedB);
    const html = compareBodyHtml(m);
    const ids = (side: string) => new Set([...html.matchAll(new RegExp(`data-passages="([\\d ]+)" data-side="${side}"`, 'g'))].flatMap((x) => x[1].split(' ')));
    assert.equal(m.result.passages.length, 16);
    assert.equal(ids('a').size, 16);
    assert.equal(ids('b').size, 16);
    assert.match(html, /16 shared passages/);
  });

  it('keeps the text intact around the marks', () => {
    const html = textColumnHtml('甲乙丙丁', 'a', [{ a: { start: 1, end: 3 }, b: { start: 0, end: 2 }, text: '乙丙' }]);
    assert.equal(html.replace(/<[^>]+>/g, ''), '甲乙丙丁');
  });

  it('draws matched events on one date axis, with the inferred year marked', () => {
    const ev = (date: string) => ({ label: '座谈会', date, participants: ['陈吉宁'], places: ['喀什市'], start: 0, end: 3 });
    const svg = timelineSvg({ matched: [{ a: { ...ev('2023-08-28'), yearInferred: true }, b: ev('2023-08-28') }], onlyA: [], onlyB: [ev('2014-05-28/2014-05-29')] });
    assert.equal([...svg.matchAll(/<g class="event/g)].length, 3);
    assert.equal([...svg.matchAll(/class="pair"/g)].length, 1);
    assert.ok(svg.includes('(year inferred)'));
    assert.ok(svg.indexOf('2014-5-28') < svg.indexOf('2023-8-28'));
  });
});
