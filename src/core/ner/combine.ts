/**
 * Joins the learned labeller's people, places and organisations with the rules' entities. The rules stay in
 * charge where they speak (titles and roles, bylines, dates, places with their parents); the labeller adds the
 * names they miss, and overrules them on organisations, where the rules guess from the segmenter's tags alone
 * and the labeller, trained on an annotated corpus, is far more precise. Places it finds get their kind and
 * parent from the gazetteer.
 */
import titles from '../../../data/titles.json';
import worldPlaces from '../../../data/world-places.json';
import type { CombineTrace, Entity, EntityType, Span } from '../types';
import { COUNTRY_KIND, type Gazetteer } from '../places/gazetteer';
import { ABBREVIATION_KIND, SITE_KIND, closesPlaceListAt, isUnambiguousCountryForm, opensChinaPair, endsWithCountrySide, isCountrySide, namesChinaAndNamedCountry, namesCountryByShortForm, namesCountrySideWord, namesStateInFullStyle, COUNTY_KINDS } from '../places/recognizePlaces';
import { endsInBodyWord, endsInTradeOrAgency, isActWord, isNotOrganizationName } from '../organizations/recognizeOrganizations';
import { firstTokenFrom, tokenAt, tokenEndingAt, tokenStartingAt, type Token } from '../text/tokens';
import { FUNCTION_WORD_SURNAMES, isInTurnWord, isMiddleDot, japaneseNameEnd, nameAfterSplitHead, japaneseSurnameLength, LONGEST_CHINESE_NAME, NUMERAL_TAG, endsAsInstitution, endsInInstitutionWord, isNameBoundary, isSurname, namesInDoctrineLists, givenNameLikelihood, hasSurname, honorificAt, isHonorific, namesAdministration, isListJoinerToken, isRelativeWord, kinshipEndsAt, endsInGluedWhen, wordAfterNameGlued, UNKNOWN_WORD_TAG, isTransliterated, transliteratedButOne, isCommonWord, isFollower, isNameChar, isSpeechWord, LIST_CLOSER, MAX_TRANSLITERATED, namesDoctrine, namesInstitution, PERSONAL_NOTE, surnameBeforeHonorific, surnameLength } from '../people/names';
import { OFFICIAL_HEADS, RULES_TITLES_AFTER_NAME, isReportingRole, isTitleHead, titleEndingAt, titleStartingAt } from '../people/titleChains';
import { COMRADE, GIVEN_HE, appointmentFrameEndsAt, chairAt, congratulatedAt, delegationLeaderAt, followsRemovalVerb, followsSurnameAddress, headsFamilyAt, isAttendant, isAwardee, isKnownOfficial, joinsNothingAt, regnalNumberAt, relationAt, surnameBeforeTitle, talkCounterpartAt } from '../people/recognizePeople';
import { LIST_ITEM_CHAR, inSeriesOfSetPhrases, inListOfActs, inListOfLikeVerbPhrases, inListOfLikeWords, inListOfOrdinaryWords, inListOfPhrases, inListOfPlaces, inListOfThings } from '../people/thingLists';
import { ALL_HAN, CLOSING_BRACKETS, HAN, MIDDLE_DOT, OPENING_BRACKETS, PART_DOT } from '../text/characters';
import { isCountedListItem } from '../people/countedLists';
import nameThresholds from '../../../data/name-stats-threshold.json';
import type { NerSpan, NerType } from './labels';
import type { SpanMargins } from './spanMargins';
import modelMargins from '../../../data/model-margins.json';
import nameBoundaries from '../../../data/name-boundaries.json';
import organizations from '../../../data/organizations.json';
import placePatterns from '../../../data/place-patterns.json';
import { WordList } from '../text/wordList';
import placeKinds from '../../../data/place-kinds.json';
import lawNames from '../../../data/law-names.json';
import segmenterWords from '../../../data/segmenter-words.json';
import eventTriggers from '../../../data/event-triggers.json';

type RuleEntity = Omit<Entity, 'text'>;

const ENTITY_TYPE_OF: Record<NerType, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };
/** The heads of officials' titles, the rules' and the labeller's (titleChains). */
const TITLE_HEADS: ReadonlySet<string> = OFFICIAL_HEADS;
/** The titles written after a name (习近平|总书记). */
const TITLES_WRITTEN_AFTER_NAMES = new Set(RULES_TITLES_AFTER_NAME);
const LONGEST_HEAD = Math.max(...[...TITLE_HEADS].map((h) => h.length));
const BODY_WORDS = new Set<string>(titles.chainWords);
const PLACE_ENDINGS = new Set(nameBoundaries.placeEndings);
const TEMPLE_ENDINGS = new Set(nameBoundaries.templeEndingsOverLabeller);
const LETTER_WORDS = nameBoundaries.letterWords;
const SHORT_NAME_AFTER = organizations.shortNameAfter;
const KNOWN_ORGANIZATIONS = new Set(organizations.standalone);
const COMPANY_ENDINGS: readonly string[] = organizations.companyEndings;

/** Whether the span fills a bracket right after an organisation's full name (…抵抗运动（哈马斯）). */
function isShortNameOfOrganization(span: Span, text: string): boolean {
  if (!/[（(]/.test(text[span.start - 1] ?? '') || !/[）)]/.test(text[span.end] ?? '')) return false;
  const before = span.start - 1;
  return SHORT_NAME_AFTER.some((ending) => text.startsWith(ending, before - ending.length));
}

/** Words that end a land's name (科尔沁|沙地, 塔里木|盆地: place-patterns.json geoSuffixes of two characters or more): no person's. */
const GEOGRAPHIC_WORD_ENDINGS = placePatterns.geoSuffixes.filter((ending) => ending.length >= 2);
const endsAsLand = (name: string): boolean => GEOGRAPHIC_WORD_ENDINGS.some((ending) => name.endsWith(ending) && name.length > ending.length + 1);

/** A surname and given characters ending as a village's or a temple's name does (李祖村, 桑顶寺): a place's name. */
function namedLikePlace(name: string, endings: ReadonlySet<string> = PLACE_ENDINGS): boolean {
  return name.length >= 3 && hasSurname(name) && endings.has(name[name.length - 1]);
}

/** The labeller's name read on over 致 before what 致 sends (通伦|致唁电): the name without 致. */
function beforeSendingVerb(span: NerSpan, text: string): NerSpan {
  const last = span.end - 1;
  if (span.end - span.start < 3 || text[last] !== '致' || !LETTER_WORDS.some((word) => text.startsWith(word, span.end))) return span;
  return { ...span, end: last };
}

/** Whether `rest` is one or more words of a place's own party or government bodies (区委, 人大常委会, 党委). */
function isPlaceBodies(rest: string): boolean {
  if (!rest) return false;
  for (let length = rest.length; length > 0; length--) {
    if (BODY_WORDS.has(rest.slice(0, length)) && (length === rest.length || isPlaceBodies(rest.slice(length)))) return true;
  }
  return false;
}

function fromModel(span: NerSpan, text: string, gazetteer: Gazetteer): RuleEntity {
  const type = ENTITY_TYPE_OF[span.type];
  const name = text.slice(span.start, span.end);
  if (type !== 'place') return { type, start: span.start, end: span.end, canonical: name };
  const canonical = gazetteer.placeName(name);
  const record = gazetteer.lookup(canonical)[0];
  return { type, start: span.start, end: span.end, canonical, kind: record?.kind ?? '地名', parent: record?.parent };
}

/**
 * A person the rules did not find is taken from the labeller unless its characters read as something else: one
 * ordinary word of the segmenter, a doubled character (殷殷), or a surname before characters that are rarer in
 * given names than in words (幸福感; data/name-stats-threshold.json modelPersonThreshold).
 */
function looksLikeName(span: NerSpan, text: string, tokens: Token[]): boolean {
  const token = tokens[tokenStartingAt(tokens, span.start)];
  const oneWord = token !== undefined && token.end === span.end;
  if (oneWord && isCommonWord(token)) return false;
  const name = text.slice(span.start, span.end);
  if (name.length === 2 && name[0] === name[1]) return false;
  // A surname that is also a function word (和|光荣, 于|是) more often begins the next words than a name.
  if (FUNCTION_WORD_SURNAMES.has(name[0])) return false;
  return !oneWord || !hasSurname(name) || name.length === 1 || givenNameLikelihood(name) >= nameThresholds.modelPersonThreshold;
}

/**
 * A dotted run joins words, as headlines do, where the segmenter reads each of its longer parts as an ordinary word
 * (食堂·学堂), or some of them where no part is written in transliteration characters alone (信心·权威); a
 * foreign name's parts are no such words (阿不都·热合曼, 阎·豪伟, 印第安纳·琼斯).
 */
function joinsWords(span: NerSpan, text: string, tokens: Token[]): boolean {
  const parts = text.slice(span.start, span.end).split(MIDDLE_DOT);
  if (parts.length < 2) return false;
  // 发|展·权威: a run that starts inside an ordinary word is its end joined to the next word.
  const first = tokens[tokenAt(tokens, span.start)];
  if (first && first.start < span.start && isCommonWord(first)) return true;
  let start = span.start;
  let words = 0;
  let others = 0;
  for (const part of parts) {
    const token = tokens[tokenStartingAt(tokens, start)];
    // A transliteration the segmenter tags as a word (索尼亚/ns, 哈桑纳尔/ns) and a one-character part (川·立派) are a
    // foreign name's parts, not words.
    if (part.length >= 2 && token?.end === start + part.length && isCommonWord(token) && !isTransliterated(part)) words++;
    else others++;
    start += part.length + 1;
  }
  // 花·妈妈·儿子: a one-character part beside two words or more is a list of words, not a name.
  return words > 0 && (others === 0 || !(parts.some(isTransliterated) || (words === 1 && parts.some((part) => part.length === 1))));
}

/** A name of a surname and one ordinary word of the segmenter's, two characters or more (成|定局). */
function givenPartIsWord(entity: RuleEntity, text: string, tokens: Token[]): boolean {
  const given = entity.start + surnameLength(text, entity.start);
  const token = tokens[tokenStartingAt(tokens, given)];
  return given > entity.start && token !== undefined && token.end === entity.end && token.word.length >= 2 && isCommonWord(token) && !isTransliterated(token.word);
}

/** Whether a title head starts at `at` (区委|书记): an organisation before it is part of a title chain. */
function titleHeadAt(text: string, at: number): boolean {
  for (let length = LONGEST_HEAD; length > 0; length--) if (TITLE_HEADS.has(text.slice(at, at + length))) return true;
  return false;
}

/** Whether a title's head ends at `at` (常委、中央纪委书记|贺国强到广西柳州、桂林…: a titled name, no item of a list of places). */
function titleHeadEndsAt(text: string, at: number): boolean {
  for (let length = Math.min(LONGEST_HEAD, at); length > 0; length--) if (TITLE_HEADS.has(text.slice(at - length, at))) return true;
  return false;
}

const NER_TYPE_OF: Partial<Record<EntityType, NerType>> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/**
 * How far the labeller's best reading may fall before a rule's reading of that kind gives way (data/model-margins.json).
 * A titled name gives way sooner to the labeller's own person over other bounds (拉赫|蒙) than to its place or
 * nothing: the title says there is a name, not where a transliterated one ends.
 */
function marginLimit(entity: RuleEntity, readAsPerson: boolean): number {
  if (entity.type === 'person' && entity.role) return readAsPerson ? modelMargins.titledPersonRebounded : modelMargins.titledPerson;
  if (entity.type === 'person') return MIDDLE_DOT.test(entity.canonical ?? '') ? modelMargins.dottedPerson : modelMargins.untitledPerson;
  if (entity.type === 'organization') return modelMargins.organization;
  // A site stands by the place its name begins with (泽普县|长寿民俗文化村); one with none (太阳|广场) is a guess.
  if (entity.kind === SITE_KIND && entity.parent === undefined) return modelMargins.place;
  return (entity.kind !== undefined && modelMargins.placeKinds[entity.kind as keyof typeof modelMargins.placeKinds]) || modelMargins.place;
}

/** The labeller's spans by character: the index of the span covering each, -1 where none does. */
function spanIndexByCharacter(spans: NerSpan[], length: number): Int32Array {
  const spanAt = new Int32Array(length).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.start, s.end));
  return spanAt;
}

/**
 * Whether a rule's entity stands beside the labeller, and why (a verdict starting "falls" is that it does not):
 * where the labeller reads the same span the same way, or where forcing its reading onto the labeller costs it
 * less than the rule's evidence is worth. A title before a name is worth more than the segmenter's tag; an
 * official's title wins outright where the labeller sees no entity at all (a rare foreign name, 德国总理|默茨) unless
 * the segmenter reads a word in the name (总统|宣誓就职, 国防部长|扬言); another title does not (市民|张榜公布,
 * 老人|单过): after those the rules read words the labeller is sure are none; a name that cuts an
 * ordinary word in two (主席|高度重视) never stands, and a national leader's name (data/known-officials.json) always; a place the labeller reads
 * inside its own party or government body that heads a title stays a place (浦东新区|区委书记), not one inside a
 * company's or an association's name (玉溪卷烟厂|厂长, 约旦工程师协会|主席); a brand or government body named
 * after a place (烟台啤酒, 大连市国税局) stands whatever the labeller reads, other bodies (中国|代表团) follow it; so does a
 * division the labeller misreads (湘西土家族苗族自治州 as a body, 广西南宁 as one place).
 */
