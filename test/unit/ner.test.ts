/** The learned labeller: valid decoding, the shipped model, a few clear cases, a deterministic trainer. */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import { tokenize } from '../../src/core/text/tokens';
import { LABEL_COUNT, OUTSIDE, allowedTransition, closesEntity, labelsOfSpans, spansOfLabels, type NerSpan } from '../../src/core/ner/labels';
import { NerModel, PackedWeights, forbidInvalidMoves, viterbi } from '../../src/core/ner/model';
import { getNerModel } from '../../src/core/ner/loadModel';
import { trainPerceptron } from '../../src/core/ner/perceptron';
import { sentencePieces } from '../../src/core/ner/sentences';
import { recognizeWithModel } from '../../src/core/ner/recognizeWithModel';
import { makeNamesConsistent } from '../../src/core/people/consistency';
import { SpanMargins, type TextPiece } from '../../src/core/ner/spanMargins';
import { vouchRepeatedNames, withoutEdgeDots, type RuleVerdict } from '../../src/core/ner/combine';
import { inListOfLikeWords } from '../../src/core/people/thingLists';
import { getGazetteer } from '../../src/core/places/gazetteer';
import { namesTwoPartCountry } from '../../src/core/places/recognizePlaces';

const { segmenter } = loadSegmenter();
const entity = (text: string, type: string, name: string) => analyzeText(text, segmenter).entities.find((e) => e.type === type && e.text === name);

describe('learned labeller', function () {
  this.timeout(20000);

  it('decodes any scores into a valid label sequence', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 20 - 10;
    for (let round = 0; round < 50; round++) {
      const length = 1 + (round % 17);
      const scores = Float32Array.from({ length: length * LABEL_COUNT }, random);
      const moves = forbidInvalidMoves(Float32Array.from({ length: (1 + LABEL_COUNT) * LABEL_COUNT }, random));
      const labels = viterbi(scores, length, moves);
      assert.ok(allowedTransition(OUTSIDE, labels[0]));
      for (let i = 1; i < length; i++) assert.ok(allowedTransition(labels[i - 1], labels[i]), `${labels}`);
      assert.ok(closesEntity(labels[length - 1]));
      const spans = spansOfLabels(labels);
      for (const s of spans) assert.ok(s.start >= 0 && s.start < s.end && s.end <= length);
      assert.deepEqual(spansOfLabels(labelsOfSpans(length, spans)), spans);
    }
  });

  it('loads the shipped model, and writes and reads it back unchanged', () => {
    const model = getNerModel();
    assert.ok(model, 'data/ner-model.bin holds a model');
    const again = NerModel.fromBytes(model.toBytes());
    assert.ok(again);
    assert.deepEqual(again.transitions, model.transitions);
    assert.equal(again.weights.length, model.weights.length);
    const [read, written] = [model.weights, again.weights];
    assert.ok(read instanceof PackedWeights && written instanceof PackedWeights);
    for (let i = 0; i < read.length; i += 997) assert.equal(written.get(i), read.get(i));
    assert.equal(NerModel.fromBytes(new Uint8Array([1, 2, 3])), undefined);
  });

  it('finds a name after a title, a county and a committee', () => {
    assert.ok(entity('国务院总理王建华昨天在京会见了来访的代表团。', 'person', '王建华'));
    assert.ok(entity('记者日前来到河北省阜平县，走访了几户农民。', 'place', '阜平县'));
    assert.ok(entity('国家经济贸易委员会近日发出通知，要求各地做好节日供应。', 'organization', '国家经济贸易委员会'));
  });

  it('trains the same bytes from the same corpus and seed', () => {
    const corpus: [string, NerSpan[]][] = [
      ['张明在北京工作。', [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 5 }]],
      ['李华去了上海市人民政府。', [{ type: 'PER', start: 0, end: 2 }, { type: 'ORG', start: 4, end: 11 }]],
      ['王强说，天津很美。', [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 4, end: 6 }]],
    ];
    const sentences = corpus.flatMap(([text, spans]) =>
      [...sentencePieces(text, tokenize(text, segmenter))].map(({ start, end, features }) => ({ features, labels: labelsOfSpans(end - start, spans) })));
    const train = (seed: number) => trainPerceptron(sentences, { log2Buckets: 12, epochs: 4, seed }).toBytes();
    assert.deepEqual(train(3), train(3));
    const model = NerModel.fromBytes(train(3))!;
    const text = '张明在北京工作。';
    const [{ features }] = sentencePieces(text, tokenize(text, segmenter));
    assert.deepEqual(spansOfLabels(model.decode(features, text.length)), corpus[0][1]);
  });
});

