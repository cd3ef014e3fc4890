/**
 * A 、-list closed by 等 and a word for things (美团、小红书、货拉拉等企业, 圣彼得堡、叶卡捷琳堡等多个城市) names things of
 * that kind: none of its items is a person, however much an item reads like a name (货拉拉, 叶卡捷琳堡); in a list
 * of places (等地, 等城市) each item is a place.
 */
import organizations from '../../../data/organizations.json';
import { firstTokenFrom, tokenEndingAt, tokenStartingAt, type Token } from '../text/tokens';
import { HAN } from '../text/characters';
import { isCommonWord, isListJoinerToken, readsAsChineseName } from './names';
import { isTitleHead } from './titleChains';

const THING_LIST_HEADS = new Set(organizations.thingListHeads);
const PLACE_LIST_HEADS = new Set(organizations.placeListHeads);
/** Numbers and measures between 等 and the word for the things: 等|多个|城市, 等|30|多个|国家. */
const MOST_QUANTITY_WORDS = 2;
const QUANTITY_TAGS = /^(m|q|mq)$/;
/** An item of such a list: a few characters with no punctuation; longer runs are sentences, not items. */
const LONGEST_ITEM = 12;
const LONGEST_LIST = 30;
/** A character of a list's item: none of the marks and brackets that end one. */
export const LIST_ITEM_CHAR = '[^\\s、，。；：！？,.;:!?（）()“”"《》]';
const ITEM = new RegExp(`^${LIST_ITEM_CHAR}+$`);

/** Whether text[start, end) is, or lies in, an item of a 、-list of things (closed by 等 and a thingListHeads word). */
export function inListOfThings(text: string, start: number, end: number, tokens: Token[]): boolean {
  return listOfThingsHead(text, start, end, tokens) !== undefined;
}

/** Whether text[start, end) is, or lies in, an item of a 、-list of places (等地, 等多个城市, 等国家). */
export function inListOfPlaces(text: string, start: number, end: number, tokens: Token[]): boolean {
  return PLACE_LIST_HEADS.has(listOfThingsHead(text, start, end, tokens) ?? '');
}