function ruleVerdict(entity: RuleEntity, model: ModelReading, text: string, tokens: Token[], gazetteer: Gazetteer, ruleNameCover: Uint8Array, crossingDivisions: Set<NerSpan>, namedPlaces: ReadonlySet<string>): RuleVerdict {
  const type = NER_TYPE_OF[entity.type];
  if (!type) return 'not a name';
  // 经贸、减贫惠农等领域: an untitled name in a list of things is none, whatever the labeller reads there.
  if (entity.type === 'person' && !entity.role && inListOfThings(text, entity.start, entity.end, tokens)) return 'falls: in a list of things';
  // 伏羲庙, 白马寺: an untitled name ending as a temple does names the temple, even where the labeller reads it the same;
  // 阿瓦提|乡: a name before 乡 or 镇 that makes a township with it names the township.
  if (entity.type === 'person' && !entity.role && (namedLikePlace(text.slice(entity.start, entity.end), TEMPLE_ENDINGS) || townshipEnd(entity, text, gazetteer) !== undefined)) return 'falls: named like a place';
  if (entity.type === 'place' && insideTempleName(entity, text, tokens)) return 'falls: inside a temple name';
  // 戴高乐|曾孙女/nr|娜塔莉·戴高乐: a word for a relative is no one's name, whatever the segmenter tags it.
  if (entity.type === 'person' && !entity.role && isRelativeWord(text.slice(entity.start, entity.end))) return 'falls: a relative\'s word';
  // 高望等|巴方|代表: a country's side is no one, whatever title follows it.
  if (entity.type === 'person' && isCountrySide(text.slice(entity.start, entity.end))) return 'falls: a country\'s short form or side';
  if (entity.type === 'place' && namesChinaAndNamedCountry(text, entity.start, entity.end)) return 'falls: two countries by their short forms';
  const same = model.spans[model.spanAt[entity.start]];
  if (same && same.start === entity.start && same.end === entity.end && same.type === type) return 'labeller agrees';
  // 湘西土家族苗族自治州 alone: a division the labeller reads as a body of the same bounds (its peoples read like an
  // association's), cuts (自治州泸|溪县) or joins to the next (广西南宁) is the place (spansCrossingDivisions); in a
  // longer body (…自治州人民政府) the labeller's body stands.
  if (entity.type === 'place' && DIVISION_KINDS.has(entity.kind ?? '') && overlapsAny(entity, model, crossingDivisions)) return 'division the labeller misreads';
  if (entity.type === 'organization' && endsInTradeOrAgency(text.slice(entity.start, entity.end)) && namedAfterPlace(entity, text, gazetteer)) return 'named after a place';
  // 巴楚县|童梦幼儿园: the labeller reads a body named after no place it knows as a place, which no place's name ends
  // like; the rules' body (…巴楚县童梦幼儿园) stands.
  const last = entity.type === 'organization' ? model.spans[model.spanAt[entity.end - 1]] : undefined;
  if (last?.type === 'LOC' && last.end === entity.end && last.start >= entity.start && endsInBodyWord(text.slice(last.start, last.end))) return 'body the labeller reads as a place';
  // 贝泰妮|生物科技有限公司: the labeller reads a person and then a company, the company's first word and the rest of its
  // name (as with 巴斯夫|杉杉电池材料有限公司 below); the rules' whole company stands.
  const first = entity.type === 'organization' ? model.spans[model.spanAt[entity.start]] : undefined;
  if (last?.type === 'ORG' && last.end === entity.end && first?.type === 'PER' && first.start === entity.start && first.end === last.start &&
    COMPANY_ENDINGS.some((ending) => text.startsWith(ending, entity.end - ending.length))) return 'company named by its first word';
  // 奥的斯电梯（|中国）有限公司: the labeller reads a company from the place in its brackets on; the rules' whole name stands.
  if (last?.type === 'ORG' && last.end === entity.end && last.start > entity.start && OPENING_BRACKETS.has(text[last.start - 1])) return 'body the labeller cuts at its brackets';
  // 哈马斯, 塔利班: a body known by its name alone (organizations.json standalone), where the labeller takes it for a
  // person (not where it reads a longer body, 国务院|新闻办公室, or a place).
  if (entity.type === 'organization' && KNOWN_ORGANIZATIONS.has(text.slice(entity.start, entity.end)) && readOnlyAsPerson(entity, model)) return 'known organisation';
  // 博鳌亚洲论坛, 亚投行: an organ's name of today's language that the segmenter's user words hold (segmenter-words.json),
  // which the labeller never met in 1998's paper, stands whole however the labeller reads it (博鳌亚洲|论坛).
  if (entity.type === 'organization' && USER_ORGAN_WORDS.has(text.slice(entity.start, entity.end))) return 'organ the labeller was not trained with';
  let overlapped = false;
  let readAsPerson = false;
  let insideTitledBody = false;
  // 姆|南加|古瓦总统: the labeller reads only a piece of the name, as a place the gazetteer does not know.
  let strayPlacesOnly = true;
  // 同夏|巴兹|举行会谈: or a place of its last characters, where something else vouches for the name.
  let strayPlacesToEnd = true;
  for (let i = entity.start; i < entity.end; i++) {
    const span = model.spans[model.spanAt[i]];
    if (!span) continue;
    overlapped = true;
    strayPlacesOnly &&= span.type === 'LOC' && span.start > entity.start && span.end < entity.end && !gazetteer.has(text.slice(span.start, span.end));
    strayPlacesToEnd &&= span.type === 'LOC' && span.start > entity.start && span.end <= entity.end && !gazetteer.has(text.slice(span.start, span.end));
    readAsPerson ||= rebounds(span, entity, text);
    insideTitledBody ||= span.type === 'ORG' && titleHeadAt(text, span.end) && span.start === entity.start && isPlaceBodies(text.slice(entity.end, span.end));
  }
  if (entity.type === 'person') {
    if (isKnownOfficial(entity.canonical ?? '')) return 'known official';
    const name = text.slice(entity.start, entity.end);
    // 热依木江说 after 阿布都·热依木江: a part of a dotted name the document names whole (laterMentions' short forms),
    // where the labeller reads nothing over it, is that person.
    if (!overlapped && entity.canonical !== undefined && entity.canonical !== name && entity.canonical.split(PART_DOT).includes(name)) return 'short form of a dotted name';
    // 安巴 (安提瓜和巴布达), 孟方: a country's short form or side, however the rules came to read a name there.
    if (namesCountryByShortForm(name, text)) return 'falls: a country\'s short form or side';
    // 《…领导人马丘比丘宣言》: a document named after a place, however a title before it reads.
    if (namesDocument(text, entity.start, entity.end) || namesLaw(text, entity.start, entity.end)) return 'falls: names a document';
    // 赫格塞|思, 莱维|特: the labeller reads on where the rules cut a transliterated name after its title, but not
    // over a word that follows names (王浩|到, 李华|同) nor, from a Chinese name, into the rules' next name (刘健|李林).
    const intoNextName = !isTransliterated(name) && same !== undefined && ruleNameCover.subarray(entity.end, same.end).includes(1);
    // A rule's name that stops at a middle dot the labeller reads across (董事长弗雷德里克|·史密斯) is a foreign name's first part.
    // Nor into an ordinary word it would cut (省长王凯|陪同|下: not 王凯陪).
    // A transliterated name it reads whole is the name however far it reads on (部长努尔|加|利耶夫), also with one
    // character of its rest no transliteration's, where the rules' part is all transliteration (特使拉夫连|季/nr|耶夫).
    const readsOnFromStart = same?.type === 'PER' && same.start === entity.start && same.end > entity.end;
    const dottedOn = readsOnFromStart && dottedOnFrom(entity.end, same.end, text);
    const readsOn = readsOnFromStart &&
      (same.end - entity.end <= MAX_READ_ON || MIDDLE_DOT.test(text[entity.end]) || isTransliterated(text.slice(same.start, same.end)) ||
        (isTransliterated(name) && transliteratedButOne(text.slice(entity.end, same.end))) || dottedOn) &&
      (!isFollower(text[entity.end]) || numeralEndsName(entity, same, tokens) || dottedOn) && !intoNextName && !cutsWordAtEnd(same, entity.end, tokens);
    // 同米|舒斯京: an untitled name's first character the segmenter gave to the word before; 约翰·|史密斯总统: a titled
    // name's first part before its middle dot.
    // 居/v|来提·买买提明常委: a dotted name's first part whose first character the segmenter left alone as a word of
    // its own, where the labeller reads back over it, starts where the labeller's does, title or not.
    const before = text.slice(same?.start ?? entity.start, entity.start);
    const readsBack = same?.type === 'PER' && same.end === entity.end && same.start < entity.start &&
      ((!entity.role && ![...before].some(isFollower)) || MIDDLE_DOT.test(text[entity.start - 1]) ||
        (MIDDLE_DOT.test(name) && before.length === 1 && HAN.test(before) && !isFollower(before) && tokens[tokenStartingAt(tokens, same.start)]?.end === entity.start));
    if (readsOn) return 'falls: labeller reads on';
    // …、吴东、郎景|和|等专家: where the labeller stops before a 和 that only 等 or a mark follows, the 和 joins nothing
    // and ends the name.
    if (same?.type === 'PER' && same.start === entity.start && same.end === entity.end - 1 && text[same.end] === GIVEN_HE && joinsNothingAt(text, entity.end)) return 'name ends in 和';
    // 议长阿吉亚尔-布兰科: a titled foreign name of two parts joined by a hyphen, where the labeller reads only the first
    // part as a name (the second it may take for a place): the title vouches for the whole, as does the full name
    // found in the report that it is part of (迪亚斯-卡内尔 of 米格尔·迪亚斯-卡内尔·贝穆德斯), and a title written right
    // after it (迪亚斯-卡内尔|第一书记).
    const partOfFullName = entity.canonical !== undefined && entity.canonical !== name && entity.canonical.includes(name);
    if ((entity.role || partOfFullName || titleHeadAt(text, entity.end)) && same?.type === 'PER' && same.start === entity.start && same.end < entity.end && isHyphenatedForeignName(name)) return 'hyphenated foreign name';
    // 总裁徐|大全/ad|，: a titled name closed off by punctuation where the labeller reads only its surname.
    if (entity.role && same?.type === 'PER' && same.start === entity.start && same.end - same.start === surnameLength(text, entity.start) &&
      entity.end - entity.start <= LONGEST_CHINESE_NAME && isNameBoundary(text, entity.end)) return 'titled name the labeller cuts to its surname';
    if (readsBack) return 'falls: labeller reads back';
    // 金日成|广场, “杜鲁门|”号: an untitled name before a building's, an institution's or a ship's word names that.
    if (!entity.role && namesInstitution(text, entity.end)) return 'falls: names an institution';
    if (!entity.role && namedLikePlace(name)) return 'falls: named like a place';
    if (cutsWord(entity, tokens, text)) return 'falls: cuts a word';
    // 学生|德智体美/nr|劳: four characters with no compound surname, no office's title and nothing the labeller
    // reads there, are a set phrase the dictionary tags as a name, not a name (minority names of four have their titles
    // or the labeller's reading).
    if (!overlapped && !entity.official && name.length === LONGEST_CHINESE_NAME && surnameLength(text, entity.start) < 2 && !isTransliterated(name) && !isKnownOfficial(name)) return 'falls: a four-character phrase';
    // 职工|高举, 农民|宁肯, 市民|满怀: after the role of someone who holds no office, an ordinary word (a verb, an adverb)
    // is what they do; an official's title says a name stands there more surely (书记|强卫/v).
    // Not a reporter's credit (记者罗更前摄）), nor one of a list after the role (选手王宗源、谢思埸), nor a name written
    // with its parts' dot (成员（…）：…阿不都·热合曼…: the dot says a name stands there, whatever words its parts make).
    if (entity.role && !entity.official && holdsWord(entity, tokens, PLACE_WORD_TAG) && !isTransliterated(name) && !MIDDLE_DOT.test(name) &&
      text[entity.start - 1] !== '、' && !(isReportingRole(entity.role) && CREDIT_END.test(text.slice(entity.end, entity.end + 1)))) return 'falls: an ordinary word after a role';
    const strayPlaceInForeignName = overlapped && strayPlacesOnly && isTransliterated(name);
    // 老挝|外/f|长沙/ns|伦赛: a titled name whose first character the segmenter and the labeller read into a place with the
    // head's last one is the name (names.ts nameAfterSplitHead).
    if (entity.role && nameAfterSplitHead(text, tokens, tokenStartingAt(tokens, entity.start - 1)) === entity.end) return 'name read across its title\'s head';
    // 齐塞克迪|总统|此访: a title written after a name the labeller reads is that name's, not one before a name.
    if (entity.role && !overlapped && titleOfLabellersName(entity, model, text)) return 'falls: the title of the name before it';
    if (entity.role && entity.official && (!overlapped || strayPlaceInForeignName) &&
      (!holdsWord(entity, tokens, strayPlaceInForeignName ? PLACE_WORD_TAG : undefined) || readAsJapaneseName(entity, text, tokens))) return 'official title, labeller silent';
    // 中国政法大学教授|时建中|同志: a title before the name and 同志 after it say a person stands there, whatever the labeller doubts.
    if (!overlapped && text.startsWith(COMRADE, entity.end) && hasSurname(name) && name.length <= LONGEST_CHINESE_NAME &&
      (entity.role !== undefined || titleEndingAt(tokens, entity.start, (token) => gazetteer.has(token.word)) !== undefined)) return 'titled comrade';
    // 文字编辑：程冲 at the text's end, 视频编辑：杜卓 文字编辑：…: a credit line's name, after its role and a colon, closed
    // off as credits are, is the person credited whatever its characters.
    // So is one the labeller cuts short (文字编辑：张冀|文 at the text's end).
    const cutShort = same?.type === 'PER' && same.start === entity.start && same.end < entity.end;
    if (entity.role && (!overlapped || cutShort) && isReportingRole(entity.role) && CREDIT_COLONS.has(text[entity.start - 1]) && CREDIT_END.test(text.slice(entity.end, entity.end + 1))) return 'credited';
    // 免去|陈进行|政协…副主任职务: the name between a removal's verb and the post before 职务 is the one removed, where the
    // labeller reads nothing there or only its start (陈).
    if (entity.role && followsRemovalVerb(text, entity.start) && (!overlapped || cutShort)) return 'removed from a post';
    // 任命苗生明为最高人民检察院副检察长: a name the frame of an appointment holds, between its verb and 为, is the appointee.
    if (entity.role && !overlapped && APPOINTED_AS.has(text[entity.end]) && appointmentFrameEndsAt(text, entity.start)) return 'appointed';
    // 李强同|阿比|会谈: the talk says there is a name there, as a title would; so does 会议由|万钢|主持, and a 、 beside
    // a name the labeller reads (杨晶、|常万全|、杨洁篪).
    const vouched = entity.role ? undefined : talkCounterpartAt(text, entity.start - 1) === name ? 'other side of a talk'
      : chairAt(text, entity.start - 1, tokens) === name ? 'chair of a meeting'
      : delegationLeaderAt(text, entity.start, tokens) === name ? 'leads the delegation met' : congratulatedAt(text, entity.start, tokens) === name ? 'congratulated'
      : isAwardee(text, entity.start, entity.end) ? 'awarded'
      : isAttendant(text, entity.start, entity.end, tokens) ? 'attended'
      : namesAdministration(text, entity.end) && isTransliterated(name) ? 'names an administration'
      : kinshipEndsAt(text, entity.start) ? 'named as a relative'
      : headsFamilyAt(text, entity.end) ? 'heads a family'
      : listedBesideName(entity, text, model, tokens) ? 'listed beside a name'
      : isCountedListItem(text, entity.start, entity.end) ? 'counted in a list' : undefined;
    // 致电|通伦|，祝贺他: a message's frame names its addressee outright where the labeller reads nothing there; so
    // does a family's 一家 its head (慰问了…黄家光|一家。).
    if ((vouched === 'congratulated' || vouched === 'heads a family') && !overlapped) return vouched;
    if (vouched) return model.margins.cost(entity.start, entity.end, type) <= modelMargins.titledPerson || (overlapped && strayPlacesToEnd) ? vouched : 'falls: beyond margin';
    // 、伍贻业（回族）、: a name a list closes off, with its bearer's ethnic group or sex noted after it, as lists of
    // deputies and members are written: whatever the labeller doubts, it is a person's.
    if (!entity.role && LIST_ITEM_START.test(text[entity.start - 1] ?? '\n') && NOTE_AFTER_NAME.test(text.slice(entity.end, entity.end + 12))) return 'ethnic group or sex noted';
  }
  // 国民党主席|成|定局: after a title, a surname and an ordinary word whose characters are rare in given names is no name.
  if (entity.type === 'person' && entity.role && givenPartIsWord(entity, text, tokens) && givenNameLikelihood(text.slice(entity.start, entity.end)) < nameThresholds.titledWordNameThreshold) return 'falls: an ordinary word after a title';
  if (entity.type === 'place' && insideTitledBody) return 'place heading a title';
  // 得州, 前海, 拉巴特: a place the gazetteer gained after the labeller was trained, which the labeller cannot know,
  // stands where it reads nothing else there (it may read the place as a name of the same bounds).
  // 李强在|首尔/d|与…: a place the gazetteer knows right after a locative word, where the labeller reads nothing.
  if (entity.type === 'place' && !overlapped && LOCATED_KINDS.has(entity.kind ?? '') && LOCATIVES_BEFORE_PLACES.some((word) => text.startsWith(word, entity.start - word.length))) return 'place after a locative word';
  // 遵义、|毕节/n|、贵阳: a division the gazetteer knows, listed right beside a place the labeller reads, where it reads
  // nothing over it (the segmenter took the short form for a common noun).
  if (entity.type === 'place' && !overlapped && gazetteer.namesDivision(entity.canonical ?? '') && readBesideInList(entity, text, model, 'LOC', text[entity.start - 1] === '、')) return 'listed beside a place';
  // 重镇|曼比季/x|等|地, 拜特/nrt|哈嫩/x|等地: an unknown name closing a list of places, where the labeller reads nothing.
  if (entity.type === 'place' && !overlapped && closesPlaceListAt(tokens, entity.start, entity.end, gazetteer)) return 'closes a list of places';
  // 走进|天桥社区, 察看|紫坪铺水库: a site right after a verb of visiting, where the labeller reads nothing.
  // 巡视了|丹江口水库: the aspect's 了 may stand between.
  const visitEnd = text[entity.start - 1] === PERFECTIVE ? entity.start - 1 : entity.start;
  if (entity.type === 'place' && !overlapped && entity.kind === SITE_KIND && (VISIT_VERBS_BEFORE_SITES.some((word) => text.startsWith(word, visitEnd - word.length)) || visitedInList(entity, text, gazetteer))) return 'site visited';
  // 李强在天津调研…李强来到|滨海新区: a division written in full, of a city or province the report names, is a place of
  // its story where the labeller reads nothing over it (it may never have seen the division in 1998's paper). Not the
  // divisions of two characters, named like the parts of any town (城区, 矿区, 东区).
  if (entity.type === 'place' && !overlapped && entity.end - entity.start > GENERIC_DIVISION_LENGTH && DIVISION_KINDS.has(entity.kind ?? '') &&
    gazetteer.liesWithin(text.slice(entity.start, entity.end), namedPlaces)) return 'division of a place the report names';
  // 吉首市…在|吉首|主持: a county written without its ending where the report names it in full elsewhere
  // (recognizePlaces' stems of the counties found), where the labeller reads nothing over it.
  if (entity.type === 'place' && !overlapped && entity.canonical !== undefined && entity.canonical !== text.slice(entity.start, entity.end) &&
    COUNTY_KINDS.has(entity.kind ?? '') && namedPlaces.has(entity.canonical)) return 'short form of a place the report names';
  // 祁阳县|潘家埠石洞源村: a village the rules read whole, which the labeller reads as two places or more filling it
  // (潘家埠, 石洞源村), is those places, the levels above the village and the village. Not where the rules cut the levels
  // themselves, after a township's ending (城关镇|鳝塘村) or after divisions the gazetteer knows (临沂市|沈泉庄村, whose
  // levels they give), nor a venue after its city (福州|西湖公园: one site).
  if (entity.type === 'place' && entity.kind === SITE_KIND && VILLAGE_ENDINGS.some((ending) => text.startsWith(ending, entity.end - ending.length)) &&
    readAsPlacesFilling(entity, model, text, gazetteer)) return 'falls: the labeller reads its levels';
  // 临夏州|积石山县: or where the labeller reads only its start as a place (积石山), the level it never saw cut off.
  if (entity.type === 'place' && gazetteer.isRulesOnly(text.slice(entity.start, entity.end)) &&
    (!overlapped || (same !== undefined && same.start === entity.start && (same.end === entity.end || (same.type === 'LOC' && same.end < entity.end))))) return 'place the labeller was not trained with';
  // 科尔沁沙地: a land named by its ending, which the labeller reads as a person (科 a surname) of the same bounds. Not
  // against its place (PD1998 reads 呼伦贝尔|草原, 准噶尔|盆地: the place before the land's word).
  if (entity.type === 'place' && same?.type === 'PER' && same.start === entity.start && same.end === entity.end && endsAsLand(text.slice(entity.start, entity.end))) return 'land named by its ending';
  // 越南社会主义共和国: a country the gazetteer knows in its full style, which the labeller cuts into a body and a place.
  if (entity.type === 'place' && namesStateInFullStyle(text.slice(entity.start, entity.end), gazetteer)) return 'country in its full style';
  return model.margins.cost(entity.start, entity.end, type) <= marginLimit(entity, readAsPerson) ? 'within margin' : 'falls: beyond margin';
}


const VERBS_BEFORE_SHORT_FORMS = new Set(placePatterns.verbsBeforeShortForms);

/**
 * 特别代表|来法/x|出席: a two-character name whose first character is a verb of going and whose second the rules read as
 * a place's short form (法: France) is that verb and that place, not a person.
 */