describe('rules and labeller weighed by the labeller margin', function () {
  this.timeout(20000);
  const person = (text: string, name: string) => analyzeText(text, segmenter).entities.find((e) => e.type === 'person' && e.text === name);
  const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);

  it('costs nothing for the labeller own reading, something for any other, and equals a forced decode', () => {
    const model = getNerModel()!;
    const text = '昨天，市长王建华在广州会见了日本客人。';
    const tokens = tokenize(text, segmenter);
    const pieces: TextPiece[] = [];
    const spans = recognizeWithModel(model, text, tokens, pieces);
    const margins = new SpanMargins(model, pieces);
    for (const s of spans) assert.equal(margins.cost(s.start, s.end, s.type), 0);
    assert.ok(spans.some((s) => margins.cost(s.start, s.end, undefined) > 0));
    for (let start = 0; start < text.length - 2; start++) assert.ok(margins.cost(start, start + 2, 'ORG') >= 0);
    // The same cost by brute force: the best path that keeps the span as one place, from a decode with the other labels barred.
    const [piece] = pieces;
    const features = [...sentencePieces(text, tokens)][0].features;
    const scores = model.emissions(features, piece.end - piece.start);
    const pathScore = (labels: Uint8Array, emissions: Float32Array) => labels.reduce((sum, y, i) => sum + model.transitions[(i ? 1 + labels[i - 1] : 0) * LABEL_COUNT + y] + emissions[i * LABEL_COUNT + y], 0);
    const best = pathScore(viterbi(scores, piece.end - piece.start, model.transitions), scores);
    const forced = scores.slice();
    const at = text.indexOf('广州');
    const wanted = labelsOfSpans(2, [{ type: 'ORG', start: 0, end: 2 }]);
    for (let i = 0; i < 2; i++) for (let y = 0; y < LABEL_COUNT; y++) if (y !== wanted[i]) forced[(at + i) * LABEL_COUNT + y] = -1e9;
    const constrained = pathScore(viterbi(forced, piece.end - piece.start, model.transitions), scores);
    assert.ok(Math.abs(margins.cost(at, at + 2, 'ORG') - (best - constrained)) < 1e-3);
  });

  it('ends a dotted name\'s last part before a word of the segmenter\'s its span cuts in two (伊姆兰·汗|祝贺)', () => {
    const found = analyzeText('巴基斯坦总理伊姆兰·汗祝贺中国共产党成立100周年。', segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(found.map((p) => [p.text, p.role]), [['伊姆兰·汗', '巴基斯坦总理']]);
  });

  it('trims the middle dots at the edges of the labeller spans, whatever their type and the segmenter', function () {
    // Building jieba-wasm's dictionary takes seconds on a loaded machine.
    this.timeout(60000);
    const text = '广东省·新疆维吾尔自治区对口支援工作座谈会在广州举行。';
    const dotted = text.indexOf('·');
    assert.deepEqual(withoutEdgeDots([{ type: 'LOC', start: dotted, end: dotted + 9 }, { type: 'ORG', start: dotted, end: dotted + 1 }], text, tokenize(text, segmenter)), [{ type: 'LOC', start: dotted + 1, end: dotted + 9 }]);
    for (const { segmenter: each } of [loadSegmenter('nodejieba'), loadSegmenter('jieba-wasm')]) {
      const places = analyzeText(text, each).entities.filter((e) => e.type === 'place').map((e) => e.text);
      assert.deepEqual(places, ['广东省', '新疆维吾尔自治区', '广州'], each.name);
    }
  });

  it('reads no name in a title the rules read for a person, nor in a list of words made alike', () => {
    assert.deepEqual(people('蒙古国国家大呼拉尔主席赞丹沙塔尔会见了代表团。'), ['赞丹沙塔尔']);
    assert.deepEqual(people('党员干部要学纪、知纪、明纪、守纪，做到令行禁止。'), []);
    const list = '学法、知法、懂法、守法';
    assert.ok(inListOfLikeWords(list, 6, 8));
    assert.ok(!inListOfLikeWords('王建华、刘建华、赵晓梅', 4, 7));
    assert.ok(!inListOfLikeWords(list, 7, 8));
  });

  it('keeps a titled name where the labeller adds or drops a function word at its edge', () => {
    assert.equal(person('会晤后，习近平主席和普京总统共同见证签署合作文件。', '普京')?.role, '总统');
  });

  it('keeps a name right after a title, with the whole title, also where the labeller or the segmenter stumbles', () => {
    assert.equal(person('村党支部书记田大山介绍了情况。', '田大山')?.role, '村党支部书记');
    assert.equal(person('泸溪县委书记吴国平说，要抓好落实。', '吴国平')?.role, '泸溪县委书记');
    assert.equal(person('省委书记谌贻琴在会上讲话。', '谌贻琴')?.role, '省委书记');
    assert.equal(person('德国总理朔尔茨18日表示欢迎。', '朔尔茨')?.role, '德国总理');
    assert.deepEqual(people('记者来到南福村采访。'), []);
  });

  it('follows PD1998 where the conventions differ: a surname with a form of address, a glued rank', () => {
    assert.deepEqual(people('听完朱师傅的事由，何大爷笑了。'), ['朱', '何']);
    assert.equal(person('最初见到周副主席的风采。', '周')?.role, '副主席');
    assert.deepEqual(people('学习马克思主义和毛泽东思想。'), []);
    assert.deepEqual(people('这时，韩女士和赵先生走了进来。'), ['韩', '赵']);
  });

  it('keeps 和 between two nouns of an organ name inside a title, not between two titles', () => {
    assert.equal(person('全国人大宪法和法律委员会主任委员王小明作说明。', '王小明')?.role, '全国人大宪法和法律委员会主任委员');
    assert.equal(person('市委书记和市长王小明出席。', '王小明')?.role, '市长');
  });

  it('gives the person an appointment names the post after 为', () => {
    assert.equal(person('会议决定，任命李小明为外交部部长。', '李小明')?.role, '外交部部长');
  });

  it('reads the name an appointment frames whatever words the segmenter made of it, and the whole post', () => {
    // 海潮 and 华为 are words of their own; 健康 an adjective inside the organ's name.
    assert.equal(person('会议任命雷海潮为国家卫生健康委员会主任。', '雷海潮')?.role, '国家卫生健康委员会主任');
    assert.equal(person('会议任命柯文华为市人民法院副院长。', '柯文华')?.role, '市人民法院副院长');
    assert.equal(person('会议增补王为民为常务委员会委员。', '王为民')?.role, '常务委员会委员');
  });

  it('gives a surname with a title the full name of the one person it can be', () => {
    const canonical = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}=${e.canonical}`);
    assert.deepEqual(canonical('开幕式上，习主席发表讲话。'), ['习=习近平']);
    assert.deepEqual(canonical('镇党委书记刘建国来到村里。刘书记说，路要修好。'), ['刘建国=刘建国', '刘=刘建国']);
  });

  it('reads the hyphenated part of a dotted name as the short form of that name, whole', () => {
    const canonical = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}=${e.canonical}`);
    assert.deepEqual(canonical('王建华会见古巴国家主席米格尔·迪亚斯-卡内尔·贝穆德斯。迪亚斯-卡内尔表示，愿同中方合作。').slice(1), [
      '米格尔·迪亚斯-卡内尔·贝穆德斯=米格尔·迪亚斯-卡内尔·贝穆德斯', '迪亚斯-卡内尔=米格尔·迪亚斯-卡内尔·贝穆德斯',
    ]);
  });

  it('reads no verb after a title as a name, and no item of a list of things as a person', () => {
    assert.deepEqual(people('日本财政大臣曾表示，日元已经走强。'), []);
    assert.deepEqual(people('会上，主席高度重视这项工作，并作出批示。'), []);
    assert.equal(person('美国白宫新闻秘书莱维特24日称，会谈将在下周举行。', '莱维特')?.role, '美国白宫新闻秘书');
    assert.deepEqual(people('会上，滴滴、拼多多、货拉拉、小红书等企业负责人先后发言。'), []);
    assert.deepEqual(people('会上，王建华、刘晓梅等企业家先后发言。'), ['王建华', '刘晓梅']);
    assert.deepEqual(people('展会吸引了华为、格鲁斯特曼等30多家企业参加。'), []);
    // The first item may run on into its trade's noun before the 、 (鑫德利|光电、).
    assert.deepEqual(people('韩正先后来到鑫德利光电、慧宝源医药、三诺电子等企业考察。'), ['韩正']);
  });

  it('reads a Japanese name whose family name opens with a character made in Japan (会长|榊/x|原定/d|征), and a transliterated name\'s last character the segmenter left before the talk\'s act (议长埃特|让/v|举行会谈)', () => {
    assert.equal(person('张高丽会见日本经济团体联合会会长榊原定征、日本日中经济协会会长宗冈正二。', '榊原定征')?.role, '日本经济团体联合会会长');
    assert.equal(person('栗战书同卢森堡国民议会议长埃特让举行会谈。', '埃特让')?.role, '卢森堡国民议会议长');
  });

  it('reads a term\'s ordinal the segmenter cut inside its number (第七/m|十五届/m), 常委 and 代表 after a name before 作了, and the other side of 主席和 the segmenter took for a noun (和|祖马/n|总统)', () => {
    assert.equal(person('新西兰总理阿德恩、第七十五届联合国大会主席博兹科尔、国际货币基金组织总裁出席。', '博兹科尔')?.role, '第七十五届联合国大会主席');
    assert.equal(person('李君如常委作了“以崇高的政治自觉推进”的发言。', '李君如')?.role, '常委');
    assert.equal(person('张国宝常委呼吁，要树立信心，坚定决心。', '张国宝')?.role, '常委');
    assert.equal(person('张德江说，过去两年多来，习近平主席和祖马总统成功实现互访。', '祖马')?.role, '总统');
    assert.equal(person('2004年胡锦涛主席和基什内尔总统实现互访。', '基什内尔')?.role, '总统');
    // 不久前|埃/ns|尔多/nrt|安/v|总理: a foreign name cut into pieces of any tags before a title written after it, not 安总理.
    assert.equal(person('中方高度评价不久前埃尔多安总理对中国的成功访问。', '埃尔多安')?.role, '总理');
    assert.equal(person('李总理表示，要加强合作。', '李')?.role, '总理');
    // 中/f|乌政府/nt|间合作委员会: China's form before another's that opens a body's word names the pair.
    assert.match(person('会见了乌兹别克斯坦第一副总理、中乌政府间合作委员会乌方主席阿济莫夫。', '阿济莫夫')?.role ?? '', /中乌政府间合作委员会乌方主席$/);
  });

  it('gives a short name the full name the analysis read (莫尼兹: 欧内斯特·莫尼兹, not the rules\' 内斯特·莫尼兹 that lost), and reads a foreign county the labeller takes for a person (罗加兰郡)', () => {
    const text = '张高丽会见了美国能源部长欧内斯特·莫尼兹，双方交换了意见。张高丽表示，中美合作潜力巨大。莫尼兹表示，美方愿加强合作。';
    assert.deepEqual(analyzeText(text, segmenter).entities.filter((e) => e.type === 'person' && e.text === '莫尼兹').map((e) => e.canonical), ['欧内斯特·莫尼兹']);
    assert.ok(entity('他传承中挪友谊。他还会见了罗加兰郡、斯塔万格市地方官员，考察了当地生态农业。', 'place', '罗加兰郡'));
    assert.ok(entity('举行中国东北地区和俄罗斯远东及贝加尔地区政府间合作委员会双方主席会晤。', 'place', '贝加尔地区'));
    // 赴|康斯坦察|省: a name of four characters before 省 is a foreign province's, though 察 is no transliteration character.
    assert.ok(entity('访问期间，刘云山考察了有关中资企业，并赴康斯坦察省访问，会见了罗社民党地方组织。', 'place', '康斯坦察省'));
    // 李克强在|杜布罗夫尼克|分别会见: the labeller's name between a person's 在 and the act is where it is done.
    assert.ok(entity('当天下午，李克强在杜布罗夫尼克分别会见了出席会晤的六国总理。', 'place', '杜布罗夫尼克'));
  });

  it('reads a known official of two characters the segmenter takes for a verb after a title (荣誉主席|连战/v|一起), and a given name ending in 和 before a verb (代表周忠|和/c|发了言), not before a name (主席王平和李强)', () => {
    assert.equal(person('俞正声今天下午同中国国民党荣誉主席连战一起出席两岸各界人士座谈会。', '连战')?.role, '中国国民党荣誉主席');
    assert.equal(person('全国工商联主席高云龙、无党派人士代表周忠和发了言。', '周忠和')?.role, '无党派人士代表');
    assert.deepEqual(people('主席王平和李强出席会议。'), ['王平', '李强']);
  });

  it('reads a mountain range whole (乌拉尔山脉), and a federal republic whose name the labeller reads as a person (巴什科尔托斯坦|共和国)', () => {
    const text = '习近平乘坐的专机抵达乌法国际机场。俄罗斯联邦政府高级官员、巴什科尔托斯坦共和国行政长官到机场迎接。乌法位于乌拉尔山脉南麓。';
    assert.ok(entity(text, 'place', '乌拉尔山脉'));
    assert.ok(entity(text, 'place', '巴什科尔托斯坦共和国'));
    assert.deepEqual(people(text), ['习近平']);
  });

  it('reads a site after its city whose suffix the segmenter cut (钦州|保税/n|港区/n, 钦州|产业园|区), with the two countries that build it before (中马|钦州产业园区, 中新|南宁国际物流园)', () => {
    const text = '韩正前往钦州保税港区考察。韩正到中国与东盟国家合作建设的中新南宁国际物流园、中马钦州产业园区，了解规划建设现状。';
    for (const site of ['钦州保税港区', '中新南宁国际物流园', '中马钦州产业园区']) assert.ok(entity(text, 'place', site), site);
  });

  it('reads a surname alone before a title of everyday life (冷|科长, 李|教授), not a verb after a name (同志|任|厂长)', () => {
    const lone = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((p) => `${p.text}:${p.role}`);
    assert.deepEqual(lone('我们找到负责人冷科长。冷科长问清缘由后马上办理。'), ['冷:科长', '冷:科长']);
    assert.deepEqual(lone('上午９时，宁教授来到科技馆。'), ['宁:教授']);
    assert.deepEqual(lone('到民政局找政治处邹副主任打听事项。'), ['邹:副主任']);
    assert.deepEqual(lone('１９４０年，胡文远同志任厂长。'), ['胡文远:undefined']);
    // A country's short form before a foreign head's title is the country (乌总统), no surname.
    assert.deepEqual(lone('乌总统称，谈判将于下周举行。'), []);
  });

  it('ends a name after a title before 说 and before a form of address, and reads no form of address alone as a name', () => {
    const names = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((p) => p.text);
    assert.deepEqual(names('镇党委书记邝军说：路要修好。'), ['邝军']);
    assert.deepEqual(names('该校未来的校长芮红小姐唱了一曲。'), ['芮红']);
    assert.deepEqual(names('他忙凑过去：“老伯，您身子硬朗！”'), []);
  });

  it('reads nothing after a title written after a known name as a name (习近平主席|贺信, 主席|卓越的)', () => {
    const names = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((p) => p.text);
    assert.deepEqual(names('大会宣读了习近平主席贺信。'), ['习近平']);
    assert.deepEqual(names('展现了习近平主席卓越的政治智慧。'), ['习近平']);
    assert.deepEqual(names('中国驻沙特大使陈立东出席。'), ['陈立东']);
  });

  it('reads no name starting with an ordinary word whose second character is rare in names (领导|干部|更要)', () => {
    assert.deepEqual(analyzeText('各级领导干部更要率先垂范。', segmenter).entities.filter((e) => e.type === 'person'), []);
  });

  it('keeps a name of a byline run the labeller reads on into the next name (刘健|李林)', () => {
    const names = analyzeText('产品远销海外。（孙心奎刘健王林）', segmenter).entities.filter((e) => e.type === 'person').map((p) => p.text);
    assert.deepEqual(names, ['孙心奎', '刘健', '王林']);
  });

  it('reads a foreign name the segmenter cuts into unknown words after an official title, up to punctuation', () => {
    const found = analyzeText('王建华在京会见柬埔寨国会主席昆索达妮。', segmenter).entities.filter((e) => e.type === 'person').map((p) => `${p.text}:${p.role}`);
    assert.ok(found.includes('昆索达妮:柬埔寨国会主席'), found.join(' '));
  });

  it('reads no person in the name of a place the document writes with its ending elsewhere (叶坪镇 … 叶坪革命旧址群)', () => {
    const found = analyzeText('李明华来到瑞金市叶坪镇朱坊村调研。随后，李明华前往叶坪革命旧址群参观。', segmenter).entities.filter((e) => e.type === 'person').map((p) => p.text);
    assert.deepEqual(found, ['李明华', '李明华']);
  });

  it('reads a double name joined by a hyphen as one person (议长布朗-皮韦); China-ASEAN (中国－东盟) is no name', () => {
    const found = analyzeText('王建华同法国国民议会议长布朗-皮韦共同主持会议。布朗-皮韦表示欢迎。中国－东盟博览会开幕。', segmenter).entities.filter((e) => e.type === 'person').map((p) => p.text);
    assert.deepEqual(found, ['王建华', '布朗-皮韦', '布朗-皮韦']);
    // The labeller reads the first part alone, and the second as a place: the title vouches for the whole.
    const visit = analyzeText('应葡萄牙议长阿吉亚尔-布兰科邀请，王建华访问葡萄牙。王建华同阿吉亚尔-布兰科会谈。', segmenter).entities.filter((e) => e.type === 'person' || e.text.includes('布兰科'));
    assert.deepEqual(visit.map((e) => `${e.type}:${e.text}`), ['person:阿吉亚尔-布兰科', 'person:王建华', 'person:王建华', 'person:阿吉亚尔-布兰科']);
  });

  it('reads a foreign name the segmenter keeps as one unknown word after an official title, before a date or a speech verb', () => {
    const found = analyzeText('芬兰国防部长哈卡宁瓦18日表示，将加强合作。', segmenter).entities.filter((e) => e.type === 'person').map((p) => `${p.text}:${p.role}`);
    assert.deepEqual(found, ['哈卡宁瓦:芬兰国防部长']);
  });

  it('reads no Chinese name in the end of a foreign name cut into unknown words, where the full name is known', () => {
    const found = analyzeText('总统呼日查苏赫、总理奥云出席。会见呼日查苏赫时，王建华表示欢迎。', segmenter).entities.filter((e) => e.type === 'person').map((p) => p.text);
    assert.deepEqual(found.filter((name) => name.includes('苏赫')), ['呼日查苏赫', '呼日查苏赫']);
    // The unknown word after another (呼日查/x|苏赫时/x) is no Chinese name of its own.
    assert.deepEqual(analyzeText('会见呼日查苏赫时，王建华表示欢迎。', segmenter).entities.filter((e) => e.type === 'person').map((p) => p.text), ['王建华']);
  });

  it('gives no title to the relative named after it (总统夫人…)', () => {
    const found = analyzeText('出席峰会的吉尔吉斯斯坦总统夫人扎帕罗娃参观了展览。', segmenter).entities.filter((e) => e.type === 'person');
    assert.ok(found.every((p) => !p.text.startsWith('夫人') && p.role === undefined));
  });

  it('reads a name after a title whose given name the segmenter keeps as a word of its own (张|大力), not a verb after a surname-like adverb', () => {
    assert.equal(person('昨天上午，市委书记张大力来到开发区调研。', '张大力')?.role, '市委书记');
    assert.deepEqual(people('会上，办公室主任还强调了纪律要求。'), []);
  });

  it('gives the person the body names in a headline\'s meeting frame the title the headline gives that side', () => {
    const text = '王建华同乌兹别克斯坦总理会谈\n新华社北京5月5日电 欢迎仪式后，王建华同阿齐莫夫举行会谈。阿齐莫夫表示，愿同中方加强合作。';
    const roles = analyzeText(text, segmenter).entities.filter((e) => e.text === '阿齐莫夫').map((e) => `${e.role}:${e.roleStatedHere}`);
    assert.deepEqual(roles, ['乌兹别克斯坦总理:true', '乌兹别克斯坦总理:false']);
    // A title the report writes beside the name stands.
    const written = '王建华同乌兹别克斯坦总理会谈\n王建华同阿齐莫夫举行会谈。乌兹别克斯坦政府总理阿齐莫夫表示，愿加强合作。';
    assert.equal(person(written, '阿齐莫夫')?.role, '乌兹别克斯坦政府总理');
  });

  it('reads no name from a word the dictionary tags as one (nr, or nrt as 崇高) but the newspaper never writes as one (祝贺, 扬言), after a title or not', () => {
    assert.deepEqual(people('该国国防部长扬言要辞职。'), []);
    assert.deepEqual(people('赋予新时代人民教师崇高使命。'), []);
    assert.deepEqual(people('多国领导人祝贺大会胜利召开。'), []);
    assert.deepEqual(people('村里为老人祝寿，全场掌声不断。'), []);
    // A foreign name after a title stays one.
    assert.equal(person('菲律宾经济发展部长阿比托今天宣布，将增加投资。', '阿比托')?.role, '菲律宾经济发展部长');
  });

  it('reads a body named after no place the labeller knows, which it takes for a place (童梦幼儿园), as the body that opens the title of its head', () => {
    const text = '新疆维吾尔自治区喀什地区巴楚县童梦幼儿园园长艾米拉古丽·阿不都、江西省南昌市启音学校校长张俐等发言。';
    assert.equal(entity(text, 'place', '童梦幼儿园'), undefined);
    assert.ok(entity(text, 'organization', '新疆维吾尔自治区喀什地区巴楚县童梦幼儿园'));
    assert.equal(entity(text, 'person', '艾米拉古丽·阿不都')?.role, '新疆维吾尔自治区喀什地区巴楚县童梦幼儿园园长');
  });

  it('reads no person or place in the name of an institution: a name opening an item of a list that ends in one (、嘉庚创新实验室，), a foreign place before one (莫里茨皇家美术馆)', () => {
    const listed = '丁薛祥前往福州软件园、瑞芯微电子公司、厦门大学、嘉庚创新实验室，调研数字技术研发情况。';
    assert.equal(entity(listed, 'person', '嘉庚'), undefined);
    assert.equal(entity('会谈结束后，韩正与吕特共同参观了莫里茨皇家美术馆。', 'place', '莫里茨'), undefined);
    // A name a word that follows names comes after is the person's (省长舒圣佑等省委、省政府主要领导).
    assert.ok(entity('省委书记舒惠国、省长舒圣佑等省委、省政府主要领导深入企业。', 'person', '舒圣佑'));
  });

  it('reads a province and its city written in one word of the segmenter as two places, the name of the city whole (甘肃兰州/ns|市)', () => {
    const text = '张国清8日晚率有关部门负责同志赶赴甘肃兰州市榆中县指导山洪灾害现场搜救工作。';
    assert.ok(entity(text, 'place', '甘肃'));
    assert.ok(entity(text, 'place', '兰州市'));
    assert.equal(entity(text, 'place', '甘肃兰州市'), undefined);
  });

  it('reads two countries by their short forms the segmenter leaves untagged as part of an organ in a title (英中/x|贸易协会主席)', () => {
    assert.equal(entity('国务院总理李强15日在京会见英中贸易协会主席古沛勤率领的访华团。', 'person', '古沛勤')?.role, '英中贸易协会主席');
  });

  it('reads a foreign name whose first part the segmenter took for a place word (同|拉马/ns|福萨) or glued to 同 (主席|同谢尔/x|达尔·…), with its title', () => {
    const cases: [text: string, name: string, cut: string][] = [
      ['韩正表示，去年9月，习近平主席同拉马福萨总统成功会晤。', '拉马福萨', '福萨'],
      ['赵乐际表示，习近平主席同谢尔达尔·别尔德穆哈梅多夫总统共同宣布，将两国关系提升。', '谢尔达尔·别尔德穆哈梅多夫', '同谢尔达尔·别尔德穆哈梅多夫'],
    ];
    for (const [text, name, cut] of cases) {
      assert.equal(entity(text, 'person', name)?.role, '总统', name);
      assert.equal(entity(text, 'person', cut), undefined, cut);
    }
  });

  it('reads no person in a list of qualities (开放、包容、普惠、均衡的) nor before the word for a school (马斯卡廷|中学)', () => {
    assert.deepEqual(people('推动经济全球化朝着更加开放、包容、普惠、均衡的方向发展。'), []);
    assert.deepEqual(people('萨拉·兰蒂近期致信，表示希望马斯卡廷中学也参与这一计划。'), ['萨拉·兰蒂']);
  });

  it('gives each name of a series of appointments its post (任命甲为…、乙为…), a name no surname list holds too, and no name over an adverb (梁晔|不再|担任)', () => {
    const text = '任命李小鹏为经济委员会副主任、庹震为教科卫体委员会副主任、徐乐江为民族和宗教委员会副主任，梁晔不再担任农业和农村委员会驻会副主任。';
    assert.equal(entity(text, 'person', '庹震')?.role, '教科卫体委员会副主任');
    assert.equal(entity(text, 'person', '徐乐江')?.role, '民族和宗教委员会副主任');
    assert.equal(entity(text, 'person', '梁晔')?.role, '农业和农村委员会驻会副主任');
    // A name whose given name the segmenter reads as an adverb (李|微微/d) stays the frame's.
    assert.equal(entity('会议决定免去李微微第十四届全国政协人口资源环境委员会副主任职务。', 'person', '李微微')?.role, '第十四届全国政协人口资源环境委员会副主任');
    // …and one whose last character the segmenter cut off as an adjective (易会/x|满/a) keeps it: no post opens with it.
    assert.equal(entity('会议审议通过关于免去易会满政协第十四届全国委员会经济委员会驻会副主任职务的决定。', 'person', '易会满')?.role, '政协第十四届全国委员会经济委员会驻会副主任');
  });

  it('reads the person a message congratulates, named with no title between its verb and the congratulation (致电|通伦|，祝贺他; 致电祝贺|通伦|当选)', () => {
    assert.equal(entity('中共中央总书记习近平致电通伦，祝贺他再次当选老挝人民革命党中央总书记。', 'person', '通伦')?.text, '通伦');
    assert.equal(entity('习近平致电祝贺通伦当选老挝人民革命党中央总书记', 'person', '通伦')?.text, '通伦');
    assert.equal(entity('习近平致电祝贺通伦当选老挝人民革命党中央总书记', 'person', '祝贺通伦'), undefined);
  });

  it('gives the person a message congratulates the post the message says was taken (致电|奥拉夫·朔尔茨|，祝贺他当选|德国联邦总理)', () => {
    const text = '习近平致电祝贺朔尔茨当选德国联邦总理\n12月8日，国家主席习近平致电奥拉夫·朔尔茨，祝贺他当选德国联邦总理。';
    const found = analyzeText(text, segmenter).entities.filter((e) => e.type === 'person' && e.canonical === '奥拉夫·朔尔茨');
    assert.deepEqual(found.map((p) => [p.text, p.role]), [['朔尔茨', '德国联邦总理'], ['奥拉夫·朔尔茨', '德国联邦总理']]);
  });

  it('starts a titled dotted name where the labeller reads it, over a first character the segmenter left alone (居/v|来提·买买提明常委)', () => {
    assert.equal(entity('推进民族团结；居来提·买买提明常委建议，深化民族团结进步教育。', 'person', '居来提·买买提明')?.role, '常委');
  });

  it('keeps a title of transliteration characters (埃米尔) out of the foreign name beside it, before or after, and reads it as no person', () => {
    const text = '习近平就科威特埃米尔纳瓦夫逝世向科威特新任埃米尔米沙勒致唁电。习近平对纳瓦夫埃米尔逝世表示深切哀悼。';
    const found = analyzeText(text, segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(found.map((p) => p.text), ['习近平', '纳瓦夫', '米沙勒', '习近平', '纳瓦夫']);
    assert.equal(found[2].role, '科威特新任埃米尔');
  });

  it('keeps a titled foreign name\'s last character the segmenter glued to the 时 after it (总干事格罗|西时/x|，)', () => {
    assert.equal(entity('共同民主党代表今天在韩国首尔会见到访的国际原子能机构总干事格罗西时，对报告表示遗憾。', 'person', '格罗西')?.role, '国际原子能机构总干事');
  });

  it('reads a name between a title and 同志 where the labeller doubts it (中国政法大学教授|时建中|同志)', () => {
    assert.equal(entity('中共中央政治局28日下午进行集体学习。中国政法大学教授时建中同志就这个问题进行讲解。', 'person', '时建中')?.role, '中国政法大学教授');
  });

  it('reads a surname and a place\'s name between a title and 同志 as a name (教授|郑/ns|南宁/ns|同志)', () => {
    assert.equal(entity('西安交通大学教授郑南宁同志就这个问题进行讲解。', 'person', '郑南宁')?.role, '西安交通大学教授');
    assert.equal(entity('西安交通大学教授郑南宁同志就这个问题进行讲解。', 'place', '南宁'), undefined);
  });

  it('reads no person in a numbered chamber before a title written after a name (二院|议长)', () => {
    const found = analyzeText('习近平在海牙会见荷兰议会一院议长布鲁克斯-克诺尔和二院议长范米尔滕伯格。', segmenter).entities.filter((e) => e.type === 'person');
    assert.ok(!found.some((p) => p.text === '二院' || p.text === '一院'), found.map((p) => p.text).join(' '));
  });

  it('reads no person in a series of set phrases (尊老爱幼、妻贤夫安，母慈子孝、兄友弟恭)', () => {
    assert.deepEqual(analyzeText('中华民族历来重视家庭。尊老爱幼、妻贤夫安，母慈子孝、兄友弟恭。', segmenter).entities.filter((e) => e.type === 'person'), []);
  });

  it('reads a Japanese prefecture\'s governor (知事, which the segmenter tags as a verb) as a title before a name', () => {
    assert.match(entity('下届亚残运会举办城市日本爱知县知事大村秀章接过会旗。', 'person', '大村秀章')?.role ?? '', /知事$/);
  });

  it('gives a title after an appointment\'s 为 to the name before it, not to the next title joined by 、 (以…徐绍史为组长、民政部副部长姜力为副组长)', () => {
    assert.equal(entity('国务院派出以国土资源部部长徐绍史为组长、民政部副部长姜力为副组长的工作组。', 'person', '姜力')?.role, '民政部副部长');
  });

  it('reads the title of a chief expert (…工程首席专家王巍)', () => {
    assert.equal(entity('中国社会科学院学部委员、中华文明探源工程首席专家王巍应邀作讲座。', 'person', '王巍')?.role, '中国社会科学院学部委员、中华文明探源工程首席专家');
  });

  it('reads a foreign name with 昆 whole after its title (柬埔寨国会主席昆索达莉), not its last three characters', () => {
    const text = '赵乐际23日下午在人民大会堂同柬埔寨国会主席昆索达莉举行会谈。昆索达莉表示，柬埔寨坚定奉行一个中国原则。';
    assert.deepEqual(people(text).filter((name) => name.includes('索达莉')), ['昆索达莉', '昆索达莉']);
  });

  it('reads the other side of a meeting whose name the segmenter glued to 同 after a title written after a name (习近平总书记|同通伦/x|总书记)', () => {
    const text = '今年10月，习近平总书记同通伦总书记举行重要会晤。习近平总书记关怀嘱托我们。';
    assert.equal(entity(text, 'person', '通伦')?.role, '总书记');
    assert.equal(entity(text, 'person', '同通伦'), undefined);
    assert.equal(entity(text, 'person', '关怀'), undefined);
  });

  it('reads a foreign name whose first parts the segmenter left as unknown words glued to 同 (同呼/x|日勒/x|苏赫|总统)', () => {
    const text = '在习近平主席同呼日勒苏赫总统的战略引领下，两国关系平稳发展。';
    assert.equal(entity(text, 'person', '呼日勒苏赫')?.role, '总统');
    // Not over a pronoun's or a verb's word glued to 同 (我愿同/x|特朗普).
    assert.ok(entity('我愿同特朗普总统保持联系。', 'person', '特朗普'));
  });

  it('reads the titles of organs with a name-tagged word (新生命|养老/nr, 全国|双拥/nr) or a glued head (电子科技|大学教授), not a time (今天上午/nr)', () => {
    const text = '北京新生命养老助残服务中心主任唐占鑫、电子科技大学教授徐鹏等3名获奖代表分别在会上发言。';
    assert.equal(entity(text, 'person', '唐占鑫')?.role, '北京新生命养老助残服务中心主任');
    assert.equal(entity(text, 'person', '徐鹏')?.role, '电子科技大学教授');
    assert.equal(entity('中共中央政治局委员、国务委员、全国双拥工作领导小组组长罗干讲话。', 'person', '罗干')?.role, '中共中央政治局委员、国务委员、全国双拥工作领导小组组长');
    assert.equal(entity('今天上午意大利总统纳波利塔诺将在总统府举行欢迎仪式。', 'person', '纳波利塔诺')?.role, '意大利总统');
  });

  it('reads a township of a city written with no county between (防城港市十万山瑶族乡), and no city in guests (境外来宾)', () => {
    const text = '王沪宁来到防城港市十万山瑶族乡木排村调研。境外来宾出席开幕式。';
    assert.ok(entity(text, 'place', '十万山瑶族乡'));
    assert.equal(entity(text, 'place', '瑶族乡'), undefined);
    assert.equal(entity(text, 'place', '来宾'), undefined);
  });

  it('reads a city after a locative word the segmenter tags otherwise (在|首尔/d|与), and a titled name whose last character it glued to 等 (武向|平等/a)', () => {
    assert.ok(entity('李强在首尔与韩国总统尹锡悦、日本首相岸田文雄共同出席会议。', 'place', '首尔'));
    assert.equal(entity('无党派人士代表武向平等先后发言。', 'person', '武向平')?.role, '无党派人士代表');
  });

  it('reads a division written in full of a city the report names as a place (天津…来到滨海新区), not a two-character one (城区)', () => {
    const text = '李强在天津调研。李强来到滨海新区，了解企业研发情况。调研中，李强听取了滨海新区工作汇报。';
    assert.ok(entity(text, 'place', '滨海新区'));
    assert.equal(entity('太原市许多冰场将向市民免费开放。太原市各城区也安排了活动。', 'place', '城区'), undefined);
  });

  it('reads a given name whose 一 the segmenter took for a count (尹|首一/m) whole after a title', () => {
    assert.equal(entity('闭幕会后，江城大学电子学院副院长尹首一应邀作专题讲座。', 'person', '尹首一')?.role, '江城大学电子学院副院长');
  });

  it('reads one unknown word of three characters after an official title as a name before punctuation or a conjunction (泰国公主|诗琳通/x|并), not one ending in a glued 时', () => {
    assert.equal(entity('韩正在北京会见泰国公主诗琳通并出席活动。', 'person', '诗琳通')?.role, '泰国公主');
  });

  it('reads 财长, the short form of a finance minister\'s title, after 前 too (美国前财长鲍尔森)', () => {
    assert.equal(entity('韩正会见美国前财长鲍尔森。', 'person', '鲍尔森')?.role, '美国前财长');
  });

  it('gives a name found without a title the title written right after it (迪亚斯-卡内尔主席)', () => {
    assert.equal(entity('王沪宁表示，2025年，习近平主席和迪亚斯-卡内尔主席两度会晤。', 'person', '迪亚斯-卡内尔')?.role, '主席');
  });

  it('reads no name after a surname\'s form of address (向习主席|敬礼/nr) nor a word never written as a name before a title (师生代表); 大公 is a title before and after a name', () => {
    assert.equal(entity('政治委员在飞行甲板列队，向习主席敬礼。', 'person', '敬礼'), undefined);
    assert.equal(entity('他看望江城大学孔子学院师生代表。', 'person', '师生'), undefined);
    assert.equal(entity('丁薛祥会见卢森堡大公亨利。亨利大公表示欢迎。', 'person', '亨利')?.role, '卢森堡大公');
    assert.equal(entity('刚果民主共和国总统卡比拉会见客人。', 'person', '卡比拉')?.role, '刚果民主共和国总统');
  });

  it('reads no name after a title written after a name the labeller reads (齐塞克迪总统|此访)', () => {
    assert.equal(entity('习近平主席高度重视齐塞克迪总统此访，将同总统先生举行会谈。', 'person', '此访'), undefined);
    assert.equal(entity('习近平主席高度重视齐塞克迪总统此访，将同总统先生举行会谈。', 'person', '齐塞克迪')?.role, '总统');
  });

  it('reads every name of a list closed by 参加了会见, a surname with a word after it too (陈/nr|全国/n)', () => {
    const text = '习近平等在人民大会堂亲切会见全体代表。\n李克强、栗战书、陈全国、郭声琨、尤权参加了会见。';
    assert.ok(entity(text, 'person', '尤权'));
    assert.ok(entity(text, 'person', '陈全国'));
  });

  it('reads no person in a country\'s side before a title (高望等巴方代表)', () => {
    assert.equal(entity('韩正会见巴西驻华大使高望等巴方代表。', 'person', '巴方'), undefined);
    assert.equal(entity('韩正会见巴西驻华大使高望等巴方代表。', 'person', '高望')?.role, '巴西驻华大使');
  });

  it('reads 苏丹 written after a name as the ruler\'s title (哈桑纳尔苏丹), no place there, and not after a country (南苏丹)', () => {
    assert.equal(entity('去年我同哈桑纳尔苏丹就构建命运共同体达成重要共识。', 'person', '哈桑纳尔')?.role, '苏丹');
    assert.equal(entity('去年我同哈桑纳尔苏丹就构建命运共同体达成重要共识。', 'place', '苏丹'), undefined);
    assert.ok(entity('王毅访问南苏丹和苏丹。', 'place', '南苏丹'));
  });

  it('reads a company with a place in brackets whole (奥的斯电梯（中国）有限公司), no name at its start', () => {
    const text = '李强来到滨海新区，在奥的斯电梯（中国）有限公司了解企业研发情况。他还来到铁科华铁经纬（天津）信息技术有限公司。';
    assert.ok(entity(text, 'organization', '奥的斯电梯（中国）有限公司'));
    assert.ok(entity(text, 'organization', '铁科华铁经纬（天津）信息技术有限公司'));
    assert.equal(entity(text, 'person', '铁科华'), undefined);
  });

  it('keeps the places a body the labeller reads holds when the body ends in a word the segmenter does not know (北京市通州区|绿心/x)', () => {
    const text = '丁薛祥出席启动式。\n上午9时30分，启动式在北京市通州区绿心公园城市绿心活力汇开始举行。丁薛祥与中共中央政治局委员、北京市委书记尹力，中共中央政治局委员李书磊等参观展区。';
    assert.ok(entity(text, 'place', '通州区'));
    assert.equal(entity(text, 'organization', '北京市通州区绿心'), undefined);
  });

  it('reads a township whole where the labeller reads only its last characters (筒车|湾镇)', () => {
    const text = '蔡奇来到筒车湾镇胶州小区、海棠园村，了解基层主题教育情况。';
    assert.ok(entity(text, 'place', '筒车湾镇'));
    assert.equal(entity(text, 'place', '湾镇'), undefined);
  });

  it('reads no person in a four-character phrase the dictionary tags as a name (学生|德智体美/nr|劳) nor before the word for a school (育英|学校)', () => {
    assert.deepEqual(people('推行学制创新，引领学生德智体美劳全面发展。'), []);
    assert.deepEqual(people('习近平来到北京育英学校考察。育英学校具有光荣的革命传统。'), ['习近平']);
  });

  it('reads 朔 as a transliteration character: 德国总理|朔/j|尔茨 is 朔尔茨', () => {
    assert.deepEqual(people('李强同德国总理朔尔茨共同出席论坛。朔尔茨表示，德方愿深化合作。'), ['李强', '朔尔茨', '朔尔茨']);
  });

  it('gives the title after a list closed by a count (等6位委员) to each name of the list with none of its own', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role}`);
    assert.deepEqual(roles('会上，张伟、李明华、王强和赵立新等4位委员作了发言。'), ['张伟:委员', '李明华:委员', '王强:委员', '赵立新:委员']);
    // A title the list already shares stands.
    assert.deepEqual(roles('会上，市长王强、赵立新等2位代表作了发言。'), ['王强:市长', '赵立新:市长']);
  });

  it('gives the title after a list closed by 等 alone (等代表) to each name of a list of two or more, but no generic word nor a verb', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role}`);
    assert.deepEqual(roles('审议中，张伟、李明华、王强等代表先后发言。'), ['张伟:代表', '李明华:代表', '王强:代表']);
    assert.deepEqual(roles('王强、赵立新等党和国家领导人出席。'), ['王强:党和国家领导人', '赵立新:党和国家领导人']);
    // 等领导同志 names no post; 等会见代表 is an act.
    assert.deepEqual(roles('王强、赵立新等领导同志出席。'), ['王强:undefined', '赵立新:undefined']);
  });

  it('reads a deputy\'s title after the name before the verb of what the deputy says (王强代表结合…, 代表从…角度)', () => {
    assert.equal(person('审议中，王强代表结合本地实际谈了体会。', '王强')?.role, '代表');
    assert.equal(person('审议中，赵立新代表从基层工作者的角度提出建议。', '赵立新')?.role, '代表');
  });

  it('keeps a term\'s ordinal the segmenter cut (十九/m|届/d) and a body\'s unknown name after its place (湖南|中楚/x|律师事务所) in the title', () => {
    assert.equal(person('吹风会举行。\n十九届五中全会精神中央宣讲团成员王强，中国社科院研究员赵立新介绍。', '王强')?.role, '十九届五中全会精神中央宣讲团成员');
    assert.equal(person('会上，湖南中楚律师事务所执业律师赵立新等代表先后发言。', '赵立新')?.role, '湖南中楚律师事务所执业律师');
  });

  it('keeps a body\'s short name the segmenter cut into single characters in the title (亚/j|奥/nr|理事会主席)', () => {
    assert.equal(person('王强会见国际奥协主席、亚奥理事会主席赵立新。', '赵立新')?.role, '亚奥理事会主席');
  });

  it('reads no person in a word for a relative (戴高乐|曾孙女/nr|娜塔莉·戴高乐) and gives the title to the one named before the relative, not to the relative', () => {
    const text = '王强同法国前总统戴高乐曾孙女娜塔莉·戴高乐简短寒暄。';
    assert.deepEqual(people(text), ['王强', '戴高乐', '娜塔莉·戴高乐']);
    assert.equal(person(text, '娜塔莉·戴高乐')?.role, undefined);
  });

  it('widens one transliterated character before a title over the place word before it (和|巴斯克/ns|斯/nr|总统)', () => {
    assert.deepEqual(people('王强表示，自2016年赵立新主席和巴斯克斯总统共同宣布建立伙伴关系以来，关系步入最好时期。'), ['王强', '赵立新', '巴斯克斯']);
  });

  it('reads no person in a list of acts on things (以保水质、强民生、促转型为主线), but does in a list of names', () => {
    assert.deepEqual(people('要搞好对口协作，以保水质、强民生、促转型为主线，推进体制机制创新。'), []);
    assert.deepEqual(people('会上，王海洋、李宏伟、张志强作了发言。'), ['王海洋', '李宏伟', '张志强']);
  });

  it('reads a place word of the segmenter ending as a site (丹江口水库/ns) as the site, visited after 巡视了', () => {
    assert.equal(entity('22日，王强巡视了丹江口水库，察看现场提取的水样。', 'place', '丹江口水库')?.kind, '地点');
  });

  it('reads 于 opening a clause before a name and a title written after it as the surname (；于广洲常委认为), not before a known name', () => {
    assert.deepEqual(people('会上，吴国华常委提出建议；于广洲常委认为，数字经济正在重塑。'), ['吴国华', '于广洲']);
    assert.deepEqual(people('会上，于伟国代表提出，要加强合作。'), ['于伟国']);
    assert.deepEqual(people('于普京总统访华期间，双方签署协议。'), ['普京']);
  });

  it('ends a name before the home after it (村民阿伍|家/q|的木楼), not a listed name ending in 家', () => {
    assert.deepEqual(people('王强登上哈尼族村民阿伍家的木楼，与一家人亲切攀谈。'), ['王强', '阿伍']);
  });

  it('gives the title after 以…为 to the name (以张富士夫为团长、米仓弘昌为最高顾问的访华团), not 以…为代表的', () => {
    const text = '王强今天会见了以张富士夫为团长、米仓弘昌为最高顾问的日中经济协会访华团。米仓弘昌、张富士夫表示，愿继续努力。';
    assert.equal(person(text, '张富士夫')?.role, '团长');
    assert.equal(person(text, '米仓弘昌')?.role, '最高顾问');
    assert.equal(person('比赛中，以王海洋为代表的选手表现出色。', '王海洋')?.role, undefined);
    // With the name's 同志 before 为; and a name whose characters the segmenter glued to 以 and 为 (以周/x|融为/v).
    assert.equal(person('坚决同以胡锦涛同志为总书记的党中央保持高度一致。', '胡锦涛')?.role, '总书记');
    assert.equal(person('张德江29日下午在人民大会堂会见了以周融为团长的香港“帮港出声”访京团。', '周融')?.role, '团长');
  });

  it('reads a transliterated name of two unknown words without the 时 glued to the second (会见…主席梅津/x|采夫时/x|，)', () => {
    const text = '在会见上海合作组织实业家委员会主席梅津采夫时，吴邦国高度评价梅津采夫。';
    assert.deepEqual(analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text), ['梅津采夫', '吴邦国', '梅津采夫']);
  });

  it('reads a rank between a name and the title written after it (纳扎尔巴耶夫首任总统), and no name in a party\'s 总 before its title (觉醒党总主席)', () => {
    assert.equal(person('上个月习近平主席向纳扎尔巴耶夫首任总统颁授“友谊勋章”。', '纳扎尔巴耶夫')?.role, '首任总统');
    assert.deepEqual(people('印尼民族觉醒党总主席、国会副议长穆海敏表示，愿加强合作。'), ['穆海敏']);
  });

  it('gives a post the report says someone held (王强同志曾任…, 王强同志是…) to the name with no title of its own', () => {
    assert.equal(person('纪念王强同志诞辰100周年座谈会召开。王强同志曾任全国人大常委会副委员长。', '王强')?.role, '全国人大常委会副委员长');
    assert.equal(person('纪念王强同志诞辰100周年座谈会召开。王强同志是第六届全国政协副主席，中国共产党第八届中央委员会委员。', '王强')?.role, '第六届全国政协副主席');
    // 是 without 同志 serves no post; nor does a praise with no title's head.
    assert.equal(person('王强是第六届全国政协副主席，他说。', '王强')?.role, undefined);
    assert.equal(person('纪念王强同志座谈会召开。王强同志是我们的好榜样，值得学习。', '王强')?.role, undefined);
  });

  it('reads 研究员 and 副教授 written after a name as the title (…研究部王海洋研究员、…学院李明华副教授)', () => {
    const text = '国务院发展研究中心农村经济研究部王海洋研究员、北京大学城市与环境学院李明华副教授就这个问题进行讲解。';
    assert.equal(person(text, '王海洋')?.role, '研究员');
    assert.equal(person(text, '李明华')?.role, '副教授');
  });

  it('reads a transliterated name on over one character left alone before a day\'s number (总统埃尔多|安/v|9号)', () => {
    assert.deepEqual(people('俄罗斯总统普京和土耳其总统埃尔多安9号在圣彼得堡举行会谈。'), ['普京', '埃尔多安']);
  });

  it('reads no person in a place word that begins a country\'s name (土库曼/ns与中国的友谊)', () => {
    assert.deepEqual(people('机场伫立着两国元首画像和用中土两国语言书写的标语：土库曼与中国的友谊天长地久。'), []);
  });

  it('reads no surname in a wish before a title and a form of address (祝总书记同志工作顺利)', () => {
    assert.deepEqual(people('王强致电赵立新。电文说，双方要维护地区和平稳定。祝总书记同志工作顺利。'), ['王强', '赵立新']);
  });

  it('starts a body\'s name after an act the segmenter tagged a noun (加拉加斯|会见/n|委内瑞拉全国代表大会)', () => {
    const text = '国家主席王强21日在加拉加斯会见委内瑞拉全国代表大会主席卡韦略。';
    assert.equal(person(text, '卡韦略')?.role, '委内瑞拉全国代表大会主席');
    assert.equal(entity(text, 'organization', '委内瑞拉全国代表大会')?.type, 'organization');
  });

  it('reads a numbered village after its township (多来提巴格乡库木且克勒1村)', () => {
    assert.equal(entity('王强考察巴楚县多来提巴格乡库木且克勒1村警务室。', 'place', '库木且克勒1村')?.type, 'place');
  });

  it('reads 政要 as an official\'s title joined to the title before it', () => {
    assert.equal(person('王强会见多哈会议主席、卡塔尔政要阿卜杜拉·阿提亚。', '阿卜杜拉·阿提亚')?.role, '多哈会议主席、卡塔尔政要');
  });

  it('reads 专家学者 as a title, and a name before a station\'s word as no person (傅家坡|长途汽车站)', () => {
    assert.equal(person('专家学者王大明在会上发言。', '王大明')?.role, '专家学者');
    assert.equal(person('座谈会上，建筑公司质量管理员邹彬发言。', '邹彬')?.role, '建筑公司质量管理员');
    assert.deepEqual(people('在武汉火车站和傅家坡长途汽车站，王强了解进站流程。'), ['王强']);
  });

  it('gives both sides of a meeting the title 两国总理 says they share, where the report writes none beside the name', () => {
    const text = '王建华同阿齐莫夫会谈\n新华社北京5月5日电 欢迎仪式后，王建华同阿齐莫夫举行会谈。会谈后，两国总理共同见证签署合作文件。';
    assert.equal(person(text, '王建华')?.role, '总理');
    assert.equal(person(text, '阿齐莫夫')?.role, '总理');
    // A title written beside a name stands; with no meeting of two people before it, 两国总理 gives no one a title.
    assert.equal(person('国务院总理王建华同阿齐莫夫举行会谈。两国总理共同见证签署合作文件。', '王建华')?.role, '国务院总理');
    assert.equal(person('王建华出席仪式。两国总理共同见证签署合作文件。', '王建华')?.role, undefined);
  });

  it('reads the items of a list of places (等多个城市) as places, not people', () => {
    const text = '当天，莫斯科、卡拉斯诺达尔、叶尔马科沃等多个城市也举行了纪念活动。';
    assert.deepEqual(people(text), []);
    assert.equal(entity(text, 'place', '叶尔马科沃')?.type, 'place');
  });

  it('reads no person inside a list of things, a set phrase, an ordinary word or a temple\'s name', () => {
    assert.deepEqual(people('双方同意加强农业、扶贫惠农等领域合作。'), []);
    assert.deepEqual(people('晚会上，古筝、马头琴合奏等表演赢得掌声。'), []);
    assert.deepEqual(analyzeText('晚会上，古筝、马头琴合奏等表演赢得掌声。', segmenter).entities.filter((e) => e.type === 'place'), []);
    assert.deepEqual(people('各地坚持山水林田湖草沙系统治理。'), []);
    assert.deepEqual(people('僧人们在布达拉宫、桑林寺等处诵经。'), []);
    assert.deepEqual(people('也门胡塞武装当天发表声明。'), []);
  });

  it('ends a name before 致 and what it sends (唁电, 贺信), and reads two places written together as two', () => {
    assert.equal(person('主席向某国人民党中央总书记、国家主席坎伦致唁电，表示哀悼。', '坎伦')?.role, '人民党中央总书记、国家主席');
    const places = analyzeText('总理在广东深圳考察。', segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places, ['广东', '深圳']);
  });

  it('takes a transliterated name whole where the segmenter gave its first characters a word of their own', () => {
    assert.deepEqual(people('今年5月，迪萨纳拉克总统访问江城。'), ['迪萨纳拉克']);
    assert.deepEqual(people('俄罗斯叶利钦访问江城。'), ['叶利钦']);
  });

  it('takes a transliterated name whole after its title where the segmenter gave its first character to no name (总统别|尔德…)', () => {
    assert.equal(person('某国总统别尔德穆哈梅多夫抵达江城。', '别尔德穆哈梅多夫')?.role, '总统');
  });

  it('ends a name after a title before the title written after it (代表焦安|亲王), and takes whole a foreign name the labeller cut short (夫人米尔|济约耶娃)', () => {
    assert.deepEqual(people('某国代表焦安亲王出席。'), ['焦安']);
    assert.deepEqual(people('某国总统米尔济约耶夫和夫人米尔济约耶娃陆续抵达。'), ['米尔济约耶夫', '米尔济约耶娃']);
  });

  it('reads a hyphenated name whole before a title written after it (迪亚斯-卡内尔|第一书记), an unknown word that speaks after a title (总统|纽西/x|表示), a regnal number\'s dotted part (卡尔十六世·古斯塔夫)', () => {
    assert.deepEqual(people('双方要落实习近平总书记和迪亚斯-卡内尔第一书记达成的重要共识。'), ['习近平', '迪亚斯-卡内尔']);
    assert.deepEqual(people('莫桑比克总统纽西表示，两国友谊历久弥坚。'), ['纽西']);
    assert.deepEqual(people('代表团会见了瑞典国王卡尔十六世·古斯塔夫。'), ['卡尔十六世·古斯塔夫']);
  });

  it('reads no person in a list of things a place and a word qualify (等瑞典著名企业), nor in a name that names a company at one mention (彭博|有限合伙企业) at its others', () => {
    assert.deepEqual(people('访问期间，他还参观了沃尔沃、爱立信等瑞典著名企业。'), []);
    assert.deepEqual(people('在教育处一秘刘益良、王晓群等人的组织下，留学人员和面。'), ['刘益良', '王晓群']);
    assert.deepEqual(people('他会见了美国彭博有限合伙企业创始人布隆伯格。彭博愿意在绿色金融等方面加强合作。'), ['布隆伯格']);
  });

  it('reads round DD\'s cases: a known official glued to a title\'s head (主席令/n|计划), a place\'s bare name beside its area (阿夫林地区 … 阿夫林), an unknown name closing a list of places (曼比季等地, 拜特/nrt|哈嫩/x等地), a community after its city (武汉市|东湖新城社区, not 全体社区), a company in a title (彭博/x|有限|合伙企业创始人)', () => {
    const read = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person' || e.type === 'place').map((e) => `${e.type}:${e.text}${e.role ? `:${e.role}` : ''}`);
    assert.deepEqual(read('国务委员杨晶，全国政协副主席令计划、周小川参加座谈会。'), ['person:杨晶:国务委员', 'person:令计划:全国政协副主席', 'person:周小川']);
    assert.deepEqual(read('土耳其军队继续对叙利亚阿夫林地区的库尔德武装进行打击。埃尔多安表示，土耳其军队在阿夫林的军事行动将继续。').filter((e) => e.includes('阿夫林')), ['place:阿夫林地区', 'place:阿夫林']);
    assert.deepEqual(read('土耳其军队将继续攻打叙北部重镇曼比季等地。以军要求加沙地带北部拜特哈嫩等地的居民撤离。会见了樊禹等国家领导人。'), ['place:土耳其', 'place:曼比季', 'place:加沙地带', 'place:拜特哈嫩', 'person:樊禹']);
    assert.deepEqual(read('习近平给武汉市东湖新城社区全体社区工作者回信。'), ['person:习近平', 'place:武汉市', 'place:东湖新城社区']);
    assert.deepEqual(read('他会见了美国彭博有限合伙企业创始人、联合国特使布隆伯格。'), ['place:美国', 'person:布隆伯格:美国彭博有限合伙企业创始人、联合国特使']);
  });

  it('reads a dotted name\'s short form whole over a shorter name read inside it (法/j|伊曼/nr|说: 法伊曼 of 维尔纳·法伊曼), and 滕 in a transliteration (斯托尔|滕贝格)', () => {
    assert.deepEqual(people('胡锦涛会见了奥地利总理维尔纳·法伊曼。胡锦涛说，两国关系很好。法伊曼说，奥中建交40年来关系良好。'), ['胡锦涛', '维尔纳·法伊曼', '胡锦涛', '法伊曼']);
    assert.deepEqual(people('北约秘书长斯托尔滕贝格15号表示，会议决定成立一个指挥中心。'), ['斯托尔滕贝格']);
  });

  it('reads a proper noun of transliteration closed off by punctuation after an official\'s title (总理|奥利/nz|、), a name whose last character the segmenter glued to 等 (阿斯洛/nr|夫等/x) or to a home (潘安|平家/x)', () => {
    const titled = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(titled('尼泊尔副总统普恩、总理奥利、首席大法官拉纳出席。'), ['普恩:尼泊尔副总统', '奥利:总理', '拉纳:首席大法官']);
    assert.deepEqual(titled('塔吉克斯坦总理拉苏尔佐达、副总理贾波莉、外长阿斯洛夫等热情迎接。'), ['拉苏尔佐达:塔吉克斯坦总理', '贾波莉:副总理', '阿斯洛夫:外长']);
    assert.deepEqual(titled('在布依族村民潘安平家，胡锦涛同主人一家促膝而坐。'), ['潘安平:村民', '胡锦涛:']);
  });

  it('reads the title 国会议长 the segmenter cut (国|会议|长布安/x) and the name after it, and 凡 in a transliteration (诺凡多时/x: 诺凡多)', () => {
    const titled = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(titled('国务院总理李强在雅加达会见印尼国会议长布安。'), ['李强:国务院总理', '布安:印尼国会议长']);
    assert.deepEqual(titled('在会见印尼国会议长诺凡多时，俞正声说，两国应加强合作。'), ['诺凡多:印尼国会议长', '俞正声:']);
  });

  it('ends a name before an adverb that is no given name\'s, however the name was read (班禅|还/d|主持, 班禅|还/d|到), not before 才', () => {
    assert.deepEqual(people('全国政协常委班禅额尔德尼·确吉杰布在拉萨参观。班禅还到定日县考察。班禅还主持召开座谈会。'), ['班禅额尔德尼·确吉杰布', '班禅', '班禅']);
    assert.deepEqual(people('会议由王才主持。'), ['王才']);
  });

  it('reads Russian and Ukrainian towns the labeller takes for people as places (顿涅茨克, 克拉马托尔斯|克, 康斯坦丁诺夫|卡), not 马斯克; no person in a country\'s army (乌军); a foreign name of unknown words whole (科瓦/x|廖夫/x)', () => {
    const read = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person' || e.type === 'place').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(read('俄军称已控制顿涅茨克重镇康斯坦丁诺夫卡，下一步将进攻克拉马托尔斯克。马斯克访问上海。'),
      ['place:顿涅茨克', 'place:康斯坦丁诺夫卡', 'place:克拉马托尔斯克', 'person:马斯克', 'place:上海']);
    assert.deepEqual(read('据乌克兰媒体报道，乌军总参谋部发言人科瓦廖夫今天否认了这一说法。'), ['place:乌克兰', 'person:科瓦廖夫']);
    assert.deepEqual(read('专家马军表示，美国将培训乌军官。乌克兰总统出席。'), ['person:马军', 'place:美国', 'place:乌克兰']);
  });

  it('reads no person in a country\'s or a word\'s character before the title of a name (吉总统阿卡耶夫, 原市长朱振江), nor a title in a list of names (、哈总统…)', () => {
    assert.deepEqual(people('美国邀请吉总统阿卡耶夫、哈总统纳扎尔巴耶夫访问。受到审判的原市长朱振江出庭。'), ['阿卡耶夫', '纳扎尔巴耶夫', '朱振江']);
    assert.deepEqual(people('罗总统强调政体不容改变。'), []);
  });

  it('reads no name in an ordinary word after the role of someone who holds no office (职工高举, 老人高兴地说)', () => {
    assert.deepEqual(people('江城广大干部职工高举伟大旗帜。老人高兴地说：“日子好了。”'), []);
    assert.deepEqual(people('其他获奖者为：主任工程师、高级技师罗东元，高级工程师刘明。'), ['罗东元', '刘明']);
  });

  it('reads the people a list of doctrines names, not those of a doctrine written alone (PD1998\'s 邓小平理论 is one word)', () => {
    assert.deepEqual(people('全会强调，坚持马克思列宁主义、毛泽东思想、邓小平理论。'), ['马克思', '列宁', '毛泽东', '邓小平']);
    assert.deepEqual(people('高举邓小平理论伟大旗帜，研究马克思列宁主义哲学。'), []);
    // An item that goes on after the doctrine names a process or a relation, not the doctrine.
    assert.deepEqual(people('加深对新思想、马克思主义中国化时代化、中国式现代化等问题的认识，讲清马列主义、毛泽东思想的关系。'), []);
  });

  it('gives the byline\'s role to each name its spaces separate ((记者 王海波 张冬冬)), not to the text after it', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role}`);
    assert.deepEqual(roles('中新社江城七月十四日电(记者 王海波 张冬冬) 会议今天召开。'), ['王海波:记者', '张冬冬:记者']);
    assert.deepEqual(roles('记者 王海波 会议今天召开。'), ['王海波:记者']);
  });

  it('reads the post 以…为 frames (以胡锦涛同志为总书记的党中央), not the set phrase 以…为代表的, nor 代表 after 将 (will represent)', () => {
    assert.equal(person('在以胡锦涛同志为总书记的党中央领导下，江城取得成绩。', '胡锦涛')?.role, '总书记');
    assert.equal(person('以李宁为代表的运动员出席。', '李宁')?.role, undefined);
    assert.equal(person('国务委员戴秉国将代表胡锦涛出席。', '胡锦涛')?.role, undefined);
  });

  it('joins two people side by side that are one transliterated name (梅德韦|杰夫), and takes a name\'s end the segmenter gave a name\'s word (纳波利|塔诺)', () => {
    assert.deepEqual(people('这是去年5月梅德韦杰夫就任总统后的首次访问。'), ['梅德韦杰夫']);
    assert.deepEqual(people('意大利总统纳波利塔诺将会在总统府广场举行仪式。'), ['纳波利塔诺']);
    assert.deepEqual(people('会议期间，习近平主席向拉赫蒙总统颁授勋章。'), ['习近平', '拉赫蒙']);
    assert.deepEqual(people('王文、于东来、王志坚等先后发言。'), ['王文', '于东来', '王志坚']);
  });

  it('reads no surname in the last character of an organ before its head\'s title (城建司|副司长), but keeps a surname with a title (江主席)', () => {
    assert.deepEqual(people('住房和城乡建设部城建司副司长刘贺明在上述场合表示。'), ['刘贺明']);
    assert.deepEqual(people('江主席会见了他。'), ['江']);
  });

  it('reads no person in the name of a building or an institution (罗纳德·里根大厦, 乔治·华盛顿大学, 金日成广场), but one who graduated (大学毕业)', () => {
    assert.deepEqual(people('对话在罗纳德·里根大厦举行。'), []);
    assert.deepEqual(people('乔治·华盛顿大学教授沈大伟说。'), ['沈大伟']);
    assert.deepEqual(people('车队驶过金日成广场。'), []);
    assert.deepEqual(people('徐明忠大学毕业回乡。'), ['徐明忠']);
  });

  it('gives the post taken up (就任…后) to a name with no title, and reads no general in a rank\'s insignia (晋升上将军衔)', () => {
    assert.equal(person('这是去年5月梅德韦杰夫就任俄罗斯总统后的首次访问。', '梅德韦杰夫')?.role, '俄罗斯总统');
    // So is a post kept for another term (连任, 续任).
    assert.equal(person('姆卡帕在内罗毕祝贺莫伊连任肯尼亚总统时说，大选很成功。', '莫伊')?.role, '肯尼亚总统');
    assert.deepEqual(people('中央军委隆重举行晋升上将军衔仪式。'), []);
  });

  it('ends a title chain at a top organ after another title written with no joiner (特别代表|国务院副总理王岐山)', () => {
    assert.equal(person('国家主席胡锦涛特别代表国务院副总理王岐山抵达。', '王岐山')?.role, '国务院副总理');
    // …also where the segmenter cuts the organ's name into the next word (中共/j|中央政治局常委/nt).
    assert.equal(person('国家主席王建华特别代表中共中央政治局常委、中央纪委书记李明抵达。', '李明')?.role, '中共中央政治局常委、中央纪委书记');
    assert.equal(person('明光社总干事蔡志森说，之前因此争议。', '蔡志森')?.role, '明光社总干事');
  });

  it('reads a quoted office of Taiwan as the title of the name after it (前“教育部长”杜正胜), not a quoted epithet (“扶贫司令”)', () => {
    assert.equal(person('前“教育部长”杜正胜视法律如无物。', '杜正胜')?.role, '教育部长');
    assert.equal(person('人称“扶贫司令”彭楚政的他，一心扶贫。', '彭楚政')?.role, undefined);
    assert.equal(person('台当局“新闻局长”苏俊宾表示，将放宽规定。', '苏俊宾')?.role, '新闻局长');
  });

  it('gives a counted list\'s title to names joined by 与 (…朱立伦与黄敏惠等8位副主席), reads no surname in its measure word, and opens no title with 有关, 新任 nor 主讲人', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role}`);
    assert.deepEqual(roles('江丙坤、朱立伦与黄敏惠等8位副主席，都将总辞。'), ['江丙坤:副主席', '朱立伦:副主席', '黄敏惠:副主席']);
    assert.equal(person('有关现任党主席吴伯雄出处的问题备受关注。', '吴伯雄')?.role, '党主席');
    // Nor with the word of when the post was taken; inside a title it stays.
    assert.equal(person('新任商务部部长钟山今天也走上“部长通道”。', '钟山')?.role, '商务部部长');
    assert.equal(person('会见了赞比亚新任驻华大使卡宾加。', '卡宾加')?.role, '赞比亚新任驻华大使');
    assert.equal(person('主讲人国家发展和改革委员会副主任朱之鑫作了深入讲解。', '朱之鑫')?.role, '国家发展和改革委员会副主任');
    assert.deepEqual(people('马英九就兼任党主席，与吴伯雄达成默契。'), ['马英九', '吴伯雄']);
  });

  it('reads two reporters of two characters each after a byline, not a three-character name (新华社记者王锦赵承)', () => {
    assert.deepEqual(people('新华社记者王锦赵承 江城到处冰天雪地。'), ['王锦', '赵承']);
  });

  it('reads no lone surname in 任 before a title (曾三次任总统, 调到江城任县长): People\'s Daily writes it there as a verb', () => {
    assert.deepEqual(people('曾经三次任总统的王建华说，他于1990年调到江城任县长。'), ['王建华']);
  });

  it('reads no person in 某某党主席 before the chairman\'s name, nor in shop names listed before 等特色店铺', () => {
    assert.deepEqual(people('由某国“公正国家”党主席米罗诺夫率领的代表团抵达。'), ['米罗诺夫']);
    assert.deepEqual(people('他先后走进江城大麻花、果仁张、泥人张、杨柳青年画等特色店铺。'), []);
  });

  it('reads the pieces of a transliterated name as the whole name read elsewhere in the document (米尔|济约|耶娃)', () => {
    const text = '米尔济约耶娃抵达。扎帕罗娃、米尔济约耶娃参观。';
    const second = text.lastIndexOf('米尔济约耶娃');
    const person = (start: number, end: number) => ({ type: 'person', start, end, canonical: text.slice(start, end) });
    const read = makeNamesConsistent(text, [person(0, 6), person(second, second + 2), person(second + 4, second + 6)], person);
    assert.deepEqual(read.map((e) => text.slice(e.start, e.end)), ['米尔济约耶娃', '米尔济约耶娃']);
  });

  it('reads the places the gazetteer gained after the labeller was trained (得州, 前海, 横琴), which its features and the segmenter never see', () => {
    const places = analyzeText('州长表示得州重视对华关系。前海、横琴等合作平台建设加快。代表团抵达摩洛哥首都拉巴特。', segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places, ['得州', '前海', '横琴', '摩洛哥', '拉巴特']);
    const gazetteer = getGazetteer();
    assert.ok(gazetteer.has('前海') && gazetteer.isRulesOnly('前海'));
    assert.ok(![...gazetteer.labellerNames()].includes('前海'));
  });

  it('reads each name of a list of members with the ethnic group or sex noted after it, given names of ordinary words too', () => {
    const found = analyzeText('新当选的委员有：张国庆（回族）、刘胜利（女）、陈和平（壮族）、周发展（蒙古族）、何必（女）、吴天下（藏族）。', segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(found, ['张国庆', '刘胜利', '陈和平', '周发展', '何必', '吴天下']);
  });

  it('cuts two reporters written together in the bracketed credit closing a paragraph (（龙晓勤刘洋）), and no other bracketed words', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('春节前，村里的秧歌队又热闹起来了。（龙晓勤刘洋）\n'), ['龙晓勤', '刘洋']);
    assert.deepEqual(people('工程质量达到了规定要求。（肖咸鸣杜文育）'), ['肖咸鸣', '杜文育']);
    assert.deepEqual(people('会议在京闭幕。（下转第二版）'), []);
  });

  it('keeps a dotted foreign name whose parts the segmenter tags as words (索尼亚/ns·甘地/n), not a title of words joined by dots', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('遗孀索尼亚·甘地最近决定参加竞选。'), ['索尼亚·甘地']);
    assert.deepEqual(people('文莱苏丹哈桑纳尔·博尔基亚会见了代表团。'), ['哈桑纳尔·博尔基亚']);
    assert.deepEqual(people('他写了《花·妈妈·儿子》一书。'), []);
  });

  it('joins people read in pieces of one foreign name (克鲁泡|特金|斯卡亚) into one, a place where the words before say so, and keeps two names written together apart', () => {
    const entities = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person' || e.type === 'place').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(entities('管道集团位于俄南部克鲁泡特金斯卡亚的一个泵站遭袭。无人机在克鲁泡特金斯卡亚等地打击了设施。'), ['place:克鲁泡特金斯卡亚', 'place:克鲁泡特金斯卡亚']);
    assert.deepEqual(entities('（龙晓勤刘洋）'), ['person:龙晓勤', 'person:刘洋']);
    // A town named after a person is a place, the person named elsewhere a person.
    assert.deepEqual(entities('他出席金边至西哈努克港高速公路通车仪式，向西哈努克太皇雕像献花圈。').filter((e) => e.includes('西哈努克')), ['place:西哈努克港', 'person:西哈努克']);
  });

  it('reads a long foreign name before its title whole where its end reads like a Chinese name and a piece like a place (姆南加古瓦总统)', () => {
    const people = analyzeText('习近平主席同来访的姆南加古瓦总统深入交流。在姆南加古瓦总统和习近平主席的引领下，两国关系发展。', segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role}`);
    assert.deepEqual(people, ['习近平:主席', '姆南加古瓦:总统', '姆南加古瓦:总统', '习近平:主席']);
  });

  it('reads a known official whose surname the list lacks (铁凝), known officials written together (李强蔡奇丁薛祥参加会见), and no title the name before a preposition holds (主席对塔米姆)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => (e.role ? `${e.text}:${e.role}` : e.text));
    assert.deepEqual(people('李书磊主持会议，铁凝、谌贻琴出席会议。'), ['李书磊', '铁凝', '谌贻琴']);
    assert.deepEqual(people('李强蔡奇丁薛祥参加会见'), ['李强', '蔡奇', '丁薛祥']);
    assert.deepEqual(people('韩正会见卡塔尔埃米尔塔米姆。韩正转达习近平主席对塔米姆的亲切问候。'), ['韩正', '塔米姆:卡塔尔埃米尔', '韩正', '习近平:主席', '塔米姆:卡塔尔埃米尔']);
    const places = analyzeText('韩正会见卡塔尔埃米尔\n韩正在多哈出席峰会。', segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places, ['卡塔尔', '多哈']);
  });

  it('reads no name in a surname and an ordinary word rare in given names after a title (主席|成|定局), but one in a given name of ordinary words (部长张大力)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('媒体称王明接任党主席成定局，王明就兼任党主席与李华达成默契。'), ['王明', '王明', '李华']);
    assert.deepEqual(people('国防部部长张大力出席会议。'), ['张大力']);
  });

  it('reads the ministers of 2023–2025 whose surnames the list lacks (部长怀进鹏), a title to come (、候任行政长官), and 太皇 after a name', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(people('教育部党组书记、部长怀进鹏作了讲座。科技部部长阴和俊出席。'), ['怀进鹏:教育部党组书记、部长', '阴和俊:科技部部长']);
    assert.deepEqual(people('行政长官王一诚、候任行政长官李浩辉也参加有关活动。'), ['王一诚:行政长官', '李浩辉:候任行政长官']);
    assert.deepEqual(people('他向西哈努克太皇雕像献花圈。'), ['西哈努克:太皇']);
  });

  it('reads a sub-district (街道) named after a county-level place as a place, not the streets of a city (北京街道上)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('王强来到温州市鹿城区南郊街道，考察基层治理。'), ['温州市', '鹿城区', '南郊街道']);
    assert.deepEqual(places('降雪令北京街道上行驶的车辆放慢了速度。'), ['北京']);
  });

  it('reads no site across a title\'s head and the name after it (俄罗斯总统普京前往天安门广场), but one a head stands inside (哈立德国王机场)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('16日下午，俄罗斯总统普京前往天安门广场，向人民英雄纪念碑敬献花圈。'), ['俄罗斯', '天安门广场', '人民英雄纪念碑']);
  });

  it('reads a township whole where the labeller stops before its ending, which the segmenter glued to the next word (长港|镇峒/x|山村)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.ok(places('随后，他来到长港镇峒山村，走进社区服务中心。').includes('长港镇'));
  });

  it('reads a party named with a verb whole into its head\'s title (塞尔维亚前进党主席), not a description before it (北爱尔兰独立的新芬党领导人)', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(roles('塞尔维亚前进党主席、总统武契奇出席。'), ['武契奇:塞尔维亚前进党主席、总统']);
    assert.deepEqual(roles('主张北爱尔兰独立的新芬党领导人亚当斯表示欢迎。'), ['亚当斯:新芬党领导人']);
  });

  it('reads no person in a party named before its leader\'s title (潘古党领袖)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('巴布亚新几内亚潘古党领袖、政府总理马拉佩出席。'), ['马拉佩']);
  });

  it('reads one unknown word of two characters after a title as a name where the list\'s closing 等 follows it (议长|采冈/x|等)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(people('多哥国民议会议长采冈等在会上致辞。'), ['采冈:多哥国民议会议长']);
  });

  it('takes a transliterated name the labeller is unsure of right after a title (总统|基尔/nz) or as the other side of a talk, whole (李强同|莫特|利/n|会谈)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('南苏丹苏丹人民解放运动主席、总统基尔，尼加拉瓜总统奥尔特加出席。'), ['基尔', '奥尔特加']);
    assert.deepEqual(people('李强同莫特利会谈。'), ['李强', '莫特利']);
  });

  it('reads a Mongolian name\'s last character the segmenter tags zg (恩赫|阿|木格|楞/zg) as the name\'s', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('王五会见蒙古国家大呼拉尔副主席恩赫阿木格楞。'), ['王五', '恩赫阿木格楞']);
  });

  it('reads 琴 as a character of transliterated names, so that a name the segmenter ends in 琴科/nrt is whole (安德烈|琴科)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('王五同代表院主席安德烈琴科举行会谈。'), ['王五', '安德烈琴科']);
  });

  it('reads a task group\'s name written with verbs whole into its head\'s title, back to the organ that set it up (国务院…协调小组组长)', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(roles('国务院推进政府职能转变和“放管服”改革协调小组组长王五出席。'), ['王五:国务院推进政府职能转变和“放管服”改革协调小组组长']);
    assert.deepEqual(roles('王五说，要抓好工作小组组长李四的安排。'), ['王五:', '李四:工作小组组长']);
  });

  it('reads a Hong Kong married woman\'s name of two surnames whole where the segmenter leaves its last character alone (林郑月|娥), not a word after a name (刘凤桢|手)', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(roles('香港政务司司长、基本法推广督导委员会主席林郑月娥今天表示，将制作视频教材。'), ['林郑月娥:香港政务司司长、基本法推广督导委员会主席']);
  });

  it('does not throw where a byline\'s title is followed by a word that stands in titles and no name (记者国务院, found by the fuzz test)', () => {
    assert.deepEqual(analyzeText('记者国务院', segmenter).entities.filter((e) => e.type === 'person'), []);
    assert.deepEqual(analyzeText('記者國務院', segmenter).entities.filter((e) => e.type === 'person'), []);
  });

  it('reads a neighbourhood\'s generic word after the name the labeller reads as the rest of its name (鲁固|社区)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.ok(places('在拉萨，王五到布达拉宫、八廓街、鲁固社区等地调研。').includes('鲁固社区'));
  });

  it('reads a county named without its ending as the first item of a list before a place of its province (在定安、海口等地)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('王五先后在定安、海口等地调研。'), ['定安', '海口']);
  });

  it('reads no person in a document named after a place, after a title (《…领导人马丘比丘宣言》)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('会议发表《2024年亚太经合组织领导人马丘比丘宣言》等成果文件。'), []);
  });

  it('reads a royal title after a name (安德鲁王子, 伊丽莎白二世女王) and a duke\'s title before it (约克公爵), with no person in the title; no place in 中国区 of a contest nor in 三角洲 alone', () => {
    const entities = (text: string, type: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === type).map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(entities('王五在北京会见英国约克公爵安德鲁。安德鲁转达了伊丽莎白二世女王的问候。', 'person'), ['王五:', '安德鲁:英国约克公爵', '安德鲁:英国约克公爵', '伊丽莎白二世:女王']);
    assert.deepEqual(entities('王五会见了哈里王子。', 'person'), ['王五:', '哈里:王子']);
    assert.deepEqual(entities('他来华出席创新大赛中国区总决赛。', 'place'), []);
    assert.deepEqual(entities('要加强黄河三角洲湿地保护。', 'place').map((p) => p.split(':')[0]).includes('三角洲'), false);
  });

  it('reads a known official whose name the segmenter cuts into whole words (令|计划, 万|鄂湘) or tags as another word, not one that starts inside a word', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('座谈会上，令计划作了说明，万鄂湘、厉无畏发言。'), ['令计划', '万鄂湘', '厉无畏']);
    assert.deepEqual(people('上级下令计划于明年完成。'), []);
  });

  it('takes a full name the labeller reads right after a title even where it is unsure (省长|杜家/n|毫/m), not two characters or a body there (总书记|殷殷嘱托, 常委|代表|民盟中央)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(people('在省委书记李明和省长杜家毫陪同下，他来到长沙。'), ['李明:省委书记', '杜家毫:省长']);
    assert.deepEqual(people('大家牢记总书记殷殷嘱托，奋勇争先。'), []);
  });

  it('reads a province\'s one-character form after a movement verb that is a word of its own (在|京), not after a longer word ending in one (推进|藏粮于地)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('扎实推进藏粮于地、藏粮于技，稳定粮食播种面积。'), []);
    assert.deepEqual(places('会议在京召开，代表们随后赴藏考察。'), ['京', '藏']);
  });

  it('reads no name right after a title written after a name (习近平总书记|关怀嘱托), but the next name of a list with no mark between', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('牢记习近平总书记关怀嘱托，奋力谱写新篇章。'), ['习近平']);
    assert.deepEqual(people('国务院总理李强乘包机离开北京，应德国总理朔尔茨和法国政府邀请进行正式访问。'), ['李强', '朔尔茨']);
    // A known official's name read one character longer (the segmenter made 德国总理 one word) is the official's.
    assert.equal(people('国务院总理李强应德国总理朔尔茨邀请访问。')[0], '李强');
    // So is one read with a function word the segmenter glued before it (由李强/nr|一行).
    assert.deepEqual(people('会议由李强一行主持。'), ['李强']);
    // 钱颖/x|一/m|委员: a given name's last character the segmenter cut off as a number, before a title after the name.
    assert.deepEqual(people('钱颖一委员建议，应对经济下行。'), ['钱颖一']);
    // So is a character given names often end in (马有/x|礼/n|会长), before a title written after the name.
    assert.deepEqual(people('张德江会见了以马有礼会长为团长的访问团。'), ['张德江', '马有礼']);
  });

  it('keeps a dotted name with a one-character part (川·立派), not a dotted list of words; strips a preposition the segmenter glued to an unknown name after a time word (昨天|同通伦/x); reads no name into a word it cuts (王凯|陪同) nor a verb before a short form (来英)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => (e.role ? `${e.text}:${e.role}` : e.text));
    assert.deepEqual(people('泰国总理川·立派今天抵达北京。'), ['川·立派:泰国总理']);
    assert.deepEqual(people('书里写了花·妈妈·儿子的故事。'), []);
    assert.deepEqual(people('国家主席昨天同通伦总书记举行会谈。通伦表示感谢。'), ['通伦:总书记', '通伦:总书记']);
    assert.deepEqual(people('在省长王凯陪同下，王建华考察了企业。'), ['王凯:省长', '王建华']);
    assert.deepEqual(people('作为国家主席特别代表来英出席加冕典礼。'), []);
    // A transliterated name the labeller reads whole past the segmenter's verb (努尔|加|利耶夫).
    assert.deepEqual(people('会议由俄罗斯内务部长努尔加利耶夫主持。'), ['努尔加利耶夫:俄罗斯内务部长']);
    // A body known by its name alone is no person (哈马斯, 胡塞武装).
    const bodies = analyzeText('以军加大攻势，哈马斯称当前不会谈判。也门胡塞武装17日称将继续打击。', segmenter).entities.filter((e) => e.type === 'person' || e.type === 'organization').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(bodies, ['organization:哈马斯', 'organization:胡塞武装']);
    // An appointment written with 确定 and 担任.
    assert.deepEqual(people('会议确定王晓东担任新闻发言人。'), ['王晓东:新闻发言人']);
  });

  it('reads no person in a list of like words whose first item follows its verb (加强基础性、普惠性、兜底性民生建设), a village after its town as a place, and an envoy\'s title from the sender\'s name', () => {
    const entities = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person' || e.type === 'place').map((e) => (e.role ? `${e.type}:${e.text}:${e.role}` : `${e.type}:${e.text}`));
    assert.deepEqual(entities('加强基础性、普惠性、兜底性民生建设。'), []);
    assert.deepEqual(entities('他来到婺源县秋口镇王村调研。'), ['place:婺源县', 'place:秋口镇', 'place:王村']);
    // A community named after its district, and a site named after a site (…街道|思源社区), not a bare building after one.
    assert.deepEqual(entities('在青羊区清源社区，王建华与群众围坐交谈。'), ['place:青羊区', 'place:清源社区', 'person:王建华']);
    assert.deepEqual(entities('凯里市白果井街道思源社区居住着许多群众。'), ['place:凯里市', 'place:白果井街道', 'place:思源社区']);
    assert.deepEqual(entities('习近平主席特别代表、国家副主席韩正出席就职仪式。'), ['person:习近平:主席', 'person:韩正:习近平主席特别代表、国家副主席']);
  });

  it('reads a comrade commemorated whatever the segmenter reads (纪念甘苦同志诞辰), a list\'s last item joined by 和 and closed by a count of places as a place, and no person in a company\'s first word', () => {
    const entities = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person' || e.type === 'place').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(entities('纪念甘苦同志诞辰100周年座谈会举行。'), ['person:甘苦']);
    assert.ok(entities('导弹袭击了以色列特拉维夫、阿什凯隆和埃拉特三座城市。').includes('place:阿什凯隆'));
    assert.deepEqual(entities('他来到巴斯夫杉杉电池材料有限公司考察。'), []);
    // A country of two parts joined by 和, by its short form (安巴), is no person; a riverside is no place.
    const report = '王建华会见安提瓜和巴布达总理。安巴是东加勒比地区首个同中国建交的国家。';
    assert.ok(namesTwoPartCountry('安巴', report) && !namesTwoPartCountry('安巴', '安巴表示欢迎。') && !namesTwoPartCountry('王建', report));
    assert.ok(!entities('这座城市位于沅江江畔。').includes('place:江畔'));
    // A list after a title with two names joined by 和 (…、邵鸿和何报翔、…), and a name ending in 和 before a mark.
    const listed = analyzeText('出席会议的党外人士还有陈竺、万钢、刘新成、邵鸿和何报翔、王光谦、周忠和。', segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(listed, ['陈竺', '万钢', '刘新成', '邵鸿', '何报翔', '王光谦', '周忠和']);
    // A rank before a glued 副 belongs to the title after the name; a bracketed title between title and name.
    const ranked = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(ranked('王建华同斯克利亚尔第一副总理举行会谈。'), ['王建华:', '斯克利亚尔:第一副总理']);
    assert.deepEqual(ranked('学院分管日常工作的副校长（副院长）谢春涛作了发言。').slice(-1), ['谢春涛:副校长']);
    // A budget committee's post whole (预算/v in the chain).
    assert.deepEqual(analyzeText('全国人大常委会预算工委主任王建华作了报告。', segmenter).entities.filter((e) => e.type === 'person').map((e) => e.role), ['全国人大常委会预算工委主任']);
    // A deputy named before 代表 in a list of speakers; 代表 before what is represented is no title.
    assert.deepEqual(ranked('来自海军的何雨帆代表、来自陆军的郑金代表依次发言。'), ['何雨帆:代表', '郑金:代表']);
    assert.deepEqual(ranked('王建华代表党中央致以问候。'), ['王建华:']);
    // A royal title inside an airport's or a university's name is no one's (哈立德国王国际机场); 约旦国王阿卜杜拉 stays the king.
    assert.deepEqual(ranked('王建华抵达哈立德国王国际机场，约旦国王阿卜杜拉到机场迎接。'), ['王建华:', '阿卜杜拉:约旦国王']);
    // A titled name whose last character the segmenter glued into a word with the verb after it (樊|杰作/n|了).
    assert.deepEqual(ranked('无党派人士代表樊杰作了发言。'), ['樊杰:无党派人士代表']);
    // 昌 a transliteration character (普拉|昌达/x): the name whole.
    assert.deepEqual(ranked('王建华会见尼泊尔总理普拉昌达。').slice(-1), ['普拉昌达:尼泊尔总理']);
    // 终身 in a title (终身名誉主席), 统筹 in an organ's name (投资统筹部).
    assert.deepEqual(ranked('王建华会见国际奥委会终身名誉主席巴赫。').slice(-1), ['巴赫:国际奥委会终身名誉主席']);
    // A name word of the segmenter's right before 当选 and a title is the person elected (沈莹当选会长).
    assert.deepEqual(ranked('大会选举产生了新一届领导机构，沈莹当选会长。').map((p) => p.split(':')[0]), ['沈莹']);
    // A title written after one name (…穆罕默德亲王、) is that person's, not another title of the next one; 应…邀请 opens no name.
    assert.deepEqual(ranked('副省长穆罕默德亲王、沙特商务大臣卡斯比等到机场迎接。'), ['穆罕默德:副省长', '卡斯比:沙特商务大臣']);
    assert.deepEqual(ranked('王建华应沙特王储兼首相穆罕默德邀请抵达利雅得。'), ['王建华:', '穆罕默德:沙特王储兼首相']);
    // A dotted name whose end reads like a Chinese name (…·衣|沙木丁) is the whole dotted name, the title after it its role.
    assert.deepEqual(ranked('会上，吉尔拉·衣沙木丁常委表示，要加强团结。'), ['吉尔拉·衣沙木丁:常委']);
    // A titled list ends before an item a title follows: the next person's organ and rank (…委员李飞、农委副|主任委员杜德印).
    assert.deepEqual(ranked('会议听取了宪法法律委主任委员李飞、农委副主任委员孙立新分别作的报告。'), ['李飞:宪法法律委主任委员', '孙立新:农委副主任委员']);
    // A ministry's name that lists its fields (农业、食品与海洋事务部) is one organ of the title; two sides joined by 和 stay two.
    assert.deepEqual(ranked('王建华同新西兰农业、林业与渔业部长史密斯举行会谈。'), ['王建华:', '史密斯:新西兰农业、林业与渔业部长']);
    // …and with no joiner at all, the last field right before the head (经济、|教研|部长); a kinship before a post is no field.
    assert.deepEqual(ranked('王建华会见印尼经济、投资部长卢胡特。'), ['王建华:', '卢胡特:印尼经济、投资部长']);
    assert.deepEqual(ranked('民警张晓明与其姐夫、偃师市工商局职工范学明等人赶到。').slice(-1), ['范学明:偃师市工商局职工']);
    assert.deepEqual(ranked('副总理兼外长王建华夫妇、文化部部长李明夫妇等热情迎接。'), ['王建华:副总理兼外长', '李明:文化部部长']);
    assert.deepEqual(ranked('泰国副总理兼教育、文化和体育部长阿努廷出席。'), ['阿努廷:泰国副总理兼教育、文化和体育部长']);
    // A standing committee member named before 常委 as the speakers of a session are (王建华常委代表民盟中央提出…); 常委会 is none.
    assert.deepEqual(ranked('王建华常委代表民盟中央提出，要加强协商；孙立新常委表示，要凝聚共识。'), ['王建华:常委', '孙立新:常委']);
    // A name's last character the segmenter glued to the verb after it (陈家|昌作|了); not a noun's first (著作).
    assert.deepEqual(ranked('会议听取了法律委员会副主任委员周光权作的关于草案的说明。'), ['周光权:法律委员会副主任委员']);
    // …also where the glued word opens with a preposition, which no verb follows (董保|同作/x|了), or is tagged a verbal noun (杜德|印作/vn).
    assert.deepEqual(ranked('生态环境部副部长董保同作了关于草案的说明。'), ['董保同:生态环境部副部长']);
    assert.deepEqual(ranked('全国人大农委副主任委员杜德印作了报告。'), ['杜德印:全国人大农委副主任委员']);
    // 要 after a title is the modal verb, not a surname opening unknown words (要厚/x|植爱党/x).
    assert.deepEqual(ranked('他指出，政协委员要厚植爱党、爱国情怀。'), []);
    // A country inside a temple's name is no place; no site begins with the place an office is stationed in.
    assert.ok(!entities('他走访了大昭寺、强巴林寺等寺庙。').includes('place:巴林'));
    const stationed = entities('他来到新四军驻上海办事处纪念馆参观。');
    assert.ok(!stationed.some((e) => e.startsWith('place') && e.includes('办事处纪念馆')));
    // A surname before 家 and a settlement's ending names the village; a royal house is no place.
    assert.ok(!entities('他还来到一旁的刘家堡派出所，了解基层治理情况。').some((e) => e.startsWith('person')));
    assert.ok(!entities('西班牙王室为两国关系发展作出了贡献。').includes('place:王室'));
    // 巴中 beside a report's 巴基斯坦 is Pakistan and China, no city; after its province it is the city.
    assert.ok(!entities('巴基斯坦总理访华。他表示，巴中是亲密兄弟，要推动巴中关系迈上新台阶。').some((e) => e.includes('巴中')));
    assert.ok(entities('巴基斯坦总理访华。四川省巴中市南江县的代表出席。').some((e) => e.includes('巴中')));
    // The other side of a talk, whose last characters the labeller takes for a place (同夏/x|巴兹/ns|举行会谈).
    assert.ok(entities('欢迎仪式后，王建华同夏巴兹举行会谈。').includes('person:夏巴兹'));
    // …with the title written after the name (同瓦拉德卡总理举行会谈): the person, the title its role; a country there is none.
    assert.deepEqual(ranked('欢迎仪式后，王建华同瓦拉德卡总理举行会谈。'), ['王建华:', '瓦拉德卡:总理']);
    assert.deepEqual(ranked('欢迎仪式后，王建华同法国总统举行会谈。'), ['王建华:']);
    // A title head whose last character the segmenter glued to the name (贸工部|长颜金勇/x); a caretaker's title whole.
    assert.deepEqual(ranked('王建华会见斯洛伐克总理菲佐、新加坡副总理兼贸工部长颜金勇等。').slice(-1), ['颜金勇:新加坡副总理兼贸工部长']);
    assert.deepEqual(ranked('王建华会见比利时看守政府首相德克罗。').slice(-1), ['德克罗:比利时看守政府首相']);
    assert.ok(!entities('掌声、欢呼声让小山村沸腾起来。').some((e) => e.startsWith('place')));
    // A foreign name the segmenter does not know, between 和 and the title written after it.
    assert.deepEqual(ranked('雅万高铁是王建华主席和佐科总统亲自关心推动的。'), ['王建华:主席', '佐科:总统']);
    // A foreign name glued to the 时 closing the clause (会见…主席|马特维延科时/x|，) ends before it; 延 is a transliteration's
    // character; a palace is no person (日内瓦|万国宫); an abbreviation before 和 stays in a ministry's name (通信/j|和|数字经济部).
    assert.deepEqual(ranked('在会见俄罗斯联邦委员会主席马特维延科时，王建华表示。马特维延科说，俄方愿合作。'), ['马特维延科:俄罗斯联邦委员会主席', '王建华:', '马特维延科:俄罗斯联邦委员会主席']);
    assert.ok(!entities('第六次世界议长大会在日内瓦万国宫举行。').some((e) => e.startsWith('person')));
    assert.deepEqual(ranked('王建华会见肯尼亚信息通信和数字经济部部长基塔乌。').slice(-1), ['基塔乌:肯尼亚信息通信和数字经济部部长']);
    // The labeller's name read on over a numeral's character alone, a verb after it (发言人|刘结/x|一/m|介绍), is the name.
    assert.deepEqual(ranked('大会新闻发言人刘结一介绍。刘结一表示，会议将开幕。'), ['刘结一:大会新闻发言人', '刘结一:大会新闻发言人']);
    // A royal title written after a name (诗丽吉|王太后/nr) is the name's title, no person of its own.
    assert.deepEqual(ranked('王建华对诗丽吉王太后逝世表示哀悼。'), ['王建华:', '诗丽吉:王太后']);
    // A function word glued to a surname before a title (依次|向习/x|主席) is no name, though a follower (主) comes after it.
    assert.ok(!ranked('各部队指挥员依次向习主席报告战备工作。').some((p) => p.startsWith('向习')));
    // One unknown word after a title, a comma and the next titled name after it (国家主席|通伦/x|，塞尔维亚总统…); not 之命, 一职.
    assert.deepEqual(ranked('印度尼西亚总统佐科，老挝国家主席通伦，塞尔维亚总统武契奇出席。'), ['佐科:印度尼西亚总统', '通伦:老挝国家主席', '武契奇:塞尔维亚总统']);
    assert.deepEqual(ranked('两国外交秘书奉本国总理之命，在这次会上进行了非正式会谈。'), []);
    // A town's ending alone takes the name the segmenter left before it (六堡/x|镇); a pronoun opens no title (该局|…所长).
    assert.deepEqual(ranked('梧州市苍梧县六堡镇山坪村党支部书记王建华说。'), ['王建华:梧州市苍梧县六堡镇山坪村党支部书记']);
    assert.deepEqual(ranked('该局五显镇派出所所长李明华一人资助了十名学生。').map((p) => p.split(':')[1]), ['五显镇派出所所长']);
    // 佐 is a transliteration's character (拉苏尔佐达, 佐科): the name after a title runs to the comma.
    assert.deepEqual(ranked('王建华会见塔吉克斯坦总理拉苏尔佐达，乌兹别克斯坦总理阿里波夫。').slice(1), ['拉苏尔佐达:塔吉克斯坦总理', '阿里波夫:乌兹别克斯坦总理']);
    // A short name's first character the segmenter cut off (全国|少/a|工委|常务副主任) stays in the title chain.
    assert.deepEqual(ranked('共青团中央书记处书记、全国少工委常务副主任王建华作工作报告。'), ['王建华:共青团中央书记处书记、全国少工委常务副主任']);
    // A name alone between a clause's opening mark and the act of chairing chaired (…等出席开幕会，辜胜阻主持开幕会); a hall the
    // segmenter tags as a name (陈列馆/nr) is none.
    assert.ok(entities('王建华、李明华等出席开幕会，辜胜阻主持开幕会。').includes('person:辜胜阻'));
    assert.ok(!entities('王建华还到“枫桥经验”陈列馆、枫桥司法所调研。').includes('person:陈列馆'));
    // A relative's word right before a name vouches for it, as a title would (何厚铧的父亲|何贤、).
    assert.ok(entities('其叔父崔德祺与何厚铧的父亲何贤、全国政协副主席马万祺齐名。').includes('person:何贤'));
    // A joiner that joins nothing (包信|和/c|先后发言) ends the name before it; one that joins a noun or a name does not, and
    // a joiner and a level after a title (人大代表|和市/x|、区) is no name.
    assert.deepEqual(ranked('会上，王光谦、包信和先后发言。').map((p) => p.split(':')[0]), ['王光谦', '包信和']);
    assert.deepEqual(ranked('王毅和夫人一起出席。李明和张芳分别发言。').map((p) => p.split(':')[0]), ['王毅', '李明', '张芳']);
    assert.deepEqual(ranked('座谈会上，人大代表和市、区、镇人大负责同志分别发言。'), []);
    // An unknown word after a title, closed by a word that follows names, is a name though it opens with 于 (于伟国|分别);
    // an ordinary word after a list's 、, then 和 and a title, opens the next person's title (…、|文化|和旅游部部长).
    assert.deepEqual(ranked('会议听取了华侨委主任委员于伟国分别作的报告。'), ['于伟国:华侨委主任委员']);
    assert.deepEqual(ranked('会议听取了代表工委主任郭振华、文化和旅游部部长孙业礼分别作的报告。'), ['郭振华:代表工委主任', '孙业礼:文化和旅游部部长']);
    // 及 between fields right after the 兼 that opens another title (副总理兼|商业|及|旅游部部长); a titled name the labeller
    // reads on (大臣|翁赛/x|维索/v|、) is its reading however unsure it is.
    assert.deepEqual(ranked('王建华会见泰国副总理兼商业及旅游部部长蓬赛维索等。').slice(-1), ['蓬赛维索:泰国副总理兼商业及旅游部部长']);
    assert.deepEqual(ranked('王建华会见柬埔寨副首相兼内阁办公厅大臣翁赛维索、越南副总理梅文政等。').slice(1), ['翁赛维索:柬埔寨副首相兼内阁办公厅大臣', '梅文政:越南副总理']);
    // After a title, a name's last character the segmenter glued into an unknown word with a follower (张本|强受/x|国务院).
    assert.deepEqual(ranked('会议听取了民政部副部长张本强受国务院委托作的报告。'), ['张本强:民政部副部长']);
    // A list with as many items as the count that closes it names a person in each, one the segmenter cuts up too
    // (户/q|思/n|社/n); where the count is not the items', nothing is forced.
    assert.deepEqual(ranked('会上，王建华、户思社、李明华等3位委员作大会发言。'), ['王建华:委员', '户思社:委员', '李明华:委员']);
    assert.deepEqual(ranked('会上，王建华、户思社等3位委员作大会发言。'), ['王建华:']);
    // A transliterated name before a word for a government (奥巴马/ns|政府, 布什|团队) is the leader it is named after; a
    // country there is no one.
    assert.deepEqual(ranked('学者认为，奥巴马政府显得比布什团队更为团结，美国政府也更务实。'), ['奥巴马:', '布什:']);
    // …a name the segmenter tags as a place, after a joiner it glued to a pronoun (我同/x|普京/ns) or as a verb's object.
    assert.deepEqual(ranked('王建华说，今年我同普京总统已两次交流。李明转达普京总统的问候。'), ['王建华:', '普京:总统', '李明:', '普京:总统']);
    // 老/小 and a surname the report names in full is that person (PD1998's 老黄, 小贺); not before a full name (老王磊).
    const familiar = entities('同村青年贺如兵举行婚礼。地震中小贺家新盖的平房倒了，小贺的父亲愁白了头。他写成“老贺如兵收”。');
    assert.deepEqual(familiar.filter((e) => e.startsWith('person')), ['person:贺如兵', 'person:小贺', 'person:小贺', 'person:贺如兵']);
    // Items that each open with the same verb (坚持A、坚持马克思主义) are acts, no list of doctrines: no person in it.
    assert.ok(!entities('坚持党的全面领导、坚持马克思主义、坚持中国特色社会主义。').some((e) => e.startsWith('person')));
    assert.deepEqual(entities('坚持马克思列宁主义、毛泽东思想、邓小平理论。').filter((e) => e.startsWith('person')), ['person:马克思', 'person:列宁', 'person:毛泽东', 'person:邓小平']);
    // A foreign name of two unknown words after a title, closed by the act that follows it (韩春/x|那洛/x|出席).
    assert.ok(entities('柬埔寨体育部大臣韩春那洛出席开幕式并致辞。').includes('person:韩春那洛'));
    // A name the labeller reads as a person at one mention is the person where it reads it with 时 as a place.
    const glued = entities('王建华在雅加达会见印尼总统普拉博沃。普拉博沃表示欢迎。会见普拉博沃时，王建华转达了问候。');
    assert.ok(!glued.some((e) => e.startsWith('place:普拉博沃')), JSON.stringify(glued));
    // A titled name closed off by punctuation, where the labeller reads only its surname (徐|大全/ad).
    assert.ok(entities('德国博世（中国）投资有限公司总裁徐大全，香港冯氏集团主席冯国经等先后发言。').includes('person:徐大全'));
    // A name before 乡 that makes a township some county has names the township, no person.
    const township = entities('他到巴州人民医院、阿瓦提乡考察。');
    assert.ok(township.includes('place:阿瓦提乡') && !township.some((e) => e.startsWith('person')), JSON.stringify(township));
    // A temple is no person, even where the labeller reads one there; an old pen name ending in 庵 is one.
    assert.ok(!entities('他考察了全国重点文物保护单位伏羲庙，了解文物保护情况。').some((e) => e.startsWith('person')));
    // A circuit court's post whole (巡回/v in the chain).
    assert.deepEqual(ranked('最高人民法院第二巡回法庭庭长王建华出席。'), ['王建华:最高人民法院第二巡回法庭庭长']);
    // A country joined by a hyphen to the one opening a friendship body's name stands in the post; a word saying who
    // stands with the person (伙同) opens none.
    assert.deepEqual(ranked('巴西-中国文化交流协会会长王建华出席。'), ['王建华:巴西-中国文化交流协会会长']);
    assert.deepEqual(ranked('他伙同公司副经理王建华作案。'), ['王建华:公司副经理']);
    // The appointment's 为 glued to a foreign name's last character (以…领袖盖博拉斯美为团长) leaves that character the name's.
    assert.deepEqual(ranked('会见了以党的领袖盖博拉斯美为团长的代表团。'), ['盖博拉斯美:领袖']);
    // A parliament's house glued to 兼 (兼下/x|议长) is the level of the next title of the same person.
    assert.deepEqual(ranked('会见国会主席兼下议长颂萨。'), ['颂萨:国会主席兼下议长']);
    // A foreign name after a title runs over words of transliteration characters of any tag up to the speaker's verb.
    assert.deepEqual(ranked('汤加首相图伊奥内托阿表示，双方合作成果丰硕。'), ['图伊奥内托阿:汤加首相']);
    // The ordinal of the undertaking a leading group is named for (第五次全国经济普查) stands in the post.
    assert.deepEqual(ranked('国务院第五次全国经济普查领导小组组长王建华出席。'), ['王建华:国务院第五次全国经济普查领导小组组长']);
    // A sultan is a title after his country, no second country; the list after his name ends at the next title.
    assert.deepEqual(ranked('文莱苏丹卡里姆、王储阿卜杜勒出席。'), ['卡里姆:文莱苏丹', '阿卜杜勒:王储']);
    assert.ok(!entities('王建华同文莱苏丹会谈\n王建华同文莱苏丹卡里姆举行会谈。').includes('place:苏丹'));
    assert.ok(!entities('文莱苏丹卡里姆出席。').includes('place:苏丹') && entities('苏丹总统卡里姆出席。').includes('place:苏丹'));
    // A foreign province the labeller reads in part as a name (阿姆|兰省), not before a title (…州长).
    assert.ok(entities('美军对也门阿姆兰省的一处基地发动空袭。').includes('place:阿姆兰省'));
    // A ship or a probe named after a person (“杜鲁门”号) is no person.
    assert.ok(!entities('胡塞武装对位于红海的美国“杜鲁门”号航母发动袭击。').some((e) => e.includes('杜鲁门')));
    // A brand is no person, nor a name read with its 牌 (李宁牌).
    assert.ok(!entities('球队身着李宁牌比赛服。李宁牌销售额通常列第四。').some((e) => e.includes('李宁牌')));
    // A country's side, written with the first character of a country the report names.
    assert.deepEqual(entities('王建华会见孟加拉国总理哈西娜。王建华表示，中国愿同孟方深化各领域务实合作。哈西娜表示，孟方钦佩中国伟大发展成就。').filter((e) => e.startsWith('person')), ['person:王建华', 'person:哈西娜', 'person:王建华', 'person:哈西娜']);
  });

  it('vouches for a Chinese name the rules read three times in a report where the labeller reads nothing else, not a two-character one nor one it reads as a place once', () => {
    const text = '老党员华水发退休了。华水发闻讯赶来。华水发常说，南昆很好。南昆铁路，南昆通车。';
    const tokens = tokenize(text, segmenter);
    const starts = (form: string) => [...text.matchAll(new RegExp(form, 'g'))].map((m) => m.index!);
    const rules = [...starts('华水发').map((start) => ({ type: 'person' as const, start, end: start + 3 })), ...starts('南昆').map((start) => ({ type: 'person' as const, start, end: start + 2 }))];
    const vouch = (spans: NerSpan[]) => {
      const verdicts: RuleVerdict[] = rules.map(() => 'falls: beyond margin');
      const spanAt = new Int32Array(text.length).fill(-1);
      spans.forEach((span, i) => spanAt.fill(i, span.start, span.end));
      const ruleNames = new Map([['华水发', starts('华水发')], ['南昆', starts('南昆')]]);
      vouchRepeatedNames(rules, verdicts, ruleNames, { spans, spanAt }, text, tokens);
      return verdicts;
    };
    assert.deepEqual(vouch([]), ['repeated in the report', 'repeated in the report', 'repeated in the report', 'falls: beyond margin', 'falls: beyond margin', 'falls: beyond margin']);
    const place: NerSpan = { type: 'LOC', start: starts('华水发')[1], end: starts('华水发')[1] + 3 };
    assert.ok(vouch([place]).every((verdict) => verdict === 'falls: beyond margin'));
  });

  it('copies no untitled name over a place read with the same bounds (库尔德人 once a person among places), nor where a body\'s name mostly holds it (丰田公司), but a titled one', () => {
    const text = '库尔德难民抵达。库尔德人移居德国。德国的库尔德人有五十万。';
    const at = [...text.matchAll(/库尔德/g)].map((m) => m.index!);
    const entity = (type: string) => (start: number, end: number) => ({ type, start, end, canonical: text.slice(start, end) });
    const read = makeNamesConsistent(text, [entity('place')(at[0], at[0] + 3), entity('person')(at[1], at[1] + 3), entity('place')(at[2], at[2] + 3)], entity('person'));
    assert.deepEqual(read.map((e) => e.type), ['place', 'person', 'place']);
    // A form the document mostly writes as the start of a body's name is that body's (丰田公司), not copied where nothing was read.
    const brandText = '丰田的竞争力很强。丰田公司在日本有很多代理商，丰田公司做到了无库存，丰田公司也在变。丰田人这样说。';
    const brandAt = [...brandText.matchAll(/丰田/g)].map((m) => m.index!);
    const make = (type: string) => (start: number, end: number) => ({ type, start, end, canonical: brandText.slice(start, end) });
    const bodies = brandAt.filter((start) => brandText.startsWith('丰田公司', start)).map((start) => make('organization')(start, start + 4));
    const brandRead = makeNamesConsistent(brandText, [make('person')(brandAt[0], brandAt[0] + 2), ...bodies], make('person'));
    assert.deepEqual(brandRead.map((e) => `${e.type}:${brandText.slice(e.start, e.end)}`), ['person:丰田', 'organization:丰田公司', 'organization:丰田公司', 'organization:丰田公司']);
    const titled = (start: number, end: number) => ({ ...entity('person')(start, end), role: '主席' });
    const read2 = makeNamesConsistent(text, [entity('place')(at[0], at[0] + 3), titled(at[1], at[1] + 3)], entity('person'));
    assert.deepEqual(read2.map((e) => e.type), ['person', 'person', 'person']);
  });

  it('reads the titles found missing after the labeller was trained (审计长, 少将 after the name)', () => {
    assert.ok(person('审计署审计长王建华作报告。', '王建华')?.role?.endsWith('审计长'));
    assert.equal(person('老战士李红军少将出席。', '李红军')?.role, '少将');
  });

  it('reads round BT\'s cases: a Japanese name before its title (野田佳彦首相), a venue after the place 在 opens with (在日内瓦|万国宫|会见), no place cut out of one ordinary word (历|史博物馆), a county\'s stem where the report names the county (田东县 … 了解田东), an industrial park\'s name (中白|工业园)', () => {
    assert.equal(entity('前不久胡锦涛主席、温家宝总理与野田佳彦首相在国际场合多次会晤。', 'person', '野田佳彦')?.role, '首相');
    const venue = '国家主席习近平在日内瓦万国宫会见联合国秘书长古特雷斯。';
    assert.ok(entity(venue, 'place', '万国宫'));
    assert.equal(entity(venue, 'person', '万国宫'), undefined);
    assert.deepEqual(analyzeText('张德江还参观伟大卫国战争历史博物馆，向胜利纪念碑献花圈。', segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text), []);
    const county = analyzeText('吴邦国在广西田东调研。他来到百色市田东县。田东是吴邦国的联系点。实地了解田东贯彻落实科学发展观的情况。', segmenter).entities;
    assert.deepEqual(county.filter((e) => e.text === '田东').map((e) => `${e.type}:${e.canonical}`), ['place:田东县', 'place:田东县']);
    assert.ok(entity('张德江考察中白工业园，详细询问园区建设情况。', 'place', '中白工业园'));
  });

  it('reads round BU\'s cases: an organ before 兼 shares the head after it (古巴国务委员会兼部长会议主席), a rank\'s ordinal before a head (第二书记), an adverb of turns closes a run of names (陈来|先后发言), a region of one-character places (汾|渭|平原)', () => {
    const cuba = '受古巴国务委员会兼部长会议主席劳尔·卡斯特罗委托，古共中央第二书记、国务委员会副主席马查多陪同出席。';
    assert.equal(entity(cuba, 'person', '劳尔·卡斯特罗')?.role, '古巴国务委员会兼部长会议主席');
    assert.equal(entity(cuba, 'person', '马查多')?.role, '古共中央第二书记、国务委员会副主席');
    assert.deepEqual(analyzeText('会上，王蒙、梁晓声、范迪安、林毅夫、杜鹰、陈来先后发言。', segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text), ['王蒙', '梁晓声', '范迪安', '林毅夫', '杜鹰', '陈来']);
    assert.ok(entity('对京津冀及周边地区、汾渭平原大气污染防治重点工作作出部署。', 'place', '汾渭平原'));
  });

  it('reads round BV\'s cases: a caption\'s title, a space and the speaker before a colon (全国人大代表 龚玲：), a name\'s third character glued to a follower (陈耀|先作了, 李成|钢作), or before a preposition (陈耀先/x|在)', () => {
    const caption = analyzeText('代表们表示振奋。全国人大代表 龚玲：国家对“三农”的支持力度不断加大。全国人大代表 常德传：落实好保障房建设。', segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(caption.map((e) => `${e.text}:${e.role}`), ['龚玲:全国人大代表', '常德传:全国人大代表']);
    assert.equal(entity('中国证监会副主席陈耀先作了『统一思想』的报告。', 'person', '陈耀先')?.role, '中国证监会副主席');
    assert.ok(entity('商务部部长助理李成钢作了说明。', 'person', '李成钢'));
    assert.ok(entity('中央纪委常委、新闻发言人赵洪祝在会上通报了情况。', 'person', '赵洪祝'));
  });

  it('reads round BW\'s cases: a name glued to its title\'s last character (黑龙江省/ns|长陆昊/x), a parliament\'s member as a title (国会议员), no person opened by the country paired with China (中/f|韩建交/nr), no person before 课堂 (孔子课堂)', () => {
    const governors = analyzeText('辽宁省长李希、黑龙江省长陆昊汇报了本省经济情况。', segmenter).entities;
    assert.deepEqual(governors.map((e) => `${e.type}:${e.text}:${e.role ?? ''}`), ['place:辽宁:', 'person:李希:辽宁省长', 'place:黑龙江:', 'person:陆昊:黑龙江省长']);
    assert.equal(entity('美国参议员麦凯恩表示支持。', 'person', '麦凯恩')?.role, '美国参议员');
    assert.deepEqual(analyzeText('双方为中韩建交以来两国关系发展作出贡献。', segmenter).entities.filter((e) => e.type === 'person'), []);
    assert.equal(entity('出席卢克索大学孔子课堂揭牌仪式。', 'person', '孔子'), undefined);
  });

  it('reads round BX\'s cases: no person in a list of phrases alike, a verb\'s character and its object (管钱、管权、管事; 利当前、惠长远), names of one surname in a list still people', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('管钱、管权、管事，根本上还是靠体制机制。'), []);
    assert.deepEqual(people('要推出更多利当前、惠长远的措施。'), []);
    assert.deepEqual(people('王明、王刚、王强出席。王建国、李国强也出席了。'), ['王明', '王刚', '王强', '王建国', '李国强']);
  });

  it('reads round BY\'s cases: a title\'s list opened by a name of no surname (全国政协委员学诚、李光富等), the post a person is elected to (陈竺当选主席, 当选连任总统)', () => {
    const members = analyzeText('全国政协委员学诚、李光富等在座谈会上发言。', segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(members.map((e) => `${e.text}:${e.role}`), ['学诚:全国政协委员', '李光富:全国政协委员']);
    assert.equal(entity('大会选举产生了新一届中央常务委员会，陈竺当选主席。', 'person', '陈竺')?.role, '主席');
    assert.equal(entity('习近平再次祝贺卢卡申科当选连任总统。', 'person', '卢卡申科')?.role, '总统');
  });

  it('reads round CA\'s cases: a name whose first character the segmenter read into a place with its title\'s last (外|长沙|伦赛: 沙伦赛, 老挝外长; no 长沙), villages listed after one read as a site (新坪村、民湾村、当家村、淤泥河村)', () => {
    const minister = analyzeText('国家副主席王岐山在中南海会见老挝外长沙伦赛。', segmenter).entities;
    assert.equal(minister.find((e) => e.text === '沙伦赛')?.role, '老挝外长');
    assert.equal(minister.some((e) => e.text === '长沙'), false);
    const villages = analyzeText('他来到三门峡市新坪村、民湾村、当家村、淤泥河村，了解群众生产生活情况。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(villages.map((e) => e.text), ['三门峡市', '新坪村', '民湾村', '当家村', '淤泥河村']);
  });

  it('reads round CB\'s cases: a foreign name cut into two names back to back under a foreign title (蒙古国总统乌日勒|苏赫), one name wherever the report writes it; a meeting to hold well is no happening', () => {
    const president = analyzeText('蒙古国总统乌日勒苏赫表示欢迎。会见乌日勒苏赫总统时，他说。', segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(president.map((e) => `${e.text}:${e.role}`), ['乌日勒苏赫:蒙古国总统', '乌日勒苏赫:总统']);
    const aims = analyzeText('3日，中方愿同蒙方共同举办好第三届中蒙博览会。', segmenter, { fileName: '20190703.txt' }).events;
    assert.deepEqual(aims.map((e) => e.label), []);
  });

  it('reads round CC\'s cases: the terms a post was held in, listed (第九届、十届全国人大代表; 全国政协第九届、十届委员), in the title', () => {
    assert.equal(entity('第十一届、十二届全国人大代表王明出席。', 'person', '王明')?.role, '第十一届、十二届全国人大代表');
    assert.equal(entity('全国政协第九届、十届委员王明出席。', 'person', '王明')?.role, '全国政协第九届、十届委员');
  });

  it('reads round CD\'s cases: an organ\'s name of two fields joined by 和, one of them a verb of organ names (文史和学习委员会主任)', () => {
    assert.equal(entity('全国政协文史和学习委员会主任王明出席。', 'person', '王明')?.role, '全国政协文史和学习委员会主任');
  });

  it('reads round CE\'s cases: a Mongolian name of 额 and 道 under a foreign title, one name; a titled name before a list of places is a person; a removal\'s verb with 了; an Italian region (大区)', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(people('国家主席王明会见蒙古国总统额勒贝格道尔吉。额勒贝格道尔吉表示欢迎。'), ['王明:国家主席', '额勒贝格道尔吉:蒙古国总统', '额勒贝格道尔吉:蒙古国总统']);
    assert.deepEqual(people('5日至8日，中共中央政治局常委、中央纪委书记贺国强到广西柳州、桂林、南宁等地调研。'), ['贺国强:中共中央政治局常委、中央纪委书记']);
    assert.deepEqual(people('会议经表决，免去了李华的全国人大常委会预算工作委员会副主任职务。'), ['李华:全国人大常委会预算工作委员会副主任']);
    assert.equal(analyzeText('他会见了意大利伦巴第大区政府代表团。', segmenter).entities.some((e) => e.type === 'person'), false);
  });

  it('reads round CF\'s cases: places and a temple the labeller reads as one body (河南洛阳白马寺), a field joined to a head glued to its organ (经济和能源部长), a given name the segmenter read as a count (徐一天常委)', () => {
    const places = analyzeText('法会在河南洛阳白马寺举行，各地信众参加法会。', segmenter).entities.filter((e) => e.type === 'place' || e.type === 'organization');
    assert.deepEqual(places.map((e) => `${e.type}:${e.text}`), ['place:河南', 'place:洛阳', 'place:白马寺']);
    assert.equal(entity('王明会见德国副总理兼经济和能源部长加布里尔。', 'person', '加布里尔')?.role, '德国副总理兼经济和能源部长');
    assert.equal(entity('要加快农村土地确权工作；刘一天常委建议，要加强人才培养。', 'person', '刘一天')?.role, '常委');
  });

  it('reads round CG\'s cases: a township of the city before it whose first character the segmenter cut off (宜昌市|太/d|平溪镇), a township\'s village after 的 (太平溪镇的许家冲村)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('宜昌市太平溪镇是个移民大镇。'), ['宜昌市', '太平溪镇']);
    assert.deepEqual(places('他来到江山县石门镇的许家冲村。'), ['江山县', '石门镇', '许家冲村']);
  });

  it('reads round CH\'s cases: a city and a head whose last character the segmenter left alone (芝加哥市|长|伊曼纽尔), a dotted name\'s short form after a reading cut short (德梅克·梅孔嫩 … 德梅克说)', () => {
    const mayor = analyzeText('旧金山市长李孟贤表示欢迎。离开时，洛杉矶市长维拉莱戈萨等到机场送行。', segmenter).entities.filter((e) => e.type === 'person' || e.type === 'place');
    assert.deepEqual(mayor.map((e) => `${e.text}:${e.role ?? ''}`).slice(-2), ['洛杉矶:', '维拉莱戈萨:洛杉矶市长']);
    const envoy = analyzeText('王明会见由政府副总理德梅克·梅孔嫩率领的代表团。德梅克说，两国关系很好。', segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(envoy.map((e) => e.canonical), ['王明', '德梅克·梅孔嫩', '德梅克·梅孔嫩']);
  });

  it('reads a name in brackets after an organisation\'s full name as its short name, not a person', () => {
    const text = '东帝汶独立革命阵线（弗雷蒂林）当天发表声明。';
    assert.deepEqual(people(text), []);
  });
});