/** The word for the things a 、-list names, when text[start, end) is or lies in one of its items. */
function listOfThingsHead(text: string, start: number, end: number, tokens: Token[]): string | undefined {
  let listed = afterListComma(text, start);
  // The first item ends at its 、 (华为、…): a name running on into words (明州愿意利用…、) begins a clause, not a list;
  // into a noun or two of its trade it is still the item (来到|鑫德利|光电/j|、慧宝源医药…等企业).
  if (!listed && text[end] !== '、' && !tradeWordsRunToComma(text, end, tokens)) return undefined;
  // 特拉维夫、阿什凯隆和|埃拉特|三座城市: the last item, joined by 和, closed by a count and the word for its kind.
  if (listed && joinerTokenBefore(tokens, start)) return countedHeadAt(tokens, end);
  let at = end;
  for (let items = 0; items < LONGEST_LIST; items++) {
    // Only the next item is searched: a long list is read in time of its length, not of the text's.
    const item = text.slice(at, at + LONGEST_ITEM + 1);
    const comma = item.indexOf('、');
    const close = item.indexOf('等');
    const joined = listed ? joinerIndexIn(tokens, at, item) : -1;
    if (joined >= 0 && (comma < 0 || joined < comma) && (close < 0 || joined < close)) return lastItemsCountedHead(tokens, at + joined + 1);
    const next = close >= 0 && (comma < 0 || close < comma) ? close : comma;
    if (next < 0 || (next > 0 && !ITEM.test(item.slice(0, next)))) return undefined;
    if (next === comma) {
      listed = true;
      at += comma + 1;
      continue;
    }
    // 等 may be doubled (等等); the segmenter's next word says what the items are.
    const after = at + close + (text.startsWith('等等', at + close) ? 2 : 1);
    let index = firstTokenFrom(tokens, after);
    if (tokens[index]?.start !== after) return undefined;
    for (let skipped = 0; skipped < MOST_QUANTITY_WORDS && QUANTITY_TAGS.test(tokens[index]?.tag ?? '') && tokens[index + 1]?.start === tokens[index].end; skipped++) index++;
    // 等特色|店铺, 等瑞典|著名|企业: a short word or two may qualify the head.
    // Not 等有关|部门|负责人: the head ends the phrase.
    for (let qualifiers = 0; qualifiers <= MOST_QUALIFIERS; qualifiers++) {
      const head = tokens[index + qualifiers];
      const qualifier = tokens[index + qualifiers - 1];
      // Not 等人|的|组织: a particle qualifies nothing (the list's head came before it).
      if (!head || (qualifiers > 0 && (head.start !== qualifier.end || qualifier.word.length > MOST_QUALIFIER_LENGTH || (qualifiers > 1 && PARTICLE_TAG.test(qualifier.tag))))) return undefined;
      if (!THING_LIST_HEADS.has(head.word)) continue;
      const nounAfter = qualifiers > 0 && tokens[index + qualifiers + 1]?.start === head.end && /^n/.test(tokens[index + qualifiers + 1].tag);
      return listed && !nounAfter ? head.word : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Whether nouns of a firm's trade, none a title's head, run from `end` to a 、 within a few characters (鑫德利|光电、). */
function tradeWordsRunToComma(text: string, end: number, tokens: Token[]): boolean {
  const comma = text.indexOf('、', end);
  if (comma < 0 || comma - end > LONGEST_TRADE) return false;
  let index = firstTokenFrom(tokens, end);
  if (tokens[index]?.start !== end) return false;
  for (; index < tokens.length && tokens[index].end <= comma; index++) if (!TRADE_WORD_TAGS.test(tokens[index].tag) || isTitleHead(tokens[index].word)) return false;
  return tokens[index - 1]?.end === comma;
}
/** The most characters of the trade's words after a firm's name (光电, 医药). */
const LONGEST_TRADE = 4;
/** The segmenter's tags of those words: nouns and their abbreviations. */
const TRADE_WORD_TAGS = /^(n|nz|j)$/;

/** Whether a joiner of the list's last item (和: names.ts isListJoinerToken) is the token that ends right at `at`. */
function joinerTokenBefore(tokens: Token[], at: number): boolean {
  const index = firstTokenFrom(tokens, at) - 1;
  return tokens[index]?.end === at && isListJoinerToken(tokens[index]);
}

/** Where in `item` (the text from `at`) a joiner token stands, -1 if none. */
function joinerIndexIn(tokens: Token[], at: number, item: string): number {
  for (let index = firstTokenFrom(tokens, at); index < tokens.length && tokens[index].start < at + item.length; index++) {
    if (isListJoinerToken(tokens[index])) return tokens[index].start - at;
  }
  return -1;
}

/** The list's head where the last item starting at `at` is closed by a count and the word for its kind (埃拉特|三座|城市). */
function lastItemsCountedHead(tokens: Token[], at: number): string | undefined {
  for (let index = firstTokenFrom(tokens, at); index < tokens.length && tokens[index].start - at <= LONGEST_ITEM; index++) {
    if (!ITEM.test(tokens[index].word)) return undefined;
    if (QUANTITY_TAGS.test(tokens[index].tag)) return countedHeadAt(tokens, tokens[index].start);
  }
  return undefined;
}

/** The word for the items' kind after a count right at `at` (三座|城市), if it is one. */
function countedHeadAt(tokens: Token[], at: number): string | undefined {
  let index = firstTokenFrom(tokens, at);
  if (tokens[index]?.start !== at || !QUANTITY_TAGS.test(tokens[index].tag)) return undefined;
  for (let skipped = 1; skipped < MOST_QUANTITY_WORDS && QUANTITY_TAGS.test(tokens[index + 1]?.tag ?? '') && tokens[index + 1].start === tokens[index].end; skipped++) index++;
  const head = tokens[index + 1];
  return head?.start === tokens[index].end && THING_LIST_HEADS.has(head.word) ? head.word : undefined;
}

/** The longest word that may qualify a list's head (特色 in 等特色店铺). */
const MOST_QUALIFIER_LENGTH = 2;
/** The most such words before the head (瑞典, 著名 in 等瑞典著名企业). */
const MOST_QUALIFIERS = 2;
/** The segmenter's tags of particles (的/uj, 了/ul). */
const PARTICLE_TAG = /^u/;

/** Whether the item holding text[start] follows a 、 (经贸、减贫惠农等领域: 惠农 ends the item after it). */
function afterListComma(text: string, start: number): boolean {
  for (let at = start - 1; at >= 0 && at >= start - LONGEST_ITEM; at--) {
    if (text[at] === '、') return true;
    if (!ITEM.test(text[at])) return false;
  }
  return false;
}

/**
 * Whether text[start, end) is an item of a 、-list of words made alike (学纪、知纪、明纪、守纪): two other items
 * of its length end in its last character. Lists of people's names seldom rhyme so. The item itself stands between
 * marks; the others need not on their outer side, where the list's first item may follow its verb and its last run
 * into the noun the list qualifies (加强基础性、普惠性、兜底性民生建设).
 */
export function inListOfLikeWords(text: string, start: number, end: number): boolean {
  const length = end - start;
  const last = text[end - 1];
  const inText = (at: number) => at >= 0 && at + length <= text.length;
  if (!inText(start) || HAN.test(text[start - 1] ?? '') || HAN.test(text[end] ?? '')) return false;
  const item = text.slice(start, end);
  // Other words, not the same name again; two are enough (a long list is not walked once per item).
  const alikeAt = (at: number) => inText(at) && HAN.test(text[at]) && text[at + length - 1] === last && !text.startsWith(item, at);
  let alike = 0;
  for (let at = start - length - 1; alike < 2 && text[at + length] === '、' && alikeAt(at); at -= length + 1) alike++;
  for (let at = end + 1; alike < 2 && text[at - 1] === '、' && alikeAt(at); at += length + 1) alike++;
  return alike >= 2;
}

/** The length of an item of a list of acts on things (保水质、强民生、促转型): a verb and its object. */
const ACT_ITEM_LENGTH = 3;
/** The segmenter's tags of the act's one character (促/v, 强/a) and of its object (民生/n, 转型/n). */
const ACT_TAG = /^(v|a|ad|vd)$/;
const OBJECT_TAG = /^(n|vn|an)$/;

/**
 * Whether text[start, end) is an item of a 、-list of acts on things (以保水质、|强民生|、促转型为主线): three characters,
 * a one-character verb or adjective and a two-character noun, with a neighbouring item of the same make. A name's
 * surname is not a verb, so a list of names is not written so.
 */
export function inListOfActs(text: string, start: number, end: number, tokens: Token[]): boolean {
  if (end - start !== ACT_ITEM_LENGTH || !(text[start - 1] === '、' || text[end] === '、')) return false;
  const madeAsAct = (from: number) => {
    const act = tokens[firstTokenFrom(tokens, from)];
    const object = tokens[firstTokenFrom(tokens, from + 1)];
    return act?.start === from && act.end === from + 1 && ACT_TAG.test(act.tag) && object?.start === from + 1 && object.end === from + ACT_ITEM_LENGTH && OBJECT_TAG.test(object.tag);
  };
  if (!madeAsAct(start)) return false;
  const before = start - 1 - ACT_ITEM_LENGTH;
  return (text[start - 1] === '、' && before >= 0 && madeAsAct(before)) || (text[end] === '、' && madeAsAct(end + 1));
}

/**
 * Whether text[start, end) is one of two or more phrases alike joined by 、, a verb's character and its object, that
 * inListOfActs does not read by the segmenter's words (管钱、|管权|、管事; 利当前、|惠长远): of two characters beside an
 * ordinary word opening with the same character, or of a character and an adverb's, a time's or a verb's word of two
 * beside another such phrase.
 */
export function inListOfLikeVerbPhrases(text: string, start: number, end: number, tokens: Token[]): boolean {
  if (end - start === 2) {
    const alike = (item: Token | undefined) => item !== undefined && isCommonWord(item) && item.word.length === 2 && item.word[0] === text[start];
    return (text[end] === '、' && alike(tokens[tokenStartingAt(tokens, end + 1)]) && PHRASE_LIST_ENDS.has(text[end + 3] ?? '')) ||
      (text[start - 1] === '、' && alike(tokens[tokenEndingAt(tokens, start - 1)]));
  }
  // A character, then an ordinary word of two ending at `to`.
  const verbAndObject = (to: number) => {
    const object = tokens[tokenEndingAt(tokens, to)];
    return object !== undefined && object.start === to - 2 && PHRASE_OBJECT_TAGS.test(object.tag) && HAN.test(text[to - 3] ?? '');
  };
  return end - start === ACT_ITEM_LENGTH && verbAndObject(end) && tokens[tokenEndingAt(tokens, end)]?.start === start + 1 &&
    ((text[start - 1] === '、' && verbAndObject(start - 1)) || (text[end] === '、' && PHRASE_LIST_ENDS.has(text[end + ACT_ITEM_LENGTH + 1] ?? '') && verbAndObject(end + ACT_ITEM_LENGTH + 1)));
}
/** The tags of the objects of such phrases, no noun's (当前/t, 长远/d): a name's given name is read as a noun more often. */
const PHRASE_OBJECT_TAGS = /^(t|d|a|ad|v|vn)$/;
/** What may follow the last of such phrases. */
const PHRASE_LIST_ENDS = new Set(['、', '，', '。', '；', '的']);

/** The length of a set phrase (尊老爱幼, 母慈子孝). */
const SET_PHRASE_LENGTH = 4;
/** What stands between the set phrases of a series: list marks and commas. */
const SET_PHRASE_MARKS = new Set(['、', '，']);
/** The segmenter's tags of idioms and set phrases (尊老爱幼/l, 兄友弟恭/i). */
const SET_PHRASE_TAGS = /^(l|i)$/;

/**
 * Whether text[start, end) is a four-character item of a series of set phrases (尊老爱幼、|妻贤夫安|，母慈子孝、兄友弟恭):
 * between marks, with four-character items on both sides, one of them a phrase the segmenter knows as an idiom. A list
 * of names is not written so.
 */
export function inSeriesOfSetPhrases(text: string, start: number, end: number, tokens: Token[]): boolean {
  if (end - start !== SET_PHRASE_LENGTH || !SET_PHRASE_MARKS.has(text[start - 1] ?? '') || !SET_PHRASE_MARKS.has(text[end] ?? '')) return false;
  const item = (from: number) => from >= 0 && from + SET_PHRASE_LENGTH <= text.length && [...text.slice(from, from + SET_PHRASE_LENGTH)].every((ch) => HAN.test(ch));
  const before = start - 1 - SET_PHRASE_LENGTH;
  const after = end + 1;
  if (!item(before) || !item(after) || !SET_PHRASE_MARKS.has(text[after + SET_PHRASE_LENGTH] ?? '。')) return false;
  const idiomAt = (from: number) => {
    const word = tokens[firstTokenFrom(tokens, from)];
    return word?.start === from && word.end === from + SET_PHRASE_LENGTH && SET_PHRASE_TAGS.test(word.tag);
  };
  return idiomAt(before) || idiomAt(after);
}

/** Tags of ordinary words a list of qualities or acts is made of: adjectives, verbs, their nouns and adverbs. */
const ORDINARY_WORD_TAGS = /^(a|ad|an|v|vn|vd|d)$/;
/** Tags of the one-character verb or adjective that opens a short act (稳|增长, 促|改革, 防|风险). */
const ACT_OPENING_TAGS = /^(a|ad|v|vd|d)$/;
/** Tags of the word a one-character verb acts on (增长/v, 改革/vn, 结构/n). */
const ACT_OBJECT_TAGS = /^(a|ad|an|v|vn|vd|n)$/;

/** An item of a list of qualities that is tokens[first]: one ordinary word (普惠); undefined when it is none. */
function ordinaryItem(tokens: Token[], first: number): { start: number; end: number } | undefined {
  const word = tokens[first];
  return word && ORDINARY_WORD_TAGS.test(word.tag) ? { start: word.start, end: word.end } : undefined;
}
/** An item of a list of acts from tokens[first]: a one-character verb and the word it acts on (稳|增长, 调|结构). */
function actItem(tokens: Token[], first: number): { start: number; end: number } | undefined {
  const [verb, object] = [tokens[first], tokens[first + 1]];
  if (!verb || !object || verb.word.length !== 1 || object.start !== verb.end || !ACT_OPENING_TAGS.test(verb.tag) || !ACT_OBJECT_TAGS.test(object.tag)) return undefined;
  return { start: verb.start, end: object.end };
}

/**
 * Whether an item starts at `start`: after a mark, or as the list's first item after its verb (坚持|开放、), not inside
 * a longer item after a 、 (、黄守|正/d、: a name's last character).
 */
function opensItem(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && HAN.test(text[at])) at--;
  return at === start - 1 || text[at] !== '、';
}
/** Whether an item ends at `end`: before a mark, or as the list's last item running into its noun (兜底性|民生建设). */
function closesItem(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && HAN.test(text[at])) at++;
  return at === end || text[at] !== '、';
}

/**
 * Whether text[start, end) stands between marks in a 、-list whose neighbouring items, two at least, are each one
 * ordinary word of the segmenter's (开放、包容、|普惠|、均衡的方向) or a short act (稳增长、促改革、|惠民生|、防风险): a list
 * of qualities or acts, no names.
 */
export function inListOfOrdinaryWords(text: string, start: number, end: number, tokens: Token[]): boolean {
  if (text[start - 1] !== '、' && text[end] !== '、') return false;
  let ordinary = 0;
  // Items before: ending at the 、 and starting after a mark (or the list's first item, after its verb).
  for (let at = start - 1, items = 0; items < 2 && text[at] === '、'; items++) {
    const last = tokenEndingAt(tokens, at);
    const item = (last >= 1 ? actItem(tokens, last - 1) : undefined) ?? (last >= 0 ? ordinaryItem(tokens, last) : undefined);
    if (!item || item.end !== at || !opensItem(text, item.start)) break;
    ordinary++;
    at = item.start - 1;
  }
  for (let at = end, items = 0; items < 2 && text[at] === '、'; items++) {
    const first = firstTokenFrom(tokens, at + 1);
    const item = actItem(tokens, first) ?? ordinaryItem(tokens, first);
    if (!item || item.start !== at + 1 || !closesItem(text, item.end)) break;
    ordinary++;
    at = item.end;
  }
  return ordinary >= 2;
}

/** The most characters of an item of a list of phrases (可持续目标, 开拓创新): longer runs are clauses. */
const LONGEST_PHRASE_ITEM = 6;
/** How many items on each side of the name's own a list of phrases is read for. */
const PHRASE_ITEMS_READ = 3;
/** Tags of the ordinary words a list of phrases is made of, and of idioms (守望相助/i, 开拓创新/l): no names, places or bodies. */
const PHRASE_WORD_TAGS = /^(n|v|vn|vd|a|ad|an|d|i|l)$/;
/** What ends an item of a list on its outer sides. */
const ITEM_EDGE = /[，。；：！？,.;:!?“”"（）()《》\s]/;

/**
 * Whether text[start, end) lies in an item of a 、-list of phrases, two of whose other items at least are made of
 * ordinary words and idioms (实现|高标准、|惠民生|、可持续|目标; 一批|制度性、|管长远|、见实效|的; “守望相助、深度融通、开拓创新、
 * |普惠|共赢”): a list of aims or qualities, whatever a reader takes one item for. The list's first item may follow its
 * verb and its last run into the noun it qualifies: of those, the words next to the 、 are read. A list of people has
 * names there.
 */
export function inListOfPhrases(text: string, start: number, end: number, tokens: Token[]): boolean {
  // Where the item around `from` starts (step -1) or ends (step 1): at its 、 or other mark, read within an item's length
  // only (a long text with no mark is no list, and is not walked once per name).
  const itemEdge = (from: number, step: -1 | 1) => {
    let at = from;
    while (at > 0 && at < text.length && Math.abs(at - from) <= LONGEST_PHRASE_ITEM && text[step < 0 ? at - 1 : at] !== '、' && !ITEM_EDGE.test(text[step < 0 ? at - 1 : at])) at += step;
    return at;
  };
  const itemStart = itemEdge(start, -1);
  const itemEnd = itemEdge(end, 1);
  // The name fills its item but for a word of two at most (普惠|共赢), not a name inside a group's (学雷锋小组).
  if (itemEnd - itemStart > LONGEST_PHRASE_ITEM || itemEnd - itemStart - (end - start) > MOST_BESIDE_NAME || (text[itemStart - 1] !== '、' && text[itemEnd] !== '、')) return false;
  const phraseWord = (k: number) => k >= 0 && k < tokens.length && PHRASE_WORD_TAGS.test(tokens[k].tag);
  let phrases = 0;
  // Items before, each ending at a 、: its phrase words back from the 、, the whole item but for the list's first, which
  // may follow its verb (实现|高标准).
  for (let mark = itemStart - 1, read = 0; read < PHRASE_ITEMS_READ && text[mark] === '、'; read++) {
    let k = tokenEndingAt(tokens, mark);
    let from = mark;
    while (phraseWord(k) && mark - tokens[k].start <= LONGEST_PHRASE_ITEM) from = tokens[k--].start;
    const start = itemEdge(from, -1);
    const first = text[start - 1] !== '、';
    if (mark - from >= 2 && (from === start || first) && !readsAsChineseName(text.slice(from, mark))) phrases++;
    if (first || from !== start) break;
    mark = start - 1;
  }
  // Items after, each starting after a 、: its phrase words on from the 、, the whole item but for the list's last,
  // which may run into the noun it qualifies (可持续|目标, 见实效|的).
  for (let mark = itemEnd, read = 0; read < PHRASE_ITEMS_READ && text[mark] === '、'; read++) {
    let k = firstTokenFrom(tokens, mark + 1);
    let to = mark + 1;
    while (phraseWord(k) && tokens[k].start === to && tokens[k].end - mark - 1 <= LONGEST_PHRASE_ITEM) to = tokens[k++].end;
    const end = itemEdge(to, 1);
    const last = text[end] !== '、';
    if (to - mark - 1 >= 2 && (to === end || last) && !readsAsChineseName(text.slice(mark + 1, to))) phrases++;
    if (last || to !== end) break;
    mark = end;
  }
  return phrases >= 2;
}
/** The most characters of the name's item beside the name in a list of phrases (共赢 of 普惠共赢). */
const MOST_BESIDE_NAME = 2;