/**
 * 居民阿布|都/d|克热木·司马义: whether the labeller's reading on from `from` to `end` runs over a middle dot into a dotted
 * name's next part: a follower's character (都) at `from` is then inside the name's first part.
 */
function dottedOnFrom(from: number, end: number, text: string): boolean {
  for (let at = from + 1; at < end - 1; at++) if (isMiddleDot(text[at])) return true;
  return false;
}

/** place-patterns.json venueWords (机场, 宾馆, 会展中心). */
const VENUE_WORDS = new WordList(placePatterns.venueWords);

/**
 * 抵达|南宁|吴圩/x|国际机场: a city the labeller reads on into a venue's name (a place ending in a venue word), where the
 * rules read nothing in the rest, is that venue's first word: the labeller's place stands, and is split into the city
 * and its site as any city's venue is (splitCityVenues). Not where the rules read the venue's own name (北京|人民大会堂).
 */
function yieldToVenues(rules: RuleEntity[], verdicts: RuleVerdict[], model: Pick<ModelReading, 'spans' | 'spanAt'>, text: string): void {
  const ruleCover = new Uint8Array(text.length);
  for (const entity of rules) ruleCover.fill(1, entity.start, entity.end);
  for (const [index, entity] of rules.entries()) {
    const span = model.spans[model.spanAt[entity.start]];
    if (entity.type !== 'place' || verdicts[index].startsWith('falls') || span?.type !== 'LOC' || span.start !== entity.start || span.end <= entity.end) continue;
    if (VENUE_WORDS.endingAt(text, span.end) && !ruleCover.subarray(entity.end, span.end).includes(1)) verdicts[index] = 'falls: the first word of a venue';
  }
}

/**
 * 习近平在|日内瓦|万国宫|会见: the rules' untitled name between a place after 在 and the act done there is the venue
 * (namesVenueOfAct), which the labeller's reading there stands for.
 */
function yieldToVenuesOfActs(rules: RuleEntity[], verdicts: RuleVerdict[], text: string, tokens: Token[]): void {
  const placeEnds = new Set(rules.filter((e) => e.type === 'place').map((e) => e.end));
  for (const [index, entity] of rules.entries()) {
    if (entity.type === 'person' && !entity.role && placeEnds.has(entity.start) && namesVenueOfAct(entity, text, tokens, placeEnds)) verdicts[index] = 'falls: the venue of an act';
  }
}

/** 贝泰妮生物科技有限公司: the rules' person at the start of a company named by its first word is that word, no one. */
function yieldToCompanies(rules: RuleEntity[], verdicts: RuleVerdict[]): void {
  const companies = rules.filter((_, i) => verdicts[i] === 'company named by its first word');
  if (!companies.length) return;
  for (const [index, entity] of rules.entries()) {
    if (entity.type === 'person' && !entity.role && companies.some((c) => c.start === entity.start && entity.end < c.end)) verdicts[index] = 'falls: the first word of a company';
  }
}

function dropVerbsBeforeShortForms(rules: RuleEntity[], verdicts: RuleVerdict[], text: string): void {
  const shortFormStarts = new Set(rules.filter((e) => e.type === 'place' && e.end - e.start === 1).map((e) => e.start));
  for (const [index, entity] of rules.entries()) {
    if (entity.type === 'person' && entity.end - entity.start === 2 && VERBS_BEFORE_SHORT_FORMS.has(text[entity.start]) && shortFormStarts.has(entity.start + 1)) verdicts[index] = 'falls: a verb before a short form';
  }
}

/**
 * 老党员华水发…华水发闻讯…华水发常说: a Chinese name of surname and given name that the rules read again and again in one
 * report, where the labeller reads nothing else at any of its places, is that report's person though the labeller
 * doubts each one alone. Not two characters (文明, 南昆: words the rules misread repeat as often), nor one that starts
 * with an ordinary word (全国|双拥).
 */
export function vouchRepeatedNames(rules: RuleEntity[], verdicts: RuleVerdict[], ruleNames: Map<string, number[]>, model: Pick<ModelReading, 'spans' | 'spanAt'>, text: string, tokens: Token[]): void {
  const readsOtherwise = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const span = model.spans[model.spanAt[i]];
      if (span && (span.type !== 'PER' || span.start < start || span.end > end)) return true;
    }
    return false;
  };
  const vouched = new Map<string, boolean>();
  // 去过|花茂村 (遵义花茂村 before): not a name the rules read as a place they keep at the same place (花 a surname).
  const keptPlaces = new Set(rules.filter((e, i) => e.type === 'place' && !verdicts[i].startsWith('falls')).map((e) => `${e.start}:${e.end}`));
  for (const [index, entity] of rules.entries()) {
    const length = entity.end - entity.start;
    if (entity.type !== 'person' || verdicts[index] !== 'falls: beyond margin' || length < 3 || length > LONGEST_CHINESE_NAME) continue;
    if (keptPlaces.has(`${entity.start}:${entity.end}`)) continue;
    if (surnameLength(text, entity.start) === 0 || isCommonWord(tokens[tokenStartingAt(tokens, entity.start)])) continue;
    const name = text.slice(entity.start, entity.end);
    let repeated = vouched.get(name);
    if (repeated === undefined) {
      const starts = ruleNames.get(name) ?? [];
      repeated = starts.length >= nameThresholds.repeatedNameMinimum && !starts.some((start) => readsOtherwise(start, start + name.length));
      vouched.set(name, repeated);
    }
    if (repeated) verdicts[index] = 'repeated in the report';
  }
}

/**
 * 会见普拉博沃时 (the labeller: 普拉博沃时, a place) where the labeller reads the rules' name 普拉博沃 as a person at another
 * mention: a name of three characters or more is one person wherever the report writes it (issue 9's consistency).
 */
function vouchAgreedNames(rules: RuleEntity[], verdicts: RuleVerdict[], model: Pick<ModelReading, 'spans' | 'spanAt'>, text: string): void {
  const agreed = new Set<string>();
  for (const [index, entity] of rules.entries()) if (entity.type === 'person' && verdicts[index] === 'labeller agrees') agreed.add(text.slice(entity.start, entity.end));
  for (const [index, entity] of rules.entries()) {
    if (entity.type !== 'person' || verdicts[index] !== 'falls: beyond margin' || entity.end - entity.start < MIN_AGREED_NAME) continue;
    // Only where the labeller's reading is the name and the word after it (…时, …说): not a body or a site named
    // after the person (周小燕歌剧中心, 内塔尼亚胡政府), which stands.
    const over = model.spans[model.spanAt[entity.start]];
    const gluedWord = over !== undefined && over.start === entity.start && over.end === entity.end + 1 && GLUED_AFTER_NAME.test(text[entity.end]);
    if (gluedWord && agreed.has(text.slice(entity.start, entity.end))) verdicts[index] = 'agreed at another mention';
  }
}
/**
 * 遵义、毕节、贵阳 … 专程来到|毕节/n: a division the report names, kept at one mention, is that place at every other mention
 * of the same words where the labeller reads nothing over them (issue 9's consistency, for places).
 */
function vouchPlacesKeptElsewhere(rules: RuleEntity[], verdicts: RuleVerdict[], model: Pick<ModelReading, 'spans' | 'spanAt'>, text: string, gazetteer: Gazetteer): void {
  const kept = new Set<string>();
  for (const [index, entity] of rules.entries()) if (entity.type === 'place' && !verdicts[index].startsWith('falls')) kept.add(text.slice(entity.start, entity.end));
  for (const [index, entity] of rules.entries()) {
    if (entity.type !== 'place' || verdicts[index] !== 'falls: beyond margin') continue;
    const name = text.slice(entity.start, entity.end);
    if (!kept.has(name) || !gazetteer.namesDivision(name)) continue;
    if (!readsOver(entity, model)) verdicts[index] = 'agreed at another mention';
  }
}

/** Whether the labeller reads anything over any character of the span. */
function readsOver(span: Span, model: Pick<ModelReading, 'spans' | 'spanAt'>): boolean {
  for (let i = span.start; i < span.end; i++) if (model.spans[model.spanAt[i]] !== undefined) return true;
  return false;
}

/**
 * 来到二道河农场、|创业农场、|七星农场: a site the rules read, where the labeller reads nothing over it, in a 、-list right
 * after a place of the same ending that the labeller reads or that is kept (the list names sites of one kind).
 */
function vouchListedSites(rules: RuleEntity[], verdicts: RuleVerdict[], model: Pick<ModelReading, 'spans' | 'spanAt'>, text: string): void {
  const keptByEnd = new Map<number, Span>();
  for (const [index, entity] of rules.entries()) if (entity.type === 'place' && !verdicts[index].startsWith('falls')) keptByEnd.set(entity.end, entity);
  for (const [index, entity] of rules.entries()) {
    if (entity.type !== 'place' || entity.kind !== SITE_KIND || verdicts[index] !== 'falls: beyond margin' || text[entity.start - 1] !== '、') continue;
    const ending = SITE_ENDING_WORDS.find((word) => text.startsWith(word, entity.end - word.length));
    if (!ending || readsOver(entity, model)) continue;
    const itemEnd = entity.start - 1;
    const labelled = model.spans[model.spanAt[itemEnd - 1]];
    const before = labelled?.type === 'LOC' && labelled.end === itemEnd ? labelled : keptByEnd.get(itemEnd);
    if (!before || !text.startsWith(ending, itemEnd - ending.length) || itemEnd - before.start <= ending.length) continue;
    verdicts[index] = 'listed beside a site';
    keptByEnd.set(entity.end, entity);
  }
}
/** The endings of sites' names, longest first (风景名胜区 before 景区). */
const SITE_ENDING_WORDS = [...placePatterns.siteSuffixes].sort((a, b) => b.length - a.length);

/** A word the labeller may read into a name before it: 时 (when), a word that follows names (说, 在). */
const GLUED_AFTER_NAME = new RegExp(`[时${nameBoundaries.followers}]`);
/** Two characters are too often a word somewhere else (文明, 南昆) for another mention to vouch for them. */
const MIN_AGREED_NAME = 3;

/** Whether the labeller reads a person over the entity, and nothing else there. */
function readOnlyAsPerson(entity: Span, model: ModelReading): boolean {
  let person = false;
  for (let i = entity.start; i < entity.end; i++) {
    const span = model.spans[model.spanAt[i]];
    if (span && span.type !== 'PER') return false;
    person ||= span !== undefined;
  }
  return person;
}

/** 同马特维延科: a labeller's place of a joiner (name-boundaries gluedJoiners) and a transliteration no gazetteer name. */
function opensWithJoiner(text: string, span: Span, gazetteer: Gazetteer): boolean {
  const name = text.slice(span.start + 1, span.end);
  return JOINERS_GLUED.has(text[span.start]) && name.length >= MIN_JOINED_NAME && isTransliterated(name) && !gazetteer.has(name) && !gazetteer.has(text.slice(span.start, span.end));
}
const JOINERS_GLUED = new Set(nameBoundaries.gluedJoiners);
/** A foreign name after the joiner: three characters at least (同意大利 is a country the gazetteer knows). */
const MIN_JOINED_NAME = 3;

/**
 * Whether the labeller reads a span of `type` right before the list's mark before the entity (where `markBefore`
 * says one stands there), or right after the 、 that follows it.
 */
function readBesideInList(entity: Span, text: string, model: ModelReading, type: NerSpan['type'], markBefore: boolean): boolean {
  const before = markBefore ? model.spans[model.spanAt[entity.start - 2]] : undefined;
  const after = text[entity.end] === '、' ? model.spans[model.spanAt[entity.end + 1]] : undefined;
  return (before?.type === type && before.end === entity.start - 1) || (after?.type === type && after.start === entity.end + 1);
}

/**
 * Whether a Chinese name of the rules stands in a 、-list right beside a name the labeller reads as a person
 * (杨晶、|常万全|、杨洁篪): the list says what it is, where the labeller alone doubts the name (常 is also an adverb).
 */
function listedBesideName(entity: RuleEntity, text: string, model: ModelReading, tokens: Token[]): boolean {
  if (surnameLength(text, entity.start) === 0 || entity.end - entity.start > LONGEST_CHINESE_NAME || isFollower(text[entity.end - 1])) return false;
  // Where the labeller reads a person running past the rules' (王芷章, not the rules' 王芷), its bounds are the list's;
  // one inside the rules' (嗣杰 of 钱嗣杰) lost the surname.
  for (let i = entity.start; i < entity.end; i++) {
    const span = model.spans[model.spanAt[i]];
    if (span?.type === 'PER' && (span.start < entity.start || span.end > entity.end)) return false;
  }
  // 蔡奇和|苗华|观看: a list's last name after its 和 too, where no ordinary word stands there (窦连东和|战友/n) and the
  // name ends before a verb, a preposition, an adverb or a mark (not 刘诗昆和|鲍蕙/x|荞/zg: the name goes on).
  const markBefore = text[entity.start - 1] === '、' || (LIST_JOINERS.has(text[entity.start - 1]) &&
    !isCommonWord(tokens[tokenStartingAt(tokens, entity.start)]) && NAME_CLOSING_TAGS.test(tokens[tokenStartingAt(tokens, entity.end)]?.tag ?? ''));
  return readBesideInList(entity, text, model, 'PER', markBefore);
}
/** What stands before a list's last name: 和 or 及 (data/name-boundaries.json listLastJoiners). */
const LIST_JOINERS = new Set(nameBoundaries.listLastJoiners);
/** Tags of the word after a list's last name: a verb, a preposition, an adverb, a mark. */
const NAME_CLOSING_TAGS = /^(v|p|d|x)$/;

/**
 * Whether the labeller reads the rule's name as a person running on from it, near enough to be the same name
 * (拉赫|蒙, 希奇|莱马): at most MAX_READ_ON characters more on either side, and none of them a follower after it
 * (李华|同) or a function word before it (和|普京); more is the next name (阿不都·热合曼|李红梅). A reading shorter
 * than the rule's (潘功|胜为, 魏凤|和) is not: the title says where the name starts, and the rules where a Chinese
 * one ends. Elsewhere the titled name's own margin applies.
 */
function rebounds(span: NerSpan, entity: RuleEntity, text: string): boolean {
  const before = entity.start - span.start;
  const after = span.end - entity.end;
  if (span.type !== 'PER' || before < 0 || after < 0 || before > MAX_READ_ON || after > MAX_READ_ON) return false;
  return !(after > 0 && isFollower(text[entity.end])) && !(before > 0 && FUNCTION_WORD_SURNAMES.has(text[span.start]));
}

/** The most characters the labeller may add to a rule's name (莱维|特); more is the next name (阿不都·热合曼|李红梅). */
const MAX_READ_ON = 2;

/** The segmenter's words over the entity's characters. */
function* wordsOver(entity: RuleEntity, tokens: Token[]): Generator<Token> {
  const covering = tokenAt(tokens, entity.start);
  for (let k = covering >= 0 ? covering : firstTokenFrom(tokens, entity.start); k < tokens.length && tokens[k].start < entity.end; k++) yield tokens[k];
}

/** Tags of verbs, adverbs, prepositions, conjunctions and particles: words no name is made of (表示, 要, 过). */
const NOT_IN_NAMES = /^(v|vd|vn|d|p|c|u\w*)$/;

/** Whether an ordinary word of the segmenter, or one of a kind no name is made of, lies within the entity's characters (曾|表示, 宣誓就职). */
function holdsWord(entity: RuleEntity, tokens: Token[], besides?: RegExp): boolean {
  for (const token of wordsOver(entity, tokens)) {
    if (besides?.test(token.tag)) continue;
    if (token.end > entity.start && (NOT_IN_NAMES.test(token.tag) || (token.end <= entity.end && isCommonWord(token)))) return true;
  }
  return false;
}
/**
 * A Japanese name (公明党党首|山口/ns|那津/x|男/n) is read in characters whatever words the segmenter makes of them,
 * unless its first word runs on past the family name (杜比宁、|原子能/n|工业部: a common word, no 原 family).
 */
function readAsJapaneseName(entity: RuleEntity, text: string, tokens: Token[]): boolean {
  if (japaneseNameEnd(text, entity.start, tokens) !== entity.end) return false;
  const first = tokens[tokenStartingAt(tokens, entity.start)];
  return first !== undefined && !(isCommonWord(first) && first.end > entity.start + japaneseSurnameLength(text, entity.start));
}

/** A place word the segmenter made of a name's first characters (技师|罗东/ns|元): no act, unlike 职工|高举. */
const PLACE_WORD_TAG = /^ns$/;

/**
 * Whether an ordinary word of the segmenter runs on past the entity's end (主席|高度重视: 高度重 is no name), other
 * than into the title written after it (冷科长/n: the surname 冷 and its title).
 */
function cutsWord(entity: RuleEntity, tokens: Token[], text: string): boolean {
  for (const token of wordsOver(entity, tokens)) {
    if (token.end > entity.end && isCommonWord(token) && !entity.role?.startsWith(text.slice(entity.end, token.end)) && !lastCharacterGluedToVerb(entity, token, tokens) && !lastCharacterGluedToListEnd(entity, token) && !lastCharacterGluedToFrame(entity, token, text)) return true;
  }
  return false;
}

/**
 * 代表樊|杰作/n|了|发言: a titled name whose last character the segmenter glued to the verb after it into a word
 * (杰作), a particle after that word: the verb's, as withGluedLastCharacter reads it.
 */
function lastCharacterGluedToVerb(entity: RuleEntity, word: Token, tokens: Token[]): boolean {
  return entity.role !== undefined && word.start === entity.end - 1 && !isFollower(word.word[0]) && gluedVerbWithParticle(word, tokens[tokenStartingAt(tokens, word.end)]);
}

/** Whether places of `placeEnds` (end by start), two or more, follow one another from the span's start to its end. */
function tiledByPlaces(span: Span, placeEnds: ReadonlyMap<number, number>): boolean {
  const { at, places } = placesFromStart(span, placeEnds);
  return at === span.end && places >= 2;
}

/** How far places of `placeEnds` follow one another from the span's start (not past its end), and how many. */
function placesFromStart(span: Span, placeEnds: ReadonlyMap<number, number>): { at: number; places: number } {
  let at = span.start;
  let places = 0;
  for (;;) {
    const end = placeEnds.get(at);
    // Each step goes forward (an empty place would hold the walk where it is).
    if (end === undefined || end <= at || end > span.end) return { at, places };
    at = end;
    places++;
  }
}

/**
 * 在|陕西|宝鸡|法门寺|开幕: a body the labeller reads over the rules' places and a temple's name after them is those
 * places and the temple, where the report is; the temple's start, or undefined.
 */
function templeAfterPlaces(span: Span, placeEnds: ReadonlyMap<number, number>, text: string): number | undefined {
  const { at, places } = placesFromStart(span, placeEnds);
  return places > 0 && span.end - at >= MIN_TEMPLE_NAME && TEMPLE_ENDINGS.has(text[span.end - 1]) && ALL_HAN.test(text.slice(at, span.end)) ? at : undefined;
}
/** A temple's fewest characters: a name of two and its ending (法门寺). */
const MIN_TEMPLE_NAME = 3;

/** Whether the span's last word is one the segmenter does not know, ending where the span ends, and no body's word. */
function endsInUnknownWord(span: Span, tokens: Token[], text: string): boolean {
  const last = tokens[tokenEndingAt(tokens, span.end)];
  return last !== undefined && last.tag === UNKNOWN_WORD_TAG && !endsInBodyWord(text.slice(span.start, span.end));
}

/** 代表武向|平等/a|先后发言: a titled name whose last character the segmenter glued to the 等 closing its list (平等). */
const lastCharacterGluedToListEnd = (entity: RuleEntity, word: Token): boolean =>
  entity.role !== undefined && word.start === entity.end - 1 && word.word.length === 2 && word.word[1] === LIST_END;
/** What closes a list of names (张三、李四等). */
const LIST_END = '等';
/** 任命苗生|明为/v|最高人民检察院副检察长, 以周/x|融为/v|团长: an appointee whose last character the segmenter glued to the frame's 为. */
const lastCharacterGluedToFrame = (entity: RuleEntity, word: Token, text: string): boolean =>
  entity.role !== undefined && word.start === entity.end - 1 && word.word.length === 2 && APPOINTED_AS.has(word.word[1]) && appointmentFrameEndsAt(text, entity.start);
/** The frame's word between an appointee and the post (titles.json appointmentNameEnds of one character: 为). */
const APPOINTED_AS = new Set(titles.appointmentNameEnds.filter((word) => word.length === 1));

const FOREIGN_DIVISION_SUFFIXES: readonly string[] = placePatterns.foreignDivisionSuffixes;
/** The fewest characters of a name read as foreign whatever its characters, and of a compound surname (欧阳). */
const LONG_FOREIGN_NAME = 4;
const COMPOUND_SURNAME_LENGTH = 2;
/** The fewest characters of a foreign division's name before its suffix (罗加兰|郡; a Chinese name of three is 丰雪州). */
const MIN_DIVISION_STEM = 3;
/** The most transliteration characters between a name the labeller reads and the province's suffix (阿姆|兰|省). */
const MOST_DIVISION_REST = 2;

/**
 * Where a foreign province's or state's name ends, when a name the labeller reads as a person starts it (阿姆|兰省) or
 * holds its suffix (罗加兰郡); undefined where it is none.
 */
function foreignDivisionEnd(span: Span, text: string): number | undefined {
  // 会见了|罗加兰郡|、…官员: or the name the labeller reads ends in the suffix itself, not a title's first character (纽森州|长).
  const suffixInside = FOREIGN_DIVISION_SUFFIXES.some((word) => text.startsWith(word, span.end - word.length) && span.end - word.length - span.start >= MIN_DIVISION_STEM &&
    isTransliterated(text.slice(span.start, span.end - word.length)));
  if (suffixInside && !titleHeadAt(text, span.end - 1)) return span.end;
  // 赴|康斯坦察|省访问: a name of four characters or more with no compound surname is foreign, though a character of it
  // is none of transliteration's.
  const longForeign = span.end - span.start >= LONG_FOREIGN_NAME && surnameLength(text, span.start) < COMPOUND_SURNAME_LENGTH;
  if (!isTransliterated(text.slice(span.start, span.end)) && !longForeign) return undefined;
  for (let rest = 0; rest <= MOST_DIVISION_REST; rest++) {
    const at = span.end + rest;
    if (rest > 0 && !isTransliterated(text.slice(span.end, at))) return undefined;
    // Not a title after the name (纽森|州长).
    const suffix = FOREIGN_DIVISION_SUFFIXES.find((word) => text.startsWith(word, at));
    if (suffix !== undefined) return titleHeadAt(text, at) ? undefined : at + suffix.length;
  }
  return undefined;
}

const FOREIGN_TOWN_ENDINGS: readonly string[] = placePatterns.foreignTownEndings;
/** The fewest characters of a town's name ending so (马斯克, 图斯克 are people). */
const FEWEST_TOWN_CHARS = 4;

/**
 * Where a Russian or Ukrainian town's transliterated name ends, when the labeller reads it, whole or but for the
 * ending's last character, as a person's (顿涅茨克, 克拉马托尔斯|克): data place-patterns.json foreignTownEndings.
 */
function foreignTownEnd(span: Span, text: string): number | undefined {
  const name = text.slice(span.start, span.end);
  if (!isTransliterated(name) || MIDDLE_DOT.test(name)) return undefined;
  for (const end of [span.end, span.end + 1]) {
    if (end - span.start < FEWEST_TOWN_CHARS || titleHeadAt(text, end)) continue;
    if (FOREIGN_TOWN_ENDINGS.some((ending) => text.startsWith(ending, end - ending.length) && end - ending.length >= span.start + 2)) return end;
  }
  return undefined;
}

const LOCAL_PLACE_ENDINGS: readonly string[] = titles.localPlaceEndings;

/**
 * 、阿瓦提/nr|乡吾夏克铁/x…: a name read right before 乡 or 镇 that the two together make a township some county has
 * (townships.tsv): where that township ends, else undefined.
 */
function townshipEnd(span: Span, text: string, gazetteer: Gazetteer): number | undefined {
  if (!TOWNSHIP_ENDINGS.has(text[span.end] ?? '')) return undefined;
  return gazetteer.isTownship(text.slice(span.start, span.end + 1)) ? span.end + 1 : undefined;
}
const TOWNSHIP_ENDINGS = new Set(placePatterns.townshipEndingsAfterNames);
/** The words of a neighbourhood's name after its own (清源|社区, 长安|街道), which the segmenter keeps apart: the local
 * places' endings of two characters (titles.json localPlaceEndings). */
const NEIGHBOURHOOD_WORDS = titles.localPlaceEndings.filter((ending) => ending.length >= 2);

/** The most characters of a township's name a reading of its last ones leaves off (筒车|湾镇). */
const MOST_TOWNSHIP_CUT = 3;
/**
 * 筒车|湾镇: the labeller's place that ends a township's name some county has (townships.tsv) but cuts off its first
 * characters takes the whole name, as one that stops before its ending does (长港|镇); else the span itself.
 */
function townshipWhole(span: NerSpan, text: string, tokens: Token[], gazetteer: Gazetteer): NerSpan {
  if (span.type !== 'LOC') return span;
  // 长港|镇峒/x|山村: the labeller's place without the ending the segmenter glued to the next word, a township's name.
  if (TOWNSHIP_ENDINGS.has(text[span.end]) && gazetteer.isTownship(text.slice(span.start, span.end + 1))) return { ...span, end: span.end + 1 };
  // 鲁固|社区: a neighbourhood's generic word right after the name the labeller reads is the rest of its name.
  const unit = NEIGHBOURHOOD_WORDS.find((word) => text.startsWith(word, span.end));
  if (unit && tokens[tokenStartingAt(tokens, span.end)]?.word === unit) return { ...span, end: span.end + unit.length };
  if (!TOWNSHIP_ENDINGS.has(text[span.end - 1])) return span;
  // The longest cut of characters before the span that `widens` accepts as the township's start.
  const widenedStart = (widens: (start: number) => boolean): number | undefined => {
    for (let cut = MOST_TOWNSHIP_CUT; cut >= 1; cut--) {
      const start = span.start - cut;
      if (start >= 0 && ALL_HAN.test(text.slice(start, span.start)) && widens(start)) return start;
    }
    return undefined;
  };
  // 宜昌市|太/d|平溪镇: a township of the place written right before, whose first character the segmenter cut off, is
  // that township, though another county has one named as the rest (平溪镇).
  const ofPlaceBefore = widenedStart((start) => townshipOfPlaceBefore(text, start, span.end, gazetteer));
  if (ofPlaceBefore !== undefined) return { ...span, start: ofPlaceBefore };
  if (gazetteer.isTownship(text.slice(span.start, span.end))) return span;
  const anyCounty = widenedStart((start) => gazetteer.isTownship(text.slice(start, span.end)));
  return anyCounty === undefined ? span : { ...span, start: anyCounty };
}

/** Whether text[start, end) is a township of the county or city the gazetteer names right before it (宜昌市|太平溪镇). */
function townshipOfPlaceBefore(text: string, start: number, end: number, gazetteer: Gazetteer): boolean {
  for (let length = MIN_PLACE_BEFORE_TOWNSHIP; length <= MAX_PLACE_BEFORE_TOWNSHIP && length <= start; length++) {
    const place = text.slice(start - length, start);
    if (gazetteer.has(place) && gazetteer.townshipsWithin(gazetteer.fullName(place)).includes(text.slice(start, end))) return true;
  }
  return false;
}
const MIN_PLACE_BEFORE_TOWNSHIP = 2;
const MAX_PLACE_BEFORE_TOWNSHIP = 6;

/** 中国区, 亚太区: a country or region and 区, which names no district of its own. */
function isCountryDivision(name: string, gazetteer: Gazetteer): boolean {
  return name.length >= 3 && name.endsWith('区') && !gazetteer.has(name) && gazetteer.lookup(name.slice(0, -1)).some((place) => place.kind === COUNTRY_KIND);
}

/** Whether a name the labeller reads ends as a village's or a town's name and starts where a place ends (秋口镇|王村). */
function localPlaceAfterPlace(span: Span, text: string, placeEnds: Set<number>): boolean {
  const name = text.slice(span.start, span.end);
  return placeEnds.has(span.start) && LOCAL_PLACE_ENDINGS.some((ending) => name.length > ending.length && name.endsWith(ending));
}

/**
 * 李克强在|杜布罗夫尼克|分别会见了…: a name between a person's 在 and the act that person does there is where it is done,
 * not a second person (在习近平会见…时, with no one before 在, is a person's act).
 */
function namesVenueOfAct(span: Span, text: string, tokens: Token[], placeEnds: Set<number>): boolean {
  const before = tokens[tokenEndingAt(tokens, span.start)];
  // 习近平在|日内瓦|万国宫|会见: so is a name right after the place 在 opens with, a venue of that place.
  const locative = before?.word !== VENUE_LOCATIVE && placeEnds.has(span.start) ? tokens[tokenEndingAt(tokens, before?.start ?? 0)] : before;
  const subject = locative && tokens[tokenEndingAt(tokens, locative.start)];
  return locative?.word === VENUE_LOCATIVE && subject !== undefined && /^nr/.test(subject.tag) && ACTS_AFTER_VENUES.some((act) => text.startsWith(act, span.end));
}
const VENUE_LOCATIVE = '在';
const ACTS_AFTER_VENUES: readonly string[] = placePatterns.actsAfterVenues;

/** Whether a span that runs on past `from` ends inside an ordinary word starting there or after it (王凯|陪同: 王凯陪). */
function cutsWordAtEnd(span: Span, from: number, tokens: Token[]): boolean {
  const token = tokens[tokenAt(tokens, span.end - 1)];
  return token !== undefined && token.start >= from && token.end > span.end && isCommonWord(token);
}

/** The kinds of administrative divisions (自治州, 县级市), not of sites or short forms. */
const DIVISION_KINDS = new Set([...placeKinds.provinceLevel, ...placeKinds.prefectureLevel, ...placeKinds.countyLevel].map(([, kind]) => kind));

/** Whether a rule's place is the full name of an administrative division (湘西土家族苗族自治州, 泸溪县), not a short form or a site. */
function isDivisionFullName(entity: RuleEntity, text: string): boolean {
  return entity.type === 'place' && DIVISION_KINDS.has(entity.kind ?? '') && entity.canonical === text.slice(entity.start, entity.end);
}

/**
 * The labeller's spans that a division's full name the rules read shows wrong: one that straddles its bounds
 * (自治州泸|溪县 over 泸溪县), one that holds it and straddles another's (湘西土家族苗族自治州泸), or a body of its very bounds
 * (湘西土家族苗族自治州 read like an association's) or of its bounds and a place's before it (湖南|湘西土家族苗族自治州); and one
 * place over two divisions side by side (广西南宁). A span
 * inside the name (浦东 of 浦东新区) is its short form, as PD1998 reads it, and one holding it whole a body named after
 * it (…自治州人民政府).
 */
function spansCrossingDivisions(rules: RuleEntity[], model: ModelReading, text: string): Set<NerSpan> {
  const crossing = new Set<NerSpan>();
  for (const division of rules) {
    if (!isDivisionFullName(division, text)) continue;
    for (let i = division.start; i < division.end; i++) {
      const span = model.spans[model.spanAt[i]];
      if (!span) continue;
      const straddles = (span.start < division.start && span.end > division.start && span.end < division.end) || (span.start > division.start && span.start < division.end && span.end > division.end);
      // 湖南|湘西土家族苗族自治州 read as one body: the place the rules read before the division, and the division.
      const placeBefore = span.type === 'ORG' && span.end === division.end && span.start < division.start &&
        rules.some((entity) => entity.type === 'place' && entity.start === span.start && entity.end === division.start);
      if (straddles || placeBefore || (span.type === 'ORG' && span.start === division.start && span.end === division.end)) crossing.add(span);
    }
  }
  // 广西南宁: the labeller's one place over two divisions the rules read side by side, each a place of its own (as
  // PD1998 marks a province and its city written together).
  const divisions = rules.filter((entity) => entity.type === 'place' && DIVISION_KINDS.has(entity.kind ?? '')).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < divisions.length; i++) {
    const [first, second] = [divisions[i], divisions[i + 1]];
    const span = model.spans[model.spanAt[first.start]];
    if (first.end === second.start && span?.type === 'LOC' && span.start === first.start && span.end === second.end) crossing.add(span);
  }
  return crossing;
}

/** Whether one of the labeller's spans over the entity's characters is in `among`. */
function overlapsAny(entity: Span, model: ModelReading, among: Set<NerSpan>): boolean {
  for (let i = entity.start; i < entity.end; i++) if (among.has(model.spans[model.spanAt[i]])) return true;
  return false;
}

/**
 * Transliterated parts joined by hyphens (迪亚斯-卡内尔, 布朗-皮韦, 胡安－曼努埃尔－桑托斯－卡尔德龙), as French and Spanish
 * double names, and whole Spanish names, are written.
 */
const isHyphenatedForeignName = (name: string) => {
  const parts = name.split(/[-－‐]/);
  return parts.length >= 2 && parts.every((part) => part.length >= 2 && isTransliterated(part));
};

/** The words that name a meeting (峰会, 论坛, 全体会议 …). */
const MEETING_WORDS: readonly string[] = eventTriggers.meetings;
/** The organs' names among the segmenter's user words (tag nt). */
const ORGAN_TAG = 'nt';
const USER_ORGAN_WORDS = new Set(segmenterWords.words.filter((entry) => entry.tag === ORGAN_TAG).map((entry) => entry.word));

/** Why a rule's entity stands beside the labeller or gives way to it (the develop evals count each reason's gains). */
export type RuleVerdict = 'not a name' | 'labeller agrees' | 'named after a place' | 'known official' | 'falls: labeller reads on' | 'falls: labeller reads back'
  | 'falls: cuts a word' | 'falls: named like a place' | 'falls: inside a temple name' | 'falls: two countries by their short forms' | 'agreed at another mention' | 'titled name the labeller cuts to its surname' | 'falls: in a list of things' | 'official title, labeller silent' | 'other side of a talk' | 'chair of a meeting' | 'awarded' | 'attended' | 'listed beside a name' | 'place heading a title' | 'division the labeller misreads'
  | 'within margin' | 'falls: beyond margin' | 'credited' | 'appointed' | 'removed from a post' | 'leads the delegation met' | 'falls: inside a title' | 'falls: an ordinary word after a role' | 'named in a list of doctrines' | 'hyphenated foreign name' | 'place the labeller was not trained with' | 'ethnic group or sex noted' | 'falls: an ordinary word after a title' | 'repeated in the report' | 'falls: a verb before a short form' | 'known organisation' | 'organ the labeller was not trained with' | 'falls: a country\'s short form or side' | 'falls: names an institution' | 'names an administration' | 'counted in a list' | 'named as a relative' | 'heads a family' | 'name ends in 和' | 'body the labeller reads as a place' | 'body the labeller cuts at its brackets' | 'place after a locative word' | 'site visited' | 'closes a list of places' | 'listed beside a place' | 'division of a place the report names' | 'falls: a four-character phrase' | 'falls: the title of the name before it' | 'falls: names a document' | 'falls: the labeller reads its levels' | 'congratulated' | 'titled comrade' | 'country in its full style' | 'land named by its ending' | 'falls: a relative\'s word' | 'falls: the first word of a venue' | 'short form of a place the report names' | 'short form of a dotted name' | 'company named by its first word' | 'falls: the first word of a company' | 'listed beside a site' | 'falls: the venue of an act' | 'name read across its title\'s head';

/** The labeller's reading of a text: its spans, the index of the span at each character (-1: none), its margins. */
interface ModelReading { spans: NerSpan[]; spanAt: Int32Array; margins: SpanMargins }

/**
 * Whether the labeller reads two places or more that fill the span exactly, one after the other, none a township's,
 * and not all but the last divisions the gazetteer knows.
 */
function readAsPlacesFilling(span: Span, model: ModelReading, text: string, gazetteer: Gazetteer): boolean {
  let pieces = 0;
  let unknownAbove = false;
  for (let at = span.start; at < span.end; pieces++) {
    const piece = model.spans[model.spanAt[at]];
    if (!piece || piece.type !== 'LOC' || piece.start !== at || piece.end > span.end || TOWNSHIP_ENDINGS.has(text[piece.end - 1])) return false;
    if (piece.end < span.end && !gazetteer.namesDivision(text.slice(piece.start, piece.end))) unknownAbove = true;
    at = piece.end;
  }
  return pieces >= 2 && unknownAbove;
}

/** The longest place name a body or brand may begin with (新疆维吾尔自治区). */
const LONGEST_PLACE_PREFIX = 9;

/**
 * A body or brand named after a place (烟台啤酒, 大连市国税局): the rules read it whole so that the place inside is
 * no mention of the place; the labeller, which saw few brands, would leave the place alone in the text.
 */
function namedAfterPlace(entity: RuleEntity, text: string, gazetteer: Gazetteer): boolean {
  for (let end = Math.min(entity.end - 1, entity.start + LONGEST_PLACE_PREFIX); end >= entity.start + 2; end--) {
    if (gazetteer.has(text.slice(entity.start, end))) return true;
  }
  return false;
}

/**
 * 阿不都·热合曼|李红梅: where the labeller runs on from a rule's entity into a name, the rest is that name (with a
 * surname and two characters at least), free of the rules.
 */
function nameAfterRuleName(span: NerSpan, ruleCover: Uint8Array, text: string): NerSpan | undefined {
  let start = span.start;
  while (start < span.end && ruleCover[start]) start++;
  if (start === span.start || span.end - start < 2 || ruleCover.subarray(start, span.end).includes(1)) return undefined;
  return hasSurname(text.slice(start, span.end)) ? { ...span, start } : undefined;
}

/**
 * 李强同|莫特|利/n|会谈: the labeller's name after a talk's joiner that the talk's frame reads on over transliterated
 * characters (莫特利 between 同 and 会谈) is that whole name.
 */
function withTalkCounterpart(span: NerSpan, text: string): NerSpan {
  const counterpart = talkCounterpartAt(text, span.start - 1);
  const name = text.slice(span.start, span.end);
  return counterpart && counterpart.length > name.length && counterpart.startsWith(name) && isTransliterated(counterpart.slice(name.length))
    ? { ...span, end: span.start + counterpart.length } : span;
}

/** 查尔斯|三世国王: the labeller's name takes the ruler's regnal number after it, as the rules' does. */
function withRegnalNumber(span: NerSpan, text: string): NerSpan {
  const regnal = regnalNumberAt(text, span.end);
  if (!regnal) return span;
  const end = span.end + regnal;
  // 卡尔十六世·古斯塔夫: a dotted part of transliteration characters after the number is the name's too.
  if (!MIDDLE_DOT.test(text[end] ?? '')) return { ...span, end };
  let partEnd = end + 1;
  while (partEnd < text.length && partEnd - end <= MAX_TRANSLITERATED && isTransliterated(text[partEnd])) partEnd++;
  return { ...span, end: partEnd - end > MIN_DOTTED_PART ? partEnd : end };
}
/** The fewest characters of a dotted part, with its dot, after a regnal number (·古斯塔夫). */
const MIN_DOTTED_PART = 2;

/**
 * 同|苏林|总书记 (同/p): a name the labeller reads with the preposition or conjunction before it starts after that
 * word, where a title follows the name or the rest is a transliterated name cut short (向|拉赫|蒙总统); not
 * 于洪洋的家: 于 is a surname too.
 */
function afterFunctionWord(span: NerSpan, text: string, tokens: Token[]): NerSpan {
  const first = tokens[tokenAt(tokens, span.start)];
  const glued = first !== undefined && first.start === span.start && first.end === span.start + 1 && FUNCTION_WORD_TAGS.test(first.tag) && FUNCTION_WORD_SURNAMES.has(first.word);
  // 昨天|同通伦/x|总书记: the segmenter glued the word to an unknown name; right after a time word it is the preposition,
  // and so it is right after a title written after a name (习近平总书记|同通伦/x|总书记).
  const previous = tokens[tokenAt(tokens, span.start) - 1];
  // The unknown word may hold only the name's first part (同谢尔/x|达尔·别尔德穆哈梅多夫|总统).
  const gluedInUnknown = first !== undefined && first.start === span.start && first.end > span.start + 1 && first.tag === UNKNOWN_WORD_TAG &&
    FUNCTION_WORD_SURNAMES.has(text[span.start]) && (previous?.tag === TIME_WORD_TAG || (previous !== undefined && TITLES_WRITTEN_AFTER_NAMES.has(previous.word)));
  const restStart = span.start + 1;
  // The transliterated rest must go on past the span (向|拉赫|蒙): 于东来、 and 和根合（ are names with their surnames.
  const goesOn = (at: number) => at < text.length && isTransliterated(text[at]) && !isFollower(text[at]);
  const nameAfter = () => titleStartingAt(text, span.end) !== undefined || (isTransliterated(text.slice(restStart, span.end)) && goesOn(span.end));
  return (glued || gluedInUnknown) && span.end - restStart >= 2 && nameAfter() ? { ...span, start: restStart } : span;
}
const FUNCTION_WORD_TAGS = /^[pc]$/;
const TIME_WORD_TAG = 't';

const LANGUAGE_SUFFIXES = placePatterns.languageSuffixes;
/** The last characters of government bodies' names (局: organizations.json agencyEndings). */
const AGENCY_ENDINGS = new Set(organizations.agencyEndings);
const NOT_PLACES = new Set(placePatterns.notPlaces);
/** A generic word (notPlaces), or two of them written together (美丽|河湖: a campaign's "beautiful rivers and lakes"). */
const isGenericPlaceWord = (word: string): boolean =>
  NOT_PLACES.has(word) || [...word].some((_, at) => at >= MIN_GENERIC_WORD && word.length - at >= MIN_GENERIC_WORD && NOT_PLACES.has(word.slice(0, at)) && NOT_PLACES.has(word.slice(at)));
/** Generic words are two characters at least (边疆, 河湖). */
const MIN_GENERIC_WORD = 2;
const LOCATIVES_BEFORE_PLACES: readonly string[] = placePatterns.locativesBeforePlaces;
const VILLAGE_ENDINGS: readonly string[] = placePatterns.villageEndings;
const VISIT_VERBS_BEFORE_SITES: readonly string[] = placePatterns.visitVerbsBeforeSites;
/**
 * 来到平罗县庙庙湖移民村、…、银川市|盈北社区: a site in a 、-list of the places a verb of visiting opens, in the same
 * clause (no comma between), whatever place of its city is written before it.
 */
function visitedInList(entity: Span, text: string, gazetteer: Gazetteer): boolean {
  // Only a site its city's name opens (银川市|盈北社区): a generic one listed so is no name (…、城市社区, 两个特贫村).
  if (!CITY_LENGTHS.some((length) => gazetteer.namesDivision(text.slice(entity.start - length, entity.start)))) return false;
  const before = text.slice(Math.max(0, entity.start - VISIT_LIST_REACH), entity.start);
  return VISIT_VERBS_BEFORE_SITES.some((verb) => {
    const at = before.lastIndexOf(verb);
    const list = at < 0 ? '' : before.slice(at + verb.length);
    return list.includes('、') && !CLAUSE_MARKS.test(list);
  });
}
/** The lengths of a city's name written before its site (银川市, 乌鲁木齐市). */
const CITY_LENGTHS = [2, 3, 4, 5];
/** How far before a site a list of visited places may begin. */
const VISIT_LIST_REACH = 80;
const CLAUSE_MARKS = /[，。；：！？\n]/;
/** The perfective particle after a verb (巡视了). */
const PERFECTIVE = '了';
/** The kinds of places a locative word names for certain: cities and countries. */
const LOCATED_KINDS = new Set(placePatterns.locatedKinds);
/** Divisions' full names this long are as often a part of any town (城区, 矿区, 东区, 郊区). */
const GENERIC_DIVISION_LENGTH = 2;
/** What closes a reporter's credit (罗更前摄）, 徐烨）, a line's end). */
const CREDIT_END = /^(?:[摄）)\s]|$)/;
/** The colon between a credit's role and its name (文字编辑：程冲). */
const CREDIT_COLONS = new Set(['：', ':']);
/** What a list item starts after: a 、, a colon, a comma, a line's start or space. */
const LIST_ITEM_START = /[、：:，\s]/;
/** （回族）, （女）, （女，藏族） right after a name. */
const NOTE_AFTER_NAME = new RegExp(`^${PERSONAL_NOTE}`);
/** The span begins a segmenter word that ends in 语 (哈萨克|语/nz), or is that word. */
function namesLanguage(span: Span, tokens: Token[]): boolean {
  const word = tokens[tokenAt(tokens, span.start)];
  return word !== undefined && word.start === span.start && word.end >= span.end && word.word.length > 1 && LANGUAGE_SUFFIXES.some((suffix) => word.word.endsWith(suffix));
}

/**
 * 强|巴林/ns|寺: a place's name the segmenter read inside a temple's, whose ending it cut off as a word of one
 * character right after; the temple is named, not the place.
 */
function insideTempleName(span: Span, text: string, tokens: Token[]): boolean {
  const ending = tokens[tokenStartingAt(tokens, span.end)];
  return ending !== undefined && ending.word.length === 1 && TEMPLE_ENDINGS.has(ending.word) && isNameCharBefore(text, span.start);
}
/** Whether a name's character stands right before `at` (强 of 强巴林寺), no mark nor space. */
const isNameCharBefore = (text: string, at: number) => at > 0 && HAN.test(text[at - 1]);

const isAbbreviation = (entity: RuleEntity) => entity.type === 'place' && entity.kind === ABBREVIATION_KIND;

/** The title right before a name the labeller found, in the report's own characters (`ownText`). */
function titleBefore(span: NerSpan, text: string, ownText: string, tokens: Token[], gazetteer: Gazetteer): Pick<RuleEntity, 'role' | 'official'> | undefined {
  const isPlace = (token: Token) => gazetteer.has(token.word);
  const title = titleEndingAt(tokens, span.start, isPlace) ?? titleBeforeBracketedTitle(ownText, span.start, tokens, isPlace) ?? titleGluedToName(text, span.start, tokens, isPlace);
  return title && { role: ownText.slice(title.start, title.end), official: title.official };
}

/** How many of the segmenter's words before a glued title head are read again: more than a title chain holds. */
const GLUED_TITLE_WINDOW = 40;

/**
 * 副总理兼贸工部|长颜金勇/x: a title head whose last character the segmenter glued to the name after it. The words
 * before the name are read again with the head as one word (贸工|部长), the word it began cut where the head starts.
 */
function titleGluedToName(text: string, at: number, tokens: Token[], isPlace: (token: Token) => boolean): { start: number; end: number; official: boolean } | undefined {
  const glued = tokenAt(tokens, at - 1);
  if (glued < 0 || tokens[glued].end === at) return undefined;
  let head = '';
  for (let length = Math.min(LONGEST_HEAD, at); length >= 2 && !head; length--) if (TITLE_HEADS.has(text.slice(at - length, at))) head = text.slice(at - length, at);
  if (!head) return undefined;
  const headStart = at - head.length;
  const first = tokenAt(tokens, headStart);
  if (first < 0) return undefined;
  const words = tokens.slice(Math.max(0, first - GLUED_TITLE_WINDOW), first);
  const cut = tokens[first];
  if (cut.start < headStart) words.push({ ...cut, word: text.slice(cut.start, headStart), end: headStart });
  words.push({ word: head, tag: HEAD_TAG, start: headStart, end: at });
  return titleEndingAt(words, at, isPlace);
}
/** The tag a title head is read with (部长/n). */
const HEAD_TAG = 'n';

/** The longest bracketed title between a title and its name: 副校长（副院长）谢春涛. */
const LONGEST_BRACKETED_TITLE = 10;

/** The title before another in brackets right before `at` (副校长|（副院长）|谢春涛): the name's title is the first. */
function titleBeforeBracketedTitle(text: string, at: number, tokens: Token[], isPlace: (token: Token) => boolean): { start: number; end: number; official: boolean } | undefined {
  if (!CLOSING_BRACKETS.has(text[at - 1] ?? '')) return undefined;
  const open = Math.max(text.lastIndexOf('（', at - 2), text.lastIndexOf('(', at - 2));
  if (open < 0 || at - 1 - open > LONGEST_BRACKETED_TITLE || !titleEndingAt(tokens, at - 1, isPlace)) return undefined;
  return titleEndingAt(tokens, open, isPlace);
}

/** Whether the title right before `entity` is one written after a name (总统) that ends a person the labeller reads. */
function titleOfLabellersName(entity: RuleEntity, model: ModelReading, text: string): boolean {
  const titleStart = entity.start - (entity.role?.length ?? 0);
  if (titleStart <= 0 || text.slice(titleStart, entity.start) !== entity.role) return false;
  const before = model.spans[model.spanAt[titleStart - 1]];
  return before?.type === 'PER' && before.end === titleStart && titleStartingAt(text, titleStart)?.end === entity.start;
}

/** The title right after a name the labeller found (周恩来总理), where the rules could not read the name itself. */
function titleAfter(span: NerSpan, text: string, ownText: string): Pick<RuleEntity, 'role' | 'official'> | undefined {
  const title = titleStartingAt(text, span.end);
  return title && { role: ownText.slice(span.end, title.end), official: title.official };
}

/**
 * The rules' entities and the labeller's spans as one list (overlaps are resolved later). `text` is what both read,
 * `ownText` the same offsets in the report's own characters, for titles; `roleSpans` where the rules read the
 * titles of their people.
 */
export function combineWithModel(rules: RuleEntity[], spans: NerSpan[], text: string, ownText: string, tokens: Token[], gazetteer: Gazetteer, margins: SpanMargins, roleSpans: Span[] = [], trace?: CombineTrace): RuleEntity[] {
  const model: ModelReading = { spans, spanAt: spanIndexByCharacter(spans, text.length), margins };
  const ruleCover = new Uint8Array(text.length);
  // 国家大呼拉尔主席|阿玛尔…: a name the labeller reads inside a person's title is a word of that title.
  const roleCover = new Uint8Array(text.length);
  for (const role of roleSpans) roleCover.fill(1, role.start, role.end);
  const doctrineListNames = new Set(namesInDoctrineLists(text).map((name) => `${name.start}:${name.end}`));
  const combined: RuleEntity[] = [];
  // A titled person whose name the labeller cuts otherwise (皮埃尔·奥|绍) passes its title to the labeller's name.
  const titleAt = new Int32Array(text.length).fill(-1);
  // Where the rules read each name: 对塔米姆 is 塔米姆 where they read that elsewhere.
  const ruleNames = new Map<string, number[]>();
  for (const e of rules) {
    if (e.type !== 'person') continue;
    const name = text.slice(e.start, e.end);
    const starts = ruleNames.get(name);
    if (starts) starts.push(e.start);
    else ruleNames.set(name, [e.start]);
  }
  const titled: RuleEntity[] = [];
  /** Where each place the rules keep ends, by where it starts. */
  const keptPlaceEnds = new Map<number, number>();
  const ruleNameCover = new Uint8Array(text.length);
  for (const entity of rules) if (entity.type === 'person') ruleNameCover.fill(1, entity.start, entity.end);
  const crossingDivisions = spansCrossingDivisions(rules, model, text);
  // The places the report names, in full (天津 → 天津市): a division of one of them is a place of its story.
  const namedPlaces = new Set(rules.filter((e) => e.type === 'place').map((e) => gazetteer.fullName(text.slice(e.start, e.end))));
  const verdicts = rules.map((entity) => ruleVerdict(entity, model, text, tokens, gazetteer, ruleNameCover, crossingDivisions, namedPlaces));
  vouchRepeatedNames(rules, verdicts, ruleNames, model, text, tokens);
  vouchAgreedNames(rules, verdicts, model, text);
  vouchPlacesKeptElsewhere(rules, verdicts, model, text, gazetteer);
  vouchListedSites(rules, verdicts, model, text);
  dropVerbsBeforeShortForms(rules, verdicts, text);
  yieldToVenues(rules, verdicts, model, text);
  yieldToVenuesOfActs(rules, verdicts, text, tokens);
  yieldToCompanies(rules, verdicts);
  // 习近平总书记|关怀嘱托: where a title written after a name the rules keep ends, and no name of theirs starts, what the
  // labeller reads next is no name (the title is the name's before it).
  const keptNames = rules.filter((e, i) => e.type === 'person' && !verdicts[i].startsWith('falls'));
  const keptNameEnds = new Set(keptNames.map((e) => e.end));
  const keptNameCover = new Uint8Array(text.length);
  for (const e of keptNames) keptNameCover.fill(1, e.start, e.end);
  const keptNameStarts = new Set(keptNames.map((e) => e.start));
  const afterNamesTitleEnds = new Set(roleSpans.filter((role) => keptNameEnds.has(role.start) && !keptNameStarts.has(role.end) && TITLES_WRITTEN_AFTER_NAMES.has(text.slice(role.start, role.end))).map((role) => role.end));
  const nameStarts = new Set(keptNames.filter((e) => e.end - e.start >= 2).map((e) => e.start));
  // The titles a name follows (党主席|米罗诺夫), by where they start: a lone surname opening one is a word of it.
  const titlesBeforeNames = new Set(roleSpans.filter((role) => nameStarts.has(role.end)).map((role) => role.start));
  // 文莱苏丹|哈桑纳尔: a title's head that also names a country (苏丹: Sudan) is the title where a person's title ends in
  // it after a place of its own, or is written after the name; no place there.
  const headsOfTitles = new Set<string>();
  for (const role of roleSpans) {
    // 哈桑纳尔|苏丹: a title written after a name may be the head alone.
    const first = keptNameEnds.has(role.start) ? role.start : role.start + 1;
    for (let start = role.end - 2; start >= first && start >= role.end - LONGEST_HEAD; start--) {
      const head = text.slice(start, role.end);
      if (TITLE_HEADS.has(head) && gazetteer.has(head)) headsOfTitles.add(`${start}:${role.end}`);
    }
  }
  // 习近平同文莱苏丹会谈: so is one right after another place, in a headline that names the person by title alone (few
  // places are heads: each is looked for among the places, not every place's end kept).
  for (const head of rules.filter((e) => e.type === 'place' && TITLE_HEADS.has(text.slice(e.start, e.end)))) {
    if (rules.some((e) => e.type === 'place' && e.end === head.start)) headsOfTitles.add(`${head.start}:${head.end}`);
  }
  // 大臣|翁赛/x|维索/v: where the rules' titled name gave way to the labeller's longer one, that one is a name as surely.
  const titledReadOn = new Set<number>();
  for (const [index, entity] of rules.entries()) {
    // “公正俄罗斯”党主席米罗诺夫: a lone surname (党) that opens the title of a name standing after it is a word of that title.
    // So does one right before such a title (吉|总统阿卡耶夫): the title is the name's, the character its country.
    const loneInTitle = entity.type === 'person' && entity.end - entity.start === 1 && (titlesBeforeNames.has(entity.start) || titlesBeforeNames.has(entity.end));
    // 坚持马克思列宁主义、毛泽东思想…: a list of doctrines names its people, whatever the labeller (trained on PD1998, whose
    // guideline reads a doctrine as one word) reads there.
    const inDoctrineList = entity.type === 'person' && doctrineListNames.has(`${entity.start}:${entity.end}`);
    const headOfTitle = entity.type === 'place' && headsOfTitles.has(`${entity.start}:${entity.end}`);
    const verdict = loneInTitle ? 'falls: inside a title' : headOfTitle ? 'falls: the head of a title' : inDoctrineList ? 'named in a list of doctrines' : verdicts[index];
    trace?.(`rule: ${verdict}`, entity);
    if (verdict.startsWith('falls')) {
      if (entity.type === 'person' && entity.role) titleAt.fill(titled.push(entity) - 1, entity.start, entity.end);
      if (entity.type === 'person' && entity.role && verdict === 'falls: labeller reads on') titledReadOn.add(entity.start);
      continue;
    }
    // 吉尔拉·衣|沙木丁常委: the rules read a Chinese-looking end of a dotted name the labeller reads whole; the name is whole.
    const dotted = entity.type === 'person' ? dottedNameEndingAt(entity, model, text, keptNameCover) : undefined;
    if (dotted) trace?.('rule: the end of a dotted name, taken whole', dotted);
    const kept = dotted ?? entity;
    ruleCover.fill(1, kept.start, kept.end);
    // One-character forms in a pair (中美, 沪疆) or of a country (访华) are abbreviations, no place mentions
    // (PD1998's guideline); they still keep the labeller from reading their characters as something else.
    // A rule's name with no title of its own (a mention found from the document's other mentions) takes the title
    // written right before it, as the labeller's names do (…国家主席|通伦致/x|唁电).
    const titleHere = kept.type === 'person' && kept.role === undefined ? titleBefore({ type: 'PER', start: kept.start, end: kept.end }, text, ownText, tokens, gazetteer) : undefined;
    if (!isAbbreviation(kept)) combined.push(titleHere ? { ...kept, ...titleHere } : kept);
    if (kept.type === 'place') keptPlaceEnds.set(kept.start, kept.end);
  }
  // 巴斯夫|杉杉电池材料有限公司: a name right before a company's is the first word of that company's name; not where
  // a title follows the company (李东生|ＴＣＬ集团董事长: the name and then its post, as a caption writes them).
  const companyStarts = new Set([...rules.filter((e) => e.type === 'organization'), ...spans.filter((span) => span.type === 'ORG')]
    .filter((e) => COMPANY_ENDINGS.some((ending) => text.startsWith(ending, e.end - ending.length)) && !titleHeadAt(text, e.end)).map((e) => e.start));
  const placeEnds = new Set([...rules.filter((e) => e.type === 'place'), ...spans.filter((span) => span.type === 'LOC')].map((e) => e.end));
  // 莫里茨|皇家美术馆: a place only the labeller reads, and no gazetteer's, right before the rules' institution is the
  // first word of the institution's name.
  const institutionStarts = new Set(rules.filter((e) => e.type === 'organization' && endsInInstitutionWord(text.slice(e.start, e.end))).map((e) => e.start));
  for (const found of spans) {
    // 老伯, 大爷: a form of address alone is no name.
    if (found.type === 'PER' && isHonorific(text.slice(found.start, found.end))) {
      trace?.('labeller: form of address alone dropped', found);
      continue;
    }
    // 何大爷, 李教授: the labeller's name with a form of address or a title is the surname alone, as the rules read it.
    const surname = found.type === 'PER' ? surnameBeforeHonorific(text.slice(found.start, found.end)) || surnameBeforeTitle(text, found.start, found.end) : 0;
    // 总统夫人扎帕罗娃: the labeller's name after a relative's word is the name alone.
    const relation = found.type === 'PER' ? relationAt(text, found.start) : 0;
    const sent = found.type === 'PER' ? withTalkCounterpart(withRegnalNumber(afterFunctionWord(beforeSendingVerb(found, text), text, tokens), text), text) : found;
    const addressed = surname ? { ...found, end: found.start + surname } : relation && found.end - found.start - relation >= 2 ? { ...found, start: found.start + relation } : sent;
    if (trace && addressed !== found) trace(surname ? 'labeller: surname before a title or address' : relation ? 'labeller: name after a relation' : 'labeller: reshaped', addressed);
    const named = (addressed.type === 'PER' && nameAfterRuleName(addressed, ruleCover, text)) || addressed;
    if (trace && named !== addressed) trace('labeller: name after a rule\'s name', named);
    // 圣彼得堡、叶卡捷琳堡等多个城市: what the labeller reads as a name in a list of places is a place; 抵抗运动（哈马斯）:
    // a name in brackets after an organisation's full name is its short name.
    // 秋口镇|王村: a name ending as a village's or a town's right after a place is that place's village or town.
    const divisionEnd = named.type === 'PER' ? foreignDivisionEnd(named, text) ?? townshipEnd(named, text, gazetteer) ?? foreignTownEnd(named, text) : undefined;
    const span: NerSpan = named.type !== 'PER' ? placeAfterGluedJoiner(townshipWhole(named, text, tokens, gazetteer), text, gazetteer) : divisionEnd !== undefined ? { ...named, type: 'LOC', end: divisionEnd }
      : (inListOfPlaces(text, named.start, named.end, tokens) && !titleHeadEndsAt(text, named.start)) || localPlaceAfterPlace(named, text, placeEnds) || namesVenueOfAct(named, text, tokens, placeEnds) ? { ...named, type: 'LOC' }
      : isShortNameOfOrganization(named, text) ? { ...named, type: 'ORG' } : named;
    if (trace && span !== named) trace(span.type === named.type ? 'labeller: a township read whole' : span.type === 'LOC' ? 'labeller: person in a list of places, or a village after its place' : 'labeller: short name of an organisation', span);
    // 哈萨克语版: a language, not the place its name begins with; 同德方: a country's side.
    if (span.type === 'LOC' && (namesLanguage(span, tokens) || endsWithCountrySide(text.slice(span.start, span.end)) || insideTempleName(span, text, tokens) || namesChinaAndNamedCountry(text, span.start, span.end))) {
      trace?.('labeller: a language or a country\'s side', span);
      continue;
    }
    // 法西斯势力, 城中村: a generic word (data notPlaces) is no place; 世界反法西斯战争: a war is no organisation.
    if ((span.type === 'LOC' && isGenericPlaceWord(text.slice(span.start, span.end))) || (span.type === 'ORG' && isNotOrganizationName(text.slice(span.start, span.end)))) {
      trace?.('labeller: a generic word', span);
      continue;
    }
    // 在莫斯科|同马/x|特维延科/x|、…会谈: a place the labeller opens with a joiner, of a transliterated name the gazetteer
    // does not know, is the joiner and the other side's name, no place.
    if (span.type === 'LOC' && opensWithJoiner(text, span, gazetteer)) {
      trace?.('labeller: a joiner before a name', span);
      continue;
    }
    // 中国区总决赛: a country and 区 is a body's division for that country, no district.
    if (span.type === 'LOC' && isCountryDivision(text.slice(span.start, span.end), gazetteer)) {
      trace?.('labeller: a country\'s division of a body', span);
      continue;
    }
    if (span.type === 'LOC' && institutionStarts.has(span.end) && !gazetteer.has(text.slice(span.start, span.end))) {
      trace?.('labeller: begins an institution\'s name', span);
      continue;
    }
    // 舞|台中|央: a place only the labeller reads, that starts inside one ordinary word and ends inside the next, is
    // the pieces of two words (舞台中央), no name; so is one that opens with an ordinary word of one character and ends
    // inside the ordinary word after it (在北川县|新/a|县城/n: no 新县).
    if (span.type === 'LOC' && !ruleCover[span.start] && (cutsOrdinaryWordsBothSides(span, tokens) || opensWithCharacterWordIntoWord(span, tokens, text) || opensInsideOrdinaryWord(span, tokens, text, gazetteer))) {
      trace?.('labeller: pieces of two ordinary words', span);
      continue;
    }
    // 古筝、马头琴合奏等表演: a place only the labeller reads, in a list of things that are not places, is a thing.
    if (span.type === 'LOC' && !gazetteer.has(text.slice(span.start, span.end)) && inListOfThings(text, span.start, span.end, tokens) && !inListOfPlaces(text, span.start, span.end, tokens)) {
      trace?.('labeller: place in a list of things', span);
      continue;
    }
    // 会见卡塔尔埃米尔: a title the labeller reads as a place (a foreign one, of transliteration characters); 纳瓦夫|埃米尔
    // 逝世: or as a person, whose title it is.
    if (TITLE_HEADS.has(text.slice(span.start, span.end)) && (span.type === 'PER' || !gazetteer.has(text.slice(span.start, span.end)) || headsOfTitles.has(`${span.start}:${span.end}`))) {
      trace?.(span.type === 'PER' ? 'labeller: a title, no person' : 'labeller: a title, no place', span);
      continue;
    }
    let free = true;
    for (let i = span.start; i < span.end && free; i++) free = !ruleCover[i];
    const dropped = span.type !== 'PER' ? undefined
      // Not a name with a title written after it too (习近平总书记|同通伦总书记: the other side of their meeting).
      : afterNamesTitleEnds.has(span.start) && !ruleCover[span.start] && titleStartingAt(text, span.end) === undefined ? 'after a title written after a name'
      : companyStarts.has(span.end) ? 'begins a company\'s name'
      : namesCountryByShortForm(text.slice(span.start, span.end), text) || namesCountrySideWord(span.start, span.end, text, tokens) ? 'a country\'s short form or side'
      // 为|中/f|韩建交/nr|以来: a name opened by a country's form right after China's, a word of its own, is the pair (中韩).
      : pairedWithChina(span, text, tokens) ? 'the second country of a pair with China'
      // 向习主席|敬礼: the title addresses the surname before it; no name follows.
      : followsSurnameAddress(text, tokens, span.start) ? 'after a surname\'s form of address'
      : titledReadOn.has(span.start) ? undefined
      // 上海合作组织|比什凯克|峰会: a place the gazetteer knows that names the meeting after it is where it is held.
      : gazetteer.has(text.slice(span.start, span.end)) && MEETING_WORDS.some((word) => text.startsWith(word, span.end)) ? 'a place naming a meeting'
      : whyNoPerson(span, free, text, tokens, margins, roleCover, span !== found, () => titleEndingAt(tokens, span.start, (token) => gazetteer.has(token.word)) !== undefined || kinshipEndsAt(text, span.start));
    // The rules' places inside a title chain stay (浦东新区|区委书记), other places give way to the organisation.
    // Not to a body that ends in a word the segmenter does not know (北京市通州区|绿心/x|公园: a park's name cut short).
    const covered = !free && !(span.type === 'ORG' && !titleHeadAt(text, span.end) && !crossingDivisions.has(found) && !endsInUnknownWord(span, tokens, text));
    // 来到|江西省吉安|、景德镇: a body the labeller reads over the rules' places, two or more and nothing else, is those
    // places (a province and its city), no body: a body's name ends in a word of its own.
    if (span.type === 'ORG' && tiledByPlaces(span, keptPlaceEnds)) {
      trace?.('labeller: places alone, no body', span);
      continue;
    }
    const templeStart = span.type === 'ORG' ? templeAfterPlaces(span, keptPlaceEnds, text) : undefined;
    if (templeStart !== undefined) {
      const temple = text.slice(templeStart, span.end);
      combined.push({ type: 'place', start: templeStart, end: span.end, canonical: temple, kind: SITE_KIND });
      trace?.('labeller: places and a temple, no body', span);
      continue;
    }
    if (dropped || covered) {
      trace?.(`labeller: ${dropped ?? 'under a rule\'s entity'}`, span);
      continue;
    }
    const entity = fromModel(span, text, gazetteer);
    // 习近平主席|对塔米姆: a name the rules read elsewhere, read here with the preposition before it, holds no title
    // written before that.
    const afterPreposition = FUNCTION_WORD_SURNAMES.has(text[span.start]) && (ruleNames.get(text.slice(span.start + 1, span.end)) ?? []).some((at) => at < span.start || at >= span.end);
    const title = span.type === 'PER' ? titled[titleAt[span.start]] ?? titled[titleAt[span.end - 1]] ?? (afterPreposition ? undefined : titleBefore(span, text, ownText, tokens, gazetteer)) ?? titleAfter(span, text, ownText) : undefined;
    combined.push(title ? { ...entity, role: title.role, official: title.official } : entity);
    trace?.('labeller: taken', span);
  }
  const whole = withForeignNamesWhole(combined, text, tokens, (start) => titleBefore({ type: 'PER', start, end: start }, text, ownText, tokens, gazetteer), trace)
    .map((entity) => withoutHome(withoutWordAfterName(withoutGluedWhen(withMarriedSurnameName(withGluedLastCharacter(entity, text, tokens, trace), text, tokens, trace), text, tokens, trace), text, trace), text, tokens, trace))
    .filter((entity) => !isVisitedFamilyHome(entity, text, trace));
  whole.push(...familiarNames(whole, text, tokens, trace));
  // 罗纳德·里根|大厦: a name that names a building or an institution is no person there, whoever read it; nor, untitled,
  // at the report's other mentions (彭博|有限合伙企业 …。彭博|愿意: the company).
  // The names read before an institution's word, by their words: every untitled mention of one is dropped, that one too.
  const untitled = (entity: RuleEntity) => entity.type === 'person' && entity.role === undefined;
  const institutionNames = new Set(whole.filter((entity) => untitled(entity) && namesInstitution(text, entity.end)).map((entity) => text.slice(entity.start, entity.end)));
  return whole.filter((entity) => !untitled(entity) || !institutionNames.has(text.slice(entity.start, entity.end)));
}

const FAMILIAR_PREFIXES = new Set(titles.familiarPrefixes);
/**
 * 老黄说, 小贺的父亲: a familiar prefix and a surname, one word of the segmenter's, where the report names someone of
 * that surname in full (黄开发): that person, as People's Daily tags it (titles.json familiarPrefixes).
 */
function familiarNames(entities: RuleEntity[], text: string, tokens: Token[], trace?: CombineTrace): RuleEntity[] {
  // Most reports have none: nothing more is built for them.
  const candidates = tokens.filter((token) => token.word.length === 2 && FAMILIAR_PREFIXES.has(token.word[0]) && isSurname(token.word[1]));
  if (candidates.length === 0) return [];
  const fullNames = new Set<string>();
  for (const e of entities) if (e.type === 'person' && e.end - e.start >= 2 && e.end - e.start <= LONGEST_CHINESE_NAME && hasSurname(text.slice(e.start, e.end))) fullNames.add(text.slice(e.start, e.end));
  if (fullNames.size === 0) return [];
  const surnames = new Set([...fullNames].map((name) => name[0]));
  // 老王磊, 小曲印: the prefix before a full name the report gives, not before a surname alone.
  const fullNameAt = (at: number) => [...fullNames].some((name) => text.startsWith(name, at));
  const taken = (token: Token) => entities.some((e) => e.start < token.end && e.end > token.start);
  const found: RuleEntity[] = [];
  for (const token of candidates) {
    if (!surnames.has(token.word[1]) || taken(token) || fullNameAt(token.start + 1)) continue;
    const name: RuleEntity = { type: 'person', start: token.start, end: token.end, canonical: token.word };
    trace?.('familiar prefix and a surname the report names in full', name);
    found.push(name);
  }
  return found;
}

/** What the segmenter tags a given name's last character glued to the verb after it (周光|权作/n|的, 陈家|昌作/x|了). */
const GLUED_NAME_END_TAG = /^(x|n|vn)$/;
/** Followers that take an object: glued to a verb after them, the character is the name's (董保|同作/x|了). */
const PREPOSITION_FOLLOWERS = new Set(nameBoundaries.prepositionFollowers);
/** 了, 的, 过 (ul, uj, ug). */
const PARTICLE_TAG = /^u[ljg]$/;

/**
 * A word of two whose second character follows names (作, 说) and a particle after it (权作|的, 杰作|了): the verb, glued
 * to the character before it; the particle says it was a verb there (作|了), not a noun (著作, 上将, 公司).
 */
function gluedVerbWithParticle(word: Token, next: Token | undefined): boolean {
  return word.word.length === 2 && HAN.test(word.word[0]) && isFollower(word.word[1]) && PARTICLE_TAG.test(next?.tag ?? '');
}

/**
 * 周光|权作/n|的关于…的报告: a name of a surname and one character before a word of two whose second is a word that
 * follows names (作, 说) and whose first is none, a particle after it: that first character ends the name, where it is as likely a given
 * name's as the name's other one (陈家昌; not 李四|工作, whose 工 is a word's).
 */
function withGluedLastCharacter(entity: RuleEntity, text: string, tokens: Token[], trace?: CombineTrace): RuleEntity {
  if (entity.type !== 'person' || entity.end - entity.start !== 2 || surnameLength(text, entity.start) !== 1) return entity;
  const at = tokenStartingAt(tokens, entity.end);
  const glued = tokens[at];
  // 副审计长王本|强受/x|国务院委托: after a title, an unknown word so glued needs no particle after it (the title says a
  // name stands there, most often of three characters).
  // Not a verb that frames the name's post (何杲|辞任/x|行政总裁职务: he resigns from it).
  const titledUnknown = entity.role !== undefined && glued?.tag === UNKNOWN_WORD_TAG && glued.word.length === 2 && HAN.test(glued.word[0]) && isFollower(glued.word[1]) &&
    !POST_FRAMING_VERBS.has(glued.word);
  // 王光谦、包信|和/c|先后/t|发言: a joiner the segmenter reads as a conjunction, an adverb after it that says the people
  // before it act one by one or together, joins nothing (not 杨震|和|张恩迪, 王毅|和|夫人): it is the name's last character.
  const joinsNothing = glued !== undefined && glued.word.length === 1 && isListJoinerToken(glued) && isInTurnWord(tokens[at + 1]?.word ?? '');
  // 村民潘安|平家/x: the home after a name the segmenter glued to its last character (家 of 在…家).
  const homeGlued = glued !== undefined && glued.word.length === 2 && glued.tag === UNKNOWN_WORD_TAG && glued.word[1] === HOME && isNameChar(glued.word[0]);
  if (joinsNothing || homeGlued) return withLastCharacter(entity, text, trace);
  if (!glued || !GLUED_NAME_END_TAG.test(glued.tag) || !(titledUnknown || gluedVerbWithParticle(glued, tokens[at + 1]))) return entity;
  // 强 of 强调 follows names too, but here the segmenter read no word of it (强受/x).
  if (isFollower(glued.word[0]) && !PREPOSITION_FOLLOWERS.has(glued.word[0]) && !titledUnknown) return entity;
  return withLastCharacter(entity, text, trace);
}

/** Verbs after a name that frame its post (titles.json resignationVerbs, servingVerbs: 辞任, 担任). */
const POST_FRAMING_VERBS = new Set([...titles.resignationVerbs, ...titles.servingVerbs]);

/** The home of a person named before it (在村民潘安平家). */
const HOME = '家';

/** What the segmenter tags a lone character that may end a given name (娥/n, 泰/ng). */
const LONE_NAME_END_TAG = /^(n|ng|nr|x)$/;
const AFTER_SUBJECT_TAG = /^(v\w*|t|d|p)$/;

/**
 * 林郑月|娥/n|今天表示, 范徐丽|泰: a Hong Kong married woman's name is her husband's surname, her own and a given name of
 * two characters; read as three, its last character stands alone after it, which ends the name where no word after a
 * name (说, 在) or of its own (女士) begins there.
 */
function withMarriedSurnameName(entity: RuleEntity, text: string, tokens: Token[], trace?: CombineTrace): RuleEntity {
  if (entity.type !== 'person' || entity.end - entity.start !== 3 || !isSurname(text[entity.start]) || !isSurname(text[entity.start + 1])) return entity;
  const lone = tokens[tokenStartingAt(tokens, entity.end)];
  if (!lone || lone.word.length !== 1 || !HAN.test(lone.word) || !LONE_NAME_END_TAG.test(lone.tag) || isFollower(lone.word) || isSurname(lone.word)) return entity;
  // A character more often a given name's than a word's (娥, 泰; not 人, 手).
  if (givenNameLikelihood(text[entity.start] + lone.word) <= 0) return entity;
  // The name's end is a clause's subject: a verb, a time word, an adverb, a preposition or a mark follows it.
  const after = tokens[tokenStartingAt(tokens, lone.end)];
  if (!after || !(AFTER_SUBJECT_TAG.test(after.tag) || !HAN.test(after.word)) || endsInGluedWhen(text, entity.start, lone.end)) return entity;
  const whole = { ...entity, end: entity.end + 1, canonical: text.slice(entity.start, entity.end + 1) };
  trace?.('a married woman\'s name of two surnames, whole', whole);
  return whole;
}

/**
 * 在会见巴西众议长|莫塔时/x|，: a foreign name the segmenter glued to the 时 (when) that closes the clause it opens; the name
 * ends before it.
 */
function withoutGluedWhen(entity: RuleEntity, text: string, tokens: Token[], trace?: CombineTrace): RuleEntity {
  if (entity.type !== 'person') return entity;
  // 会见…总干事格罗|西时/x|，: a titled foreign name whose last character the segmenter glued to that 时 ends before the 时.
  const glued = tokens[tokenStartingAt(tokens, entity.end)];
  if (entity.role !== undefined && glued?.tag === UNKNOWN_WORD_TAG && glued.word.length === 2 && isTransliterated(text.slice(entity.start, entity.end)) && endsInGluedWhen(text, entity.start, glued.end)) {
    const whole = widened(entity, entity.start, entity.end + 1, text);
    trace?.('name with its last character glued to the 时 after it', whole);
    return whole;
  }
  if (!endsInGluedWhen(text, entity.start, entity.end)) return entity;
  const cut = { ...entity, end: entity.end - 1, canonical: text.slice(entity.start, entity.end - 1) };
  trace?.('name without the 时 glued to it', cut);
  return cut;
}

/** 外长敦夫妇, 部长伊提蓬夫|妇, 总理巴育互|致: a person without the couple's word or mutual verb read into the name's end. */
function withoutWordAfterName(entity: RuleEntity, text: string, trace?: CombineTrace): RuleEntity {
  const glued = entity.type === 'person' ? wordAfterNameGlued(text, entity.start, entity.end) : 0;
  if (glued === 0) return entity;
  const cut = { ...entity, end: entity.end - glued, canonical: text.slice(entity.start, entity.end - glued) };
  trace?.('name without the couple\'s word or mutual verb glued to it', cut);
  return cut;
}

/** The segmenter's tags of 家 as a word of its own after a name (阿伍/x|家/q|的): a measure word or a noun. */
const HOME_TAG = /^(q|n)$/;
/** What follows a home (阿伍家|的木楼, 阿伍家|和村里): a particle, a joiner or a locative (not a list's mark: …、高振家、…). */
const AFTER_HOME_TAG = /^(u\w*|c|f)$/;

/**
 * 村民阿伍/x|家/q|的木楼: a name of three characters or more whose last is 家, a word of its own after the rest, before a
 * particle, a joiner or a locative, is the person's name and their home; the name ends before the 家.
 */
function withoutHome(entity: RuleEntity, text: string, tokens: Token[], trace?: CombineTrace): RuleEntity {
  if (entity.type !== 'person' || entity.end - entity.start < 3 || text[entity.end - 1] !== HOME) return entity;
  const home = tokens[tokenStartingAt(tokens, entity.end - 1)];
  const after = tokens[tokenStartingAt(tokens, entity.end)];
  if (!home || home.end !== entity.end || !HOME_TAG.test(home.tag) || tokens[tokenAt(tokens, entity.end - 2)]?.end !== entity.end - 1 || !after || !AFTER_HOME_TAG.test(after.tag)) return entity;
  const cut = { ...entity, end: entity.end - 1, canonical: text.slice(entity.start, entity.end - 1) };
  trace?.('name without the home after it', cut);
  return cut;
}

/**
 * 走进|杨家|低矮破旧的小木屋: a surname and 家 alone right after a verb of visiting is the family's home, where the
 * leader goes, no person (PD1998 reads a surname alone as one, with a title or a form of address).
 */
function isVisitedFamilyHome(entity: RuleEntity, text: string, trace?: CombineTrace): boolean {
  const visited = entity.type === 'person' && entity.end - entity.start === 2 && text[entity.end - 1] === HOME && isSurname(text[entity.start]) &&
    VISIT_VERBS_BEFORE_SITES.some((verb) => text.startsWith(verb, entity.start - verb.length));
  if (visited) trace?.('a family\'s home visited, no person', entity);
  return visited;
}

/** The name with the character after it, where that reading is as likely a name's. */
function withLastCharacter(entity: RuleEntity, text: string, trace?: CombineTrace): RuleEntity {
  const name = text.slice(entity.start, entity.end + 1);
  if (givenNameLikelihood(name) < nameThresholds.modelPersonThreshold) return entity;
  const whole = { ...entity, end: entity.end + 1, canonical: name };
  trace?.('name with its last character glued to the word after it', whole);
  return whole;
}

/**
 * 发言人|刘结/x|一/m|介绍: the labeller reads a name of the segmenter's unknown word on over a numeral's character alone,
 * a verb after it: that character is the given name's last (刘结一), though 一 also follows names (王刚|一到).
 */
function numeralEndsName(entity: RuleEntity, same: NerSpan, tokens: Token[]): boolean {
  const at = tokenStartingAt(tokens, entity.end);
  const [name, numeral, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  return same.end === entity.end + 1 && numeral?.word.length === 1 && numeral.tag === NUMERAL_TAG && name?.tag === UNKNOWN_WORD_TAG && name.start === entity.start &&
    next !== undefined && /^v/.test(next.tag);
}

/** The most characters a transliterated name's first part, left to the word before, may have. */
const LONGEST_LOST_START = 4;

/**
 * 同托|卡耶夫, 今年1月，迪萨纳|亚克, 总统别|尔德穆哈梅多夫: the segmenter gives a transliterated name's first characters a
 * word of their own, and both readers start the name after them. A person whose name is all transliteration
 * characters takes the characters of the same kind before it, back to punctuation, a word that follows names (同,
 * 和) or a title (whose person it then is), where no other entity and no ordinary word lies; and those after it that
 * the labeller gave up on (withLostEnd).
 */
function withForeignNamesWhole(entities: RuleEntity[], text: string, tokens: Token[], titleEndingHere: (at: number) => Pick<RuleEntity, 'role' | 'official'> | undefined, trace?: CombineTrace): RuleEntity[] {
  const joined = withAdjacentForeignPartsJoined(entities, text, trace);
  const taken = new Uint8Array(text.length);
  for (const entity of joined) taken.fill(1, entity.start, entity.end);
  return joined.map((entity) => {
    if (entity.type !== 'person' || entity.end - entity.start < 2) return entity;
    if (!isTransliterated(text.slice(entity.start, entity.end))) return withLastUnknownPiece(entity, text, tokens, taken, trace);
    return withLostStart(withLostEnd(entity, text, tokens, taken, trace), text, tokens, taken, titleEndingHere, trace);
  });
}

/**
 * 科瓦/x|廖夫/x: a name of unknown words the labeller ends inside the last of them (科瓦廖), the rest of that word
 * transliteration characters where no other entity lies, ends with it.
 */
function withLastUnknownPiece(entity: RuleEntity, text: string, tokens: Token[], taken: Uint8Array, trace?: CombineTrace): RuleEntity {
  const last = tokens[tokenAt(tokens, entity.end - 1)];
  if (!last || last.end <= entity.end || last.start <= entity.start || last.tag !== UNKNOWN_WORD_TAG || last.end - entity.start > MAX_TRANSLITERATED) return entity;
  const first = tokenStartingAt(tokens, entity.start);
  if (first < 0 || !isTransliterated(text.slice(entity.end, last.end)) || taken.subarray(entity.end, last.end).includes(1)) return entity;
  for (let k = first; tokens[k] !== last; k++) if (tokens[k].tag !== UNKNOWN_WORD_TAG) return entity;
  trace?.('foreign name taken whole', { type: 'PER', start: entity.start, end: last.end });
  return widened(entity, entity.start, last.end, text);
}

/**
 * 梅德韦|杰夫|就任: the readers may cut one transliterated name into two people side by side. Two persons that touch,
 * both all transliteration characters and together no longer than such a name, are one; the first keeps its title.
 */
function withAdjacentForeignPartsJoined(entities: RuleEntity[], text: string, trace?: CombineTrace): RuleEntity[] {
  // 新任埃米尔|米沙勒, 纳瓦夫|埃米尔: a title of transliteration characters is no part of the name beside it.
  const isForeignPart = (e: RuleEntity) => e.type === 'person' && isTransliterated(text.slice(e.start, e.end)) && !isTitleHead(text.slice(e.start, e.end));
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  const joined: RuleEntity[] = [];
  for (const entity of byStart) {
    const last = joined[joined.length - 1];
    if (last && last.end === entity.start && isForeignPart(last) && isForeignPart(entity) && entity.end - last.start <= MAX_TRANSLITERATED) {
      trace?.('foreign name taken whole', { type: 'PER', start: last.start, end: entity.end });
      joined[joined.length - 1] = { ...widened(last, last.start, entity.end, text), role: last.role ?? entity.role, official: last.official || entity.official };
    } else {
      joined.push(entity);
    }
  }
  return joined.length === entities.length ? entities : joined;
}

/**
 * 夫人米尔|济约耶娃|陆续: the labeller reads a transliterated name's first characters and gives up on the rest (济约/x 耶娃/x).
 * The person takes the transliteration characters after it that the segmenter reads as parts of an unknown or foreign
 * name, up to a word that follows names, punctuation or an ordinary word (陆续), where no other entity lies and no word
 * runs across its old end (泰森因/x|咬伤) or its new one (马克龙|夫妇).
 */
function withLostEnd(entity: RuleEntity, text: string, tokens: Token[], taken: Uint8Array, trace?: CombineTrace): RuleEntity {
  let end = entity.end;
  while (end < entity.end + LONGEST_LOST_START && end - entity.start < MAX_TRANSLITERATED && isTransliterated(text[end] ?? '') && !isFollower(text[end]) && !taken[end]) end++;
  if (end === entity.end) return entity;
  // 纳瓦夫|埃米尔|逝世: a title of transliteration characters right after the name is its title, no part of it.
  for (let to = entity.end + 1; to <= end; to++) if (isTitleHead(text.slice(entity.end, to))) return entity;
  const after = text[end];
  const next = tokens[tokenStartingAt(tokens, end)];
  if (after !== undefined && HAN.test(after) && !isFollower(after) && !(next && isCommonWord(next))) return entity;
  for (let k = tokenAt(tokens, entity.end); k >= 0 && k < tokens.length && tokens[k].start < end; k++) {
    const crossesOldEnd = tokens[k].start < entity.end && !NAME_PART_TAGS.test(tokens[k].tag);
    // 阿斯洛/nr|夫等/x: the 等 closing a list of names, glued to the name's last character, may run past the new end
    // (not 帕斯曼诺夫|本人: any follower would take 本 into the name).
    const gluedFollower = tokens[k].end === end + 1 && tokens[k].tag === UNKNOWN_WORD_TAG && text[end] === LIST_CLOSER;
    // 阿基莫|夫/n|等: a last character the segmenter left as a word of its own, of a noun's tag or the like, where the name
    // ends at a follower or a mark (not 热瓦甫|多/m|次, 汉佩尔|因/p|伤, 金金|买/v|了).
    const lastCharacter = tokens[k].word.length === 1 && tokens[k].start >= entity.end && tokens[k].end === end && !ACT_OR_FUNCTION_TAG.test(tokens[k].tag) &&
      (after === undefined || !HAN.test(after) || isFollower(after));
    if (crossesOldEnd || (tokens[k].end > end && !gluedFollower) || !(FOREIGN_PART_TAGS.test(tokens[k].tag) || lastCharacter)) return entity;
  }
  trace?.('foreign name taken whole', { type: 'PER', start: entity.start, end });
  return widened(entity, entity.start, end, text);
}

/**
 * The rule's person widened to the labeller's name around it that ends where it does and holds a middle dot before it,
 * where no other name of the rules stands there (阿不都·热合曼|李红梅: two people of a list, whatever the labeller reads).
 */
function dottedNameEndingAt(entity: RuleEntity, model: ModelReading, text: string, keptNameCover: Uint8Array): RuleEntity | undefined {
  const index = model.spanAt[entity.start];
  const span = index >= 0 ? model.spans[index] : undefined;
  if (!span || span.type !== 'PER' || span.end !== entity.end || span.start >= entity.start || !MIDDLE_DOT.test(text.slice(span.start, entity.start))) return undefined;
  for (let at = span.start; at < entity.start; at++) if (keptNameCover[at]) return undefined;
  return widened(entity, span.start, span.end, text);
}

/** The person over text[start, end), its canonical name widened with it unless it was another (a title's form). */
const widened = (entity: RuleEntity, start: number, end: number, text: string): RuleEntity =>
  ({ ...entity, start, end, canonical: entity.canonical === text.slice(entity.start, entity.end) ? text.slice(start, end) : entity.canonical });

/** Tags of acts, numbers and function words: a one-character word of these after a name is no part of it (多/m, 因/p, 买/v). */
const ACT_OR_FUNCTION_TAG = /^(v\w*|p|m|d|c|u\w*|q|r|f)$/;
/** What the segmenter tags the rest of a foreign name it does not know (济约/x, 法诺夫/nrt, 楞/zg): not 多/m, 因/p, 拉|下台. */
const FOREIGN_PART_TAGS = /^(x|nr|nrt|nrfg|zg)$/;
/** A word across a name's old end that is a name's part (纳波利|塔诺/nrt), unlike an unknown run (泰森因/x|咬伤). */
const NAME_PART_TAGS = /^(nrt|nrfg)$/;

/** 同托|卡耶夫: the characters of a transliterated name before it that the segmenter gave a word of their own. */
function withLostStart(entity: RuleEntity, text: string, tokens: Token[], taken: Uint8Array, titleEndingHere: (at: number) => Pick<RuleEntity, 'role' | 'official'> | undefined, trace?: CombineTrace): RuleEntity {
  let start = entity.start;
  while (start > entity.start - LONGEST_LOST_START && start > 0 && isTransliterated(text[start - 1]) && !isFollower(text[start - 1]) && !taken[start - 1]) start--;
  if (start === entity.start) return entity;
  // 新任埃米尔|米沙勒: a title of transliteration characters right before the name is its title, no part of it.
  for (let from = start; from < entity.start; from++) if (isTitleHead(text.slice(from, entity.start))) return entity;
  const before = text[start - 1];
  const bounded = before === undefined || !HAN.test(before) || isFollower(before);
  const title = bounded ? undefined : titleEndingHere(start);
  if (!bounded && !title) return entity;
  // 同托 may be one unknown word of the segmenter's: only an ordinary word there says the characters are no name's.
  const first = tokenAt(tokens, start);
  if (first < 0) return entity;
  // 同梅德韦/x|杰夫: an unknown run of the segmenter's may cross into the name.
  for (let k = first; k < tokens.length && tokens[k].start < entity.start; k++) if ((tokens[k].end > entity.start && tokens[k].tag !== 'x') || isCommonWord(tokens[k])) return entity;
  trace?.('foreign name taken whole', { type: 'PER', start, end: entity.end });
  return { ...widened(entity, start, entity.end, text), ...(title && !entity.role && title) };
}

/**
 * 城建|司|副司长, 社会文化司|司长: one character that ends an organ's name and opens the title of its head (司长, 局长,
 * 部长) is the organ's, no surname before a title (江|主席).
 */
function endsOrganBeforeItsHead(span: NerSpan, text: string): boolean {
  if (span.end - span.start !== 1) return false;
  const at = text[span.end] === '副' ? span.end + 1 : span.end;
  if (text[at] !== text[span.start]) return false;
  for (let length = 2; length <= LONGEST_ORGAN_HEAD; length++) if (isTitleHead(text.slice(at, at + length))) return true;
  return false;
}
/** 司长, 秘书长, 主任委员: how long the head of an organ may be. */
const LONGEST_ORGAN_HEAD = 4;

/**
 * Why the labeller's person is left out, if it is: it reads as something else and the labeller is not sure enough
 * (a form of address after it, 何|大爷, is evidence enough, as a title is), it lies inside a person's title, names a
 * doctrine, stands in a list of things or like words, or joins two words with a dot.
 */
function whyNoPerson(span: NerSpan, free: boolean, text: string, tokens: Token[], margins: SpanMargins, roleCover: Uint8Array, reshaped: boolean, titledBefore: () => boolean): string | undefined {
  const looksLike = looksLikeName(span, text, tokens);
  // 苏林/ns|总书记: a title written after it makes a word the segmenter read otherwise as likely a name as one it reads so;
  // one written right before it (省长|杜家/n|毫/m) is evidence enough, as a form of address after it is.
  // 李克强同|夏巴兹|举行会谈: the other side of a talk is a name as surely as one with a title.
  const counterpart = talkCounterpartAt(text, span.start - 1) === text.slice(span.start, span.end);
  const titled = looksLike || titleStartingAt(text, span.end) !== undefined || counterpart;
  // A surname and two characters: two after a bare title are as often a word (总书记|殷殷嘱托, 国家主席|战略引领), longer
  // ones a body (常委|代表|民盟中央).
  // So is a transliterated name of two characters or more there (总统|基尔/nz), or as the other side of a talk (同|莫特利|会谈).
  const name = text.slice(span.start, span.end);
  const foreign = name.length >= 2 && isTransliterated(name);
  // 总统|纽西/x|表示: so is one unknown word that speaks (a word after a title the segmenter knows: 殷殷嘱托).
  const word = tokens[tokenStartingAt(tokens, span.start)];
  const speaks = word?.end === span.end && word.tag === UNKNOWN_WORD_TAG && isSpeechWord(tokens[tokenStartingAt(tokens, span.end)]?.word ?? '');
  const fullNameAfterTitle = (((name.length === 3 && hasSurname(name)) || foreign || speaks) && titledBefore()) || (foreign && counterpart);
  const doubt = !titled && !fullNameAfterTitle ? modelMargins.surePerson : honorificAt(text, span.end) || fullNameAfterTitle ? 0 : modelMargins.modelPerson;
  if (free && margins.cost(span.start, span.end, undefined) < doubt) return looksLike ? 'not sure enough' : 'reads as a word, not sure enough';
  if (roleCover[span.start] && roleCover[span.end - 1]) return 'inside a title';
  if (endsOrganBeforeItsHead(span, text)) return 'an organ\'s last character before its head';
  if (!reshaped && endsInsideWord(span, tokens, text)) return 'ends inside a word';
  if (isRelativeWord(name)) return 'a relative\'s word';
  if (isCountryStem(name, tokens, span)) return 'a country\'s name cut short';
  if (namedLikePlace(text.slice(span.start, span.end)) || endsAsLand(name)) return 'named like a place';
  if (namesFamilySettlement(span, text)) return 'names a settlement after a family';
  if (namesDoctrine(text, span.end)) return 'names a doctrine';
  if (namesInstitution(text, span.end) || endsAsInstitution(text.slice(span.start, span.end))) return 'names an institution';
  // 纪检组、|监察局|、: a government body's ending after no surname is a body's name; 将军|澳安老/x|服务中心: so is a name of
  // no surname before a noun ending as an institution does.
  if (name.length > 2 && AGENCY_ENDINGS.has(name[name.length - 1]) && !hasSurname(name)) return 'names a government body';
  const next = tokens[tokenStartingAt(tokens, span.end)];
  if (!hasSurname(name) && !foreign && next !== undefined && next.word.length > 2 && next.tag === 'n' && endsInInstitutionWord(next.word)) return 'names an institution';
  if (namesListedInstitution(span, text)) return 'names an institution';
  // 潘古|党领袖: a name right before 党 and a title's head is a party's, named after no one here.
  if (text.startsWith(PARTY, span.end) && titleHeadAt(text, span.end + PARTY.length)) return 'names a party';
  if (namesLaw(text, span.start, span.end)) return 'names a law';
  if (inListOfThings(text, span.start, span.end, tokens)) return 'in a list of things';
  if (inListOfLikeWords(text, span.start, span.end)) return 'in a list of like words';
  if (inListOfActs(text, span.start, span.end, tokens) || inListOfLikeVerbPhrases(text, span.start, span.end, tokens)) return 'in a list of acts';
  if (inSeriesOfSetPhrases(text, span.start, span.end, tokens)) return 'in a series of set phrases';
  if (inListOfOrdinaryWords(text, span.start, span.end, tokens)) return 'in a list of ordinary words';
  if (inListOfPhrases(text, span.start, span.end, tokens)) return 'in a list of phrases';
  if (joinsWords(span, text, tokens)) return 'dot joins words';
  return undefined;
}

/** How many characters of a list's item may follow a name in it. */
const LONGEST_ITEM_REST = 10;
/** The rest of an item of a 、-list after a name in it: characters up to the next mark. */
const LIST_ITEM_REST = new RegExp(`^${LIST_ITEM_CHAR}{2,${LONGEST_ITEM_REST}}(?=[、，。；])`);

/**
 * 厦门大学、|嘉庚|创新实验室，: a name after a 、 that opens an item of the list, which runs on to an institution's or a
 * body's word, is that institution's name, not a person (the item names the institution); not a name a word that
 * follows names comes after (…、李明|等省委…).
 */
function namesListedInstitution(span: Span, text: string): boolean {
  const rest = LIST_ITEM_REST.exec(text.slice(span.end, span.end + LONGEST_ITEM_REST + 1))?.[0];
  if (rest === undefined || text[span.start - 1] !== '、' || isFollower(rest[0])) return false;
  return endsInInstitutionWord(rest) || endsInBodyWord(rest);
}

const FAMILY_SETTLEMENT_ENDINGS = new Set(placePatterns.familySettlementEndings);
/** 一旁的刘|家堡派出所: a surname alone before 家 and a settlement's ending names the village (place-patterns.json). */
const namesFamilySettlement = (span: Span, text: string): boolean =>
  span.end - span.start === 1 && text[span.end] === FAMILY && FAMILY_SETTLEMENT_ENDINGS.has(text[span.end + 1] ?? '');
const FAMILY = '家';

/** The party a name may stand before as its name (潘古党领袖). */
const PARTY = '党';

/** The words that end a document's name after the place it is named for (宣言, 声明: 《利马宣言》; data/law-names.json). */
const DOCUMENT_WORDS = lawNames.documentWords;
/** How far before a name the opening of a document's title may stand (《2024年亚太经合组织领导人马丘比丘宣言》). */
const LONGEST_DOCUMENT_TITLE = 30;

/** Whether a name inside 《…》 ends where a document word closes the title: the document's place, no person. */
function namesDocument(text: string, start: number, end: number): boolean {
  const word = DOCUMENT_WORDS.find((w) => text.startsWith(w, end));
  if (!word || text[end + word.length] !== '》') return false;
  const open = text.lastIndexOf('《', start);
  return open >= 0 && start - open <= LONGEST_DOCUMENT_TITLE && !text.slice(open, start).includes('》');
}

/**
 * 维护国家安全法|（草案）》: a reading that ends as a law's name, right before what follows one, or one of the laws
 * known by a field's word and 法 (现行国家|安全法/nr|为基础; data/law-names.json).
 */
function namesLaw(text: string, start: number, end: number): boolean {
  if (SHORT_LAW_NAMES.has(text.slice(start, end))) return true;
  return lawNames.endings.some((ending) => text.startsWith(ending, end - ending.length)) && lawNames.followers.some((follower) => text.startsWith(follower, end));
}
const SHORT_LAW_NAMES = new Set(lawNames.shortLawNames);

/**
 * 同意|大利/n: a place whose first character the segmenter glued to a joiner before it (同意大利: with Italy) starts one
 * character earlier, where that makes a place the gazetteer knows and the span alone is none.
 */
function placeAfterGluedJoiner(span: NerSpan, text: string, gazetteer: Gazetteer): NerSpan {
  if (span.type !== 'LOC' || span.start < 2 || !FUNCTION_WORD_SURNAMES.has(text[span.start - 2])) return span;
  const name = text.slice(span.start, span.end);
  return !gazetteer.has(name) && gazetteer.has(text[span.start - 1] + name) ? { ...span, start: span.start - 1 } : span;
}

/** 新/a|县城/n: a span that is an adjective, adverb or verb of one character and the start of the ordinary word after it. */
function opensWithCharacterWordIntoWord(span: Span, tokens: Token[], text: string): boolean {
  const first = tokens[tokenAt(tokens, span.start)];
  return first !== undefined && first.start === span.start && first.word.length === 1 && ONE_CHARACTER_MODIFIER_TAGS.test(first.tag) && endsInsideWord(span, tokens, text);
}
/** The segmenter's tags of adjectives, distinguishing words, adverbs and verbs. */
const ONE_CHARACTER_MODIFIER_TAGS = /^(a|b|d|v)$/;

/** Whether a span opens with a country's unambiguous one-character form right after 中 standing as a word of its own. */
function pairedWithChina(span: Span, text: string, tokens: Token[]): boolean {
  const china = tokens[tokenEndingAt(tokens, span.start)];
  return china?.start === span.start - 1 && opensChinaPair(china.word, text[span.start]) && isUnambiguousCountryForm(text[span.start]);
}

/** 历|史博物馆/n: a place the gazetteer does not know that is the end of one ordinary word of the segmenter's. */
function opensInsideOrdinaryWord(span: Span, tokens: Token[], text: string, gazetteer: Gazetteer): boolean {
  const first = tokens[tokenAt(tokens, span.start)];
  return first !== undefined && first.start < span.start && first.end === span.end && isCommonWord(first) && first.tag !== 'ns' && !gazetteer.has(text.slice(span.start, span.end));
}

/** Whether the span starts inside one ordinary word of the segmenter's and ends inside another (舞|台中|央). */
function cutsOrdinaryWordsBothSides(span: Span, tokens: Token[]): boolean {
  const first = tokens[tokenAt(tokens, span.start)];
  return first !== undefined && first.start < span.start && isCommonWord(first) && cutsWordAtEnd(span, span.start, tokens);
}

/**
 * 胡塞武|装, 山水|林田湖|草沙: a name does not end inside an ordinary word that starts within it or before it. Not where the word's rest
 * begins with a word that follows names or with another name (何平|等, 赵申|张大华), nor a word the name starts
 * (江|主席 is a surname before a title), nor a place word the segmenter made of a name's end (阿拉|腾达|来).
 */
function endsInsideWord(span: Span, tokens: Token[], text: string): boolean {
  if (isFollower(text[span.end]) || surnameLength(text, span.end)) return false;
  const k = tokenAt(tokens, span.end - 1);
  const token = tokens[k];
  return token !== undefined && token.start !== span.start && token.end > span.end && isCommonWord(token) && token.tag !== 'ns';
}

/**
 * A middle dot stands between a name's parts, never at its edge: the labeller's spans without the dots it read at
 * their edges (上海市|·新疆维吾尔自治区, where a segmenter's word starts with the dot).
 */
export function withoutEdgeDots(spans: NerSpan[], text: string, tokens: Token[]): NerSpan[] {
  return spans.flatMap((span) => {
    let { start, end } = span;
    while (start < end && MIDDLE_DOT.test(text[start])) start++;
    while (end > start && MIDDLE_DOT.test(text[end - 1])) end--;
    if (start === end) return [];
    if (span.type === 'PER') end = dottedNameEnd(text, start, end, tokens);
    return start === span.start && end === span.end ? [span] : [{ ...span, start, end }];
  });
}

/**
 * 加拉加斯|会见/n|委内瑞拉全国代表大会: the labeller's bodies start after an act inside them (titles.json notInTitle); a body
 * left shorter than two characters is dropped.
 */
export function bodiesAfterActs(spans: NerSpan[], tokens: Token[]): NerSpan[] {
  return spans.flatMap((span) => {
    if (span.type !== 'ORG') return [span];
    const start = afterLastAct(tokens, span.start, span.end);
    if (start === span.start) return [span];
    return span.end - start < MIN_CUT_BODY ? [] : [{ ...span, start }];
  });
}

/** The first characters of countries' names, three or more and not the whole name (土库曼 of 土库曼斯坦). */
const COUNTRY_STEMS = new Set(worldPlaces.国家.flatMap((country) => Array.from({ length: Math.max(0, country.length - 3) }, (_, i) => country.slice(0, 3 + i))));
/** 土库曼/ns与中国的友谊: a place word of the segmenter's that begins a country's name is that country cut short, no name. */
function isCountryStem(name: string, tokens: Token[], span: NerSpan): boolean {
  const word = tokens[tokenStartingAt(tokens, span.start)];
  return word?.end === span.end && word.tag === 'ns' && COUNTRY_STEMS.has(name);
}

/** The fewest characters of a body's name cut after an act (国会, 政府). */
const MIN_CUT_BODY = 2;

/** Where a span from `start` to `end` starts after the last act word wholly inside it, before its last word (`start` if none). */
function afterLastAct(tokens: Token[], start: number, end: number): number {
  let from = start;
  for (let k = firstTokenFrom(tokens, start); k < tokens.length && tokens[k].end < end; k++) if (tokens[k].start >= start && isActWord(tokens[k].word)) from = tokens[k].end;
  return from;
}

/**
 * 伊姆兰·汗|祝/…: a dotted name's last part ends before a segmenter word of two characters or more that the
 * labeller's span cuts in two (汗/zg|祝贺), keeping at least one character after the dot: the name's part is the
 * character the segmenter left alone, the word is the sentence's (祝贺).
 */
function dottedNameEnd(text: string, start: number, end: number, tokens: Token[]): number {
  let lastDot = end - 1;
  while (lastDot > start && !MIDDLE_DOT.test(text[lastDot])) lastDot--;
  if (lastDot === start) return end;
  const word = tokens[tokenAt(tokens, end - 1)];
  const cutsWord = word !== undefined && word.end > end && word.word.length >= 2 && word.tag !== UNKNOWN_WORD_TAG;
  return cutsWord && word.start >= lastDot + 2 ? word.start : end;
}

/** The user's own names (corrections) decide over the labeller: its spans touching one of them are left out. */
export function withoutUserNames(spans: NerSpan[], text: string, names: string[]): NerSpan[] {
  if (!names.length) return spans;
  const userCover = new Uint8Array(text.length);
  for (const name of names) {
    if (!name) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) userCover.fill(1, at, at + name.length);
  }
  return spans.filter((s) => {
    for (let i = s.start; i < s.end; i++) if (userCover[i]) return false;
    return true;
  });
}
