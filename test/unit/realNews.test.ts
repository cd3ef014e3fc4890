/** Real-news cases (issue 9), on snippets written for these tests: titles, boundaries, consistency, places. */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const { segmenter } = loadSegmenter();
const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person');
const texts = (text: string, type: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === type).map((e) => e.text);

describe('real news: people and titles', () => {
  it('reads a chain of the most senior titles, which is no organisation', () => {
    const text = '中共中央政治局常委、全国人大常委会委员长赵乐际今天在京出席座谈会。';
    const [person] = people(text);
    assert.equal(person?.canonical, '赵乐际');
    assert.equal(person?.role, '中共中央政治局常委、全国人大常委会委员长');
    assert.ok(!texts(text, 'organization').includes('中共中央政治局常委'));
  });

  it('ends a title before 与 and the other side\'s country, reads an acting rank, and leaves a mutual verb and a set phrase out of names', () => {
    const roles = (text: string) => people(text).map((p) => `${p.text}:${p.role ?? ''}`);
    assert.deepEqual(roles('李明在北京颐和园与越南总理范明正共同出席活动。'), ['李明:', '范明正:越南总理']);
    assert.deepEqual(roles('会见了众议院代议长萨米尔。'), ['萨米尔:众议院代议长']);
    assert.deepEqual(roles('国务院总理李明今天与老挝总理宋赛互致贺电。'), ['李明:国务院总理', '宋赛:老挝总理']);
    assert.deepEqual(roles('邀请了各界群众代表齐聚一堂，共庆新春。'), []);
    // A body's name in a list of bodies, and a word before a noun ending as an institution does, are no one's.
    assert.deepEqual(roles('各单位纪检组(纪委)、监察局、机关纪委要加强监督。'), []);
    assert.deepEqual(roles('他还来到圣公会将军澳安老服务中心，看望长者。'), []);
    // A word the newspaper never writes as a name (祝贺/nr) opens none after a title.
    assert.deepEqual(roles('与会各国领导人祝贺新中国成立75周年。'), []);
    // A known official the segmenter cut into words, after a list's 和, leaves the joiner the run of names read into it.
    assert.deepEqual(people('王沪宁、杨晶和令计划、周小川出席。').map((p) => p.text), ['王沪宁', '杨晶', '令计划', '周小川']);
  });

  it('reads a compound surname the segmenter took for a word of its own before an unknown given name (欧阳/ns|昌琼/x)', () => {
    const [person] = people('座谈会上，欧阳昌琼委员就推动绿色交通发展提出建议。');
    assert.equal(person?.text, '欧阳昌琼');
    assert.equal(person?.role, '委员');
  });

  it('keeps a name whole where the segmenter glues its last character to the next word', () => {
    assert.deepEqual(people('国务院总理李克强强调，要做好秋粮收购。').map((p) => p.text), ['李克强']);
    assert.deepEqual(people('总理李鹏今天下午会见了来宾。').map((p) => p.text), ['李鹏']);
  });

  it('cuts back-to-back bylines into two reporters', () => {
    assert.deepEqual(people('新华社记者贾永黄秋生报道：').map((p) => p.text), ['贾永', '黄秋生']);
  });

  it('reads a rare dictionary word closed off after a title as a name when its characters are a given name\'s', () => {
    assert.deepEqual(people('县委常委、政法委书记张罗，县长助理孙明华出席。').map((p) => [p.text, p.role]),
      [['张罗', '县委常委、政法委书记'], ['孙明华', '县长助理']]);
    assert.deepEqual(people('县委书记强调，要抓好春耕。').map((p) => p.text), []);
  });

  it('reads a name the labeller joins to a preposition before a title after it (同|苏林|总书记), not a surname that is one (于洪洋的家)', () => {
    assert.deepEqual(people('王强总书记同苏林总书记就推进合作作出擘画。').map((p) => [p.text, p.role]), [['王强', '总书记'], ['苏林', '总书记']]);
  });

  it('reads a name the segmenter glued to the next word after a title (韩|正在)', () => {
    const [person] = people('国家副主席韩正在上海会见了代表团。');
    assert.equal(person?.text, '韩正');
    assert.equal(person?.role, '国家副主席');
  });

  it('gives a list the title before it, across 还有 and up to the closing verb', () => {
    const found = people('参加活动的党外人士还有孙明华、周文斌和钱丽华等。');
    assert.deepEqual(found.map((p) => [p.text, p.role]), ['孙明华', '周文斌', '钱丽华'].map((name) => [name, '党外人士']));
    const leaders = people('党和国家领导人张建国、刘文华、陈立东出席。');
    assert.deepEqual(leaders.map((p) => [p.text, p.role]), ['张建国', '刘文华', '陈立东'].map((name) => [name, '党和国家领导人']));
    assert.deepEqual(people('王建国、孙立民、赵克志参加。').map((p) => p.text), ['王建国', '孙立民', '赵克志']);
    // A national leader the project knows opens the list though no surname of the table opens the name (回良玉/nz).
    const deputies = people('国务院副总理回良玉、张德江、王岐山，国务委员刘延东出席会议。');
    assert.deepEqual(deputies.map((p) => [p.text, p.role]), [['回良玉', '国务院副总理'], ['张德江', '国务院副总理'], ['王岐山', '国务院副总理'], ['刘延东', '国务委员']]);
  });

  it('keeps a dotted name apart from its own part when a relation word joins them (总督夫人): the part is the relative', () => {
    const found = people('总理会见新西兰总督韦斯特。韦斯特表示欢迎。韦斯特总督夫人安娜·韦斯特参加会见。');
    assert.deepEqual(found.map((p) => [p.text, p.canonical]), [['韦斯特', '韦斯特'], ['韦斯特', '韦斯特'], ['韦斯特', '韦斯特'], ['安娜·韦斯特', '安娜·韦斯特']]);
    assert.deepEqual(people('会见时，安娜·韦斯特表示欢迎。韦斯特说').map((p) => p.canonical), ['安娜·韦斯特', '安娜·韦斯特']);
  });

  it('a foreign name the segmenter glued to 同 before a title is the name (同博尔内/x|总理); 同习/x|主席 is 同 and a surname addressed, no one', () => {
    assert.deepEqual(people('欢迎仪式后，总理在总理府同博尔内总理举行会谈。博尔内表示欢迎。').map((p) => [p.text, p.role]), [['博尔内', '总理'], ['博尔内', '总理']]);
    assert.ok(!people('普京总统说，期待再次访华并同习主席会晤。').some((p) => p.text === '同习'));
  });

  it('a foreign name the segmenter does not know, of two characters, after a title and before a talk is the talk\'s other side (主席|通伦/x|举行会谈); a wife\'s foreign name after 夫人 is a person; a title the segmenter\'s verb cut starts with the country the labeller reads (同意/d|大利|参议长)', () => {
    const text = '习近平同老挝人民革命党中央总书记、国家主席通伦举行会谈。会谈前，习近平和夫人彭丽媛为通伦和夫人娜丽举行欢迎仪式。赵乐际同意大利参议长拉鲁萨举行会谈。';
    const found = people(text).map((p) => [p.text, p.role]);
    assert.deepEqual(found.filter(([name]) => name !== '习近平' && name !== '彭丽媛'), [['通伦', '老挝人民革命党中央总书记、国家主席'], ['通伦', '老挝人民革命党中央总书记、国家主席'], ['娜丽', undefined], ['赵乐际', undefined], ['拉鲁萨', '意大利参议长']]);
  });

  it('a function word that is a transliteration character, alone before a foreign name the segmenter knows, opens it (执行官|比/p|克斯/nrt); 和 before 叶利钦 does not', () => {
    assert.deepEqual(people('在会见首席执行官比克斯时，张高丽说').map((p) => [p.text, p.role]), [['比克斯', '首席执行官'], ['张高丽', undefined]]);
    assert.deepEqual(people('主席和叶利钦会谈。').map((p) => p.text), ['叶利钦']);
  });

  it('a dotted name\'s part that holds another office is another person (别尔德穆哈梅多夫总统 beside 副总理谢·别尔德穆哈梅多夫)', () => {
    const found = people('韩正同土库曼斯坦副总理谢·别尔德穆哈梅多夫举行会谈。几天前，习近平主席同别尔德穆哈梅多夫总统通话。');
    assert.deepEqual(found.filter((p) => p.text.endsWith('别尔德穆哈梅多夫')).map((p) => [p.text, p.canonical]), [['谢·别尔德穆哈梅多夫', '谢·别尔德穆哈梅多夫'], ['别尔德穆哈梅多夫', '别尔德穆哈梅多夫']]);
  });

  it('an Australian state\'s governor (州督) is a title, and the state (南澳州) one place', () => {
    const text = '南澳州州督孙芳安、州长马思诺陪同考察。';
    assert.deepEqual(people(text).map((p) => [p.text, p.role]), [['孙芳安', '南澳州州督'], ['马思诺', '州长']]);
    assert.deepEqual(texts(text, 'place'), ['南澳州']);
  });

  it('a task group\'s name may hold a word the segmenter does not know, or open with its task\'s verb before a place; its members listed after 成员 hold that title', () => {
    assert.deepEqual(people('国务院总理、中央应对新冠肺炎疫情工作领导小组组长张明主持召开会议。').map((p) => p.role), ['国务院总理、中央应对新冠肺炎疫情工作领导小组组长']);
    assert.deepEqual(people('国务院副总理、推动长三角一体化发展领导小组组长李华主持召开会议。').map((p) => p.role), ['国务院副总理、推动长三角一体化发展领导小组组长']);
    assert.deepEqual(people('领导小组成员王建国、孙立民参加会议。').map((p) => [p.text, p.role]), [['王建国', '领导小组成员'], ['孙立民', '领导小组成员']]);
    assert.deepEqual(people('为统一战线广大成员施展才能创造条件。'), []);
  });

  it('董事长 written after a name is its title; a name before 水电站 names the station, no one', () => {
    assert.deepEqual(people('主席会见蔡衍明董事长率领的媒体参访团。').map((p) => [p.text, p.role]), [['蔡衍明', '董事长']]);
    assert.deepEqual(people('两国元首共同出席科卡科多－辛克雷水电站竣工仪式。辛克雷水电站运行良好。'), []);
  });

  it('代表 alone before a name with its own title after it is the verb, not a title (，代表习近平总书记，); 学生代表 stays one', () => {
    assert.deepEqual(people('他代表党中央、国务院，代表李建国总书记，向大家致以问候。').map((p) => [p.text, p.role]), [['李建国', '总书记']]);
    assert.deepEqual(people('学生代表王明发言。').map((p) => [p.text, p.role]), [['王明', '学生代表']]);
  });

  it('an appointee whose last character the segmenter glued to the frame\'s 为 is found with the post (任命苗生|明为/v|…)', () => {
    assert.deepEqual(people('会议任命苗生明为最高人民检察院副检察长。').map((p) => [p.text, p.role]), [['苗生明', '最高人民检察院副检察长']]);
    assert.deepEqual(people('国家建材局局长张人为指出，产业要升级。').map((p) => p.text), ['张人为']);
  });

  it('a list right after 决定 and 为 + the post closing its clause: each name holds the post; a resignation from a post and others (等职务) gives the post', () => {
    const roles = (text: string) => people(text).map((p) => [p.text, p.role]);
    assert.deepEqual(roles('会议决定王建国、孙立民、李华为大会副秘书长。'), ['王建国', '孙立民', '李华'].map((name) => [name, '大会副秘书长']));
    assert.deepEqual(roles('会议接受张明、李华辞去全国人大常委会委员等职务的请求。'), ['张明', '李华'].map((name) => [name, '全国人大常委会委员']));
  });

  it('the leader of a delegation met (会见…率领的) and a foreign name after an attribute\'s 的 before a title are people', () => {
    assert.deepEqual(people('赵乐际会见傅昆其率领的民意代表参访团一行。').map((p) => p.text), ['赵乐际', '傅昆其']);
    assert.deepEqual(people('中方领导人同正在访华的苏林总书记举行会谈。').map((p) => [p.text, p.role]), [['苏林', '总书记']]);
  });

  it('a foreign name of parts joined by hyphens is one person, and a Spanish name\'s third part alone is its short form', () => {
    const found = analyzeText('国家主席王强欢迎哥伦比亚共和国总统胡安－卡洛斯－佩雷斯－卡尔德龙访华。随同佩雷斯总统来访的有外交部长。', segmenter).entities.filter((e) => e.type === 'person');
    assert.deepEqual(found.map((p) => [p.text, p.canonical]), [['王强', '王强'], ['胡安－卡洛斯－佩雷斯－卡尔德龙', '胡安－卡洛斯－佩雷斯－卡尔德龙'], ['佩雷斯', '胡安－卡洛斯－佩雷斯－卡尔德龙']]);
    assert.deepEqual(people('红十字国际委员会主席彼得-莫雷尔致辞。').map((p) => [p.text, p.role]), [['彼得-莫雷尔', '红十字国际委员会主席']]);
  });

  it('titles: two countries\' short forms the segmenter cut apart open an organ\'s name; 护士长 and 指挥官 are heads; a Japanese surname before a given name', () => {
    assert.deepEqual(people('会见了日中协会会长、自民党众议员山本一郎。').map((p) => p.role), ['日中协会会长、自民党众议员']);
    assert.deepEqual(people('解放军第261医院精神病科总护士长蔡红霞发言。').map((p) => [p.text, p.role]), [['蔡红霞', '解放军第261医院精神病科总护士长']]);
    assert.deepEqual(people('打死武装人员反坦克战线指挥官贾希。').map((p) => [p.text, p.role]), [['贾希', '武装人员反坦克战线指挥官']]);
    assert.deepEqual(people('亚洲开发银行行长神田太郎出席。').map((p) => [p.text, p.role]), [['神田太郎', '亚洲开发银行行长']]);
    assert.deepEqual(people('韩国执政党国民团结党党首金东明今天表示。').map((p) => [p.text, p.role]), [['金东明', '韩国执政党国民团结党党首']]);
    // A name before a garden's or a park's word names it (杜乐丽花园).
    assert.deepEqual(people('从杜乐丽花园带来的火种抵达体育场。'), []);
  });

  it('a name inside the name of a prize or a medal is no person (南丁格尔奖章, as PD1998 writes 茅盾文学奖), nor one before 电气 (a company)', () => {
    assert.deepEqual(people('第44届南丁格尔奖章颁奖大会在京举行。'), []);
    assert.deepEqual(people('施耐德电气公司负责人表示。'), []);
  });

  it('a list\'s last name after its 和 is a person where the one before it is; not an ordinary word there, nor a name that goes on', () => {
    assert.deepEqual(people('丁薛祥、黄坤明、蔡奇和苗华观看演出。').map((p) => p.text), ['丁薛祥', '黄坤明', '蔡奇', '苗华']);
    assert.deepEqual(people('窦连东和战友在交界处执行任务。').map((p) => p.text), ['窦连东']);
  });

  it('no Chinese name ends inside a foreign name the segmenter read whole (马哈茂|德/nrt is no 马哈茂)', () => {
    const found = people('习近平为巴勒斯坦总统马哈茂德-阿巴斯举行欢迎仪式。').map((p) => p.text);
    assert.ok(!found.includes('马哈茂') && found.some((name) => name.startsWith('马哈茂德')), JSON.stringify(found));
  });

  it('gives a title to every name of its list, a dotted name among them', () => {
    const found = people('全国政协副主席张建国、刘文华、扎西·多吉、陈立东出席闭幕会。');
    assert.deepEqual(found.map((p) => [p.text, p.role]), ['张建国', '刘文华', '扎西·多吉', '陈立东'].map((name) => [name, '全国政协副主席']));
  });

  it('reads the name of a credit line after its role and colon, at the text\'s end too, whatever its characters', () => {
    assert.deepEqual(people('会议在北京召开。\n视频编辑：杜卓 文字编辑：程冲\n').map((p) => [p.text, p.role]), [['杜卓', '视频编辑'], ['程冲', '文字编辑']]);
    assert.deepEqual(people('会议在北京召开。\n责任编辑：程冲').map((p) => [p.text, p.role]), [['程冲', '责任编辑']]);
  });

  it('reads a byline after a dateline as the reporter\'s role, without the dateline\'s 讯 or 电', () => {
    assert.deepEqual(people('本报上海３月５日讯记者王立新、孙海燕报道：').map((p) => [p.text, p.role]), [['王立新', '记者'], ['孙海燕', '记者']]);
    assert.deepEqual(people('新华社开罗６月２日电记者陈国平报道：').map((p) => [p.text, p.role]), [['陈国平', '记者']]);
    // A reporter's name the segmenter reads as a place or a plain word, closed off by punctuation.
    assert.deepEqual(people('据新华社开罗６月２日电（记者江陵、周明远）').map((p) => [p.text, p.role]), [['江陵', '记者'], ['周明远', '记者']]);
    // Two reporters with nothing between them, ending the line.
    assert.deepEqual(people('本报记者李明华赵文\n１月９日，').map((p) => [p.text, p.role]), [['李明华', '本报记者'], ['赵文', '本报记者']]);
  });

  it('reads occupations as the roles of people who are not officials', () => {
    const found = people('著名歌唱家周小红和电影表演艺术家孙立新登台演出。');
    assert.deepEqual(found.map((p) => [p.text, p.role, p.official]), [['周小红', '歌唱家', false], ['孙立新', '电影表演艺术家', false]]);
    // A surname and a form of address after a role is the surname alone.
    assert.deepEqual(people('来自北京的书法家杨先生即兴题词。').map((p) => p.text), ['杨']);
  });

  it('keeps an organ\'s short name inside a chain whatever its tag, and a title after a name the labeller found', () => {
    const [chair] = people('中共中央政治局委员、书记处书记、中央文明委主任王建华主持会议。');
    assert.equal(chair?.role, '中共中央政治局委员、书记处书记、中央文明委主任');
    const later = people('报告回顾了朱德委员长的革命生涯。');
    assert.deepEqual(later.map((p) => [p.text, p.role]), [['朱德', '委员长']]);
  });

  it('reads foreign names after a title, without a function word glued before them', () => {
    assert.deepEqual(people('在两国元首和普京总统的引领下').map((p) => p.text), ['普京']);
    assert.deepEqual(people('俄罗斯总理米舒斯京抵达北京。').map((p) => p.text), ['米舒斯京']);
    assert.deepEqual(people('乌克兰总统泽连斯基表示欢迎。').map((p) => p.text), ['泽连斯基']);
  });

  it('gives a person with no title the post said to be held right after the name (现在担任…，)', () => {
    assert.deepEqual(people('刘司令长子刘建军现在担任空军指挥学院副院长，他说起往事。').filter((p) => p.text === '刘建军').map((p) => p.role), ['空军指挥学院副院长']);
    assert.deepEqual(people('李华担任翻译工作。').map((p) => p.role), [undefined]);
  });

  it('keeps a ruler\'s regnal number in the name, not a century', () => {
    assert.deepEqual(people('英国国王查尔斯三世致贺信。查尔斯三世国王表示祝贺。').map((p) => p.text), ['查尔斯三世', '查尔斯三世']);
    assert.deepEqual(people('英国国王查尔斯十九世纪的建筑').map((p) => p.text), ['查尔斯']);
    // Where the labeller, not a title before it, finds the name.
    assert.deepEqual(people('斯塔默转达查尔斯三世国王对王强主席的问候。').map((p) => p.text), ['斯塔默', '查尔斯三世', '王强']);
  });

  it('keeps a designate\'s 候任 and a legislature\'s 立法 inside the title chain', () => {
    assert.deepEqual(people('王强会见了亚洲发展论坛候任主席卡里姆。').filter((p) => p.text === '卡里姆').map((p) => p.role), ['亚洲发展论坛候任主席']);
    assert.deepEqual(people('王强会见了萨尔瓦多立法大会主席卡里姆。').filter((p) => p.text === '卡里姆').map((p) => p.role), ['萨尔瓦多立法大会主席']);
    // A village's name the gazetteer does not know stands in the chain too; 下乡 does not.
    assert.deepEqual(people('全国人大代表、江口市新桥镇德胜村党总支书记王明汇报了村里的变化。').map((p) => p.role), ['全国人大代表、江口市新桥镇德胜村党总支书记']);
  });

  it('keeps 任 in a three-character name before a speech word (李宏任建议), not before a post (王建|任|副市长); verbs of organ names stay in the chain', () => {
    assert.deepEqual(people('经济运行协调局局长李宏任建议，加快建设。').map((p) => [p.text, p.role]), [['李宏任', '经济运行协调局局长']]);
    assert.deepEqual(people('局长王建任副市长。').map((p) => p.text), ['王建']);
    // A follower no rarer in given names than elsewhere, in the segmenter's unknown word before a speech word.
    assert.deepEqual(people('领导小组副组长赵洪祝出席会议。').map((p) => p.text), ['赵洪祝']);
  });

  it('ends a name before a word the segmenter tags a proper noun whose first character is rare in given names (孙淦|汇报), not before one common in them (刘焕华|以)', () => {
    assert.deepEqual(people('提案委员会主任孙淦汇报了情况。').map((p) => p.text), ['孙淦']);
    assert.deepEqual(people('中国选手刘焕华以总成绩夺得冠军。').map((p) => p.text), ['刘焕华']);
  });

  it('reads no name in a list of short acts (稳基础、促转型、…、惠民生), and still reads names listed after a 、 (黄克立、黄景强)', () => {
    assert.deepEqual(people('会议要求，要稳基础、促转型、调结构、惠民生、防风险，保持平稳。'), []);
    assert.deepEqual(people('委员有黄守正、黄克立、黄景强、梁天培、梁尚立。').map((p) => p.text), ['黄守正', '黄克立', '黄景强', '梁天培', '梁尚立']);
  });

  it('keeps a given name\'s last 一 the segmenter glued to the verb after it (贺定|一作|了发言), not the 一 of 一行 or 一同; a task group\'s name holds a quoted numeral word (推进“一带一路”建设工作领导小组)', () => {
    assert.deepEqual(people('妇联总会会长贺定一作了发言。').map((p) => p.text), ['贺定一']);
    assert.deepEqual(people('会长李华一同前往。').map((p) => p.text), ['李华']);
    assert.deepEqual(people('国务院副总理、推进“一带一路”建设工作领导小组组长王强主持会议。').map((p) => p.role), ['国务院副总理、推进“一带一路”建设工作领导小组组长']);
  });

  it('a body\'s name opening with one adjective at a clause\'s start (新同盟会会长); a title chain stops at 经 (via) and 东道主 (host)', () => {
    assert.deepEqual(people('新同盟会会长王明表示，愿意合作。').map((p) => p.role), ['新同盟会会长']);
    assert.deepEqual(people('市长将会旗经国际奥委会主席王强交给下一届奥运会东道主洛杉矶市长卡伦·巴斯。').filter((p) => p.text !== '').map((p) => [p.text, p.role]),
      [['王强', '国际奥委会主席'], ['卡伦·巴斯', '洛杉矶市长']]);
  });

  it('an award\'s 得主 and a field\'s 学家 the segmenter cut off are roles before a foreign name (创意设计|学家), 学家 alone none (未来/t|学家)', () => {
    const roles = people('座谈会上有著名经济学家、诺贝尔和平奖得主约翰·史密斯、创意设计学家彼得·琼斯、著名未来学家马克·布朗等。').map((p) => [p.text, p.role]);
    assert.deepEqual(roles, [['约翰·史密斯', '经济学家、诺贝尔和平奖得主'], ['彼得·琼斯', '创意设计学家'], ['马克·布朗', undefined]]);
  });

  it('an intergovernmental body\'s name stands whole in a title chain (中|俄政府|间|合作委员会: the country cut off, the locative 间)', () => {
    assert.deepEqual(people('俄罗斯副总理、中俄政府间合作委员会俄方主席王明出席。').map((p) => p.role), ['俄罗斯副总理、中俄政府间合作委员会俄方主席']);
  });

  it('a list approved by a vote takes the post after 为 (表决通过了…为大会副秘书长); a session\'s ordinal stands in the title after its term\'s (十二届|一次|会议)', () => {
    assert.deepEqual(people('会议表决通过了王强、李明为大会副秘书长。').map((p) => [p.text, p.role]), [['王强', '大会副秘书长'], ['李明', '大会副秘书长']]);
    assert.deepEqual(people('全国政协十二届一次会议主席团会议主持人王强参加审议。').map((p) => p.role), ['全国政协十二届一次会议主席团会议主持人']);
    // Also after the organ the term's ordinal opens (十三届|全国人大|二次|会议).
    assert.deepEqual(people('十三届全国人大二次会议主席团常务主席王强主持会议。').map((p) => p.role), ['十三届全国人大二次会议主席团常务主席']);
  });

  it('an item of a titled list that is an ordinary word the rest of a ministry\'s name follows opens the next person\'s title (克里尼、|经济|发展部副部长瓦里), not a name the list\'s verb follows (、强卫|在主席台)', () => {
    assert.deepEqual(people('法国环境部长杜邦、经济发展部副部长马丁和前总理贝尔出席。').map((p) => [p.text, p.role]), [['杜邦', '法国环境部长'], ['马丁', '经济发展部副部长'], ['贝尔', '前总理']]);
    assert.deepEqual(people('大会执行主席王明、李华、强卫在主席台就座。').map((p) => p.text), ['王明', '李华', '强卫']);
  });

  it('a province and a prefecture\'s short form it holds, which a county shares (江西省|吉安: 吉安市, not 吉安县), are places, no body', () => {
    const places = analyzeText('省委书记王明来到江西省吉安、景德镇等地调研。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((p) => [p.text, p.canonical]), [['江西省', '江西省'], ['吉安', '吉安市'], ['景德镇', '景德镇市']]);
    assert.deepEqual(texts('省委书记王明来到江西省吉安、景德镇等地调研。', 'organization'), []);
    // A county's short form after its province stays the county (西藏|定日).
    assert.equal(analyzeText('会议研究部署西藏定日抗震救灾工作。', segmenter).entities.find((e) => e.text === '定日')?.canonical, '定日县');
  });

  it('a city the labeller reads on into a venue\'s name is the city and the venue (南宁|吴圩国际机场), not where the rules read the venue (北京|人民大会堂)', () => {
    const places = analyzeText('代表团乘包机抵达南宁吴圩国际机场，受到热烈欢迎。会议在北京人民大会堂举行。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((p) => [p.text, p.parent ?? '']), [['南宁', '广西壮族自治区'], ['吴圩国际机场', '南宁市'], ['北京', ''], ['人民大会堂', '北京市']]);
  });

  it('a transliterated name after its title takes one lone character before the speaker\'s verb (部长哈内格|比/p|表示), and one of its rest no transliteration\'s where the labeller reads it whole (拉夫连|季耶夫); a report quoting it (援引) stands in no title', () => {
    assert.deepEqual(people('对此，以色列地区合作部部长哈内格比表示，以色列无法容忍。').map((p) => [p.text, p.role]), [['哈内格比', '以色列地区合作部部长']]);
    assert.deepEqual(people('俄罗斯媒体援引俄罗斯总统叙利亚问题特使拉夫连季耶夫的话报道说。').map((p) => [p.text, p.role]), [['拉夫连季耶夫', '俄罗斯总统叙利亚问题特使']]);
  });

  it('a name before a verb of resigning takes the post it leaves, the verb glued to it or to its last character (何杲|辞任/x|…职务, 卢家|培辞任/x); one appointed in the passive takes its post (被任命为)', () => {
    const found = people('会后公司董事局宣布已接受何杲辞任行政总裁职务，以及卢家培辞任商务总裁职务。邓健荣被任命为行政总裁。').map((p) => [p.text, p.role]);
    assert.deepEqual(found, [['何杲', '行政总裁'], ['卢家培', '商务总裁'], ['邓健荣', '行政总裁']]);
  });

  it('a headline\'s side named by title alone, with subtitles after it, is the one foreign name the body gives no title (…同葡萄牙总理举行会谈时强调 … 科斯塔表示)', () => {
    const text = '王强同葡萄牙总理举行会谈时强调 发挥互补优势 释放合作潜力 打造中葡合作升级版\n欢迎仪式后，两国总理举行会谈。王强表示，中葡关系平稳发展。科斯塔表示，葡方愿同中方加强合作。';
    assert.deepEqual(people(text).filter((p) => p.text === '科斯塔').map((p) => p.role), ['葡萄牙总理']);
  });

  it('a county named without its ending after its province stays a place before the disaster named after it (云南|鲁甸|地震), not before a body it opens (卫辉|市委)', () => {
    assert.deepEqual(texts('他就云南鲁甸地震向对方表示感谢。', 'place'), ['云南', '鲁甸']);
    assert.deepEqual(texts('甘肃舟曲泥石流灾害发生后，救援迅速展开。', 'place'), ['甘肃', '舟曲']);
  });

  it('a county the report names in full is that county where it writes the name without its ending alone (吉首市 … 在吉首主持), not where the stem opens a longer name (吉首大学)', () => {
    const places = analyzeText('总理来到湖南省湘西土家族苗族自治州古丈县、吉首市考察。26日下午，总理在吉首主持召开座谈会。他还去了吉首大学。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.slice(-2).map((p) => [p.text, p.canonical, p.parent]), [['吉首市', '吉首市', '湘西土家族苗族自治州'], ['吉首', '吉首市', '湘西土家族苗族自治州']]);
  });

  it('the head of a household or a household in poverty is a role a name follows, a function word\'s surname too (户主向德靠说, 贫困户张大山); a reporter\'s question is no part of it (记者问|户主)', () => {
    assert.deepEqual(people('户主向德靠说，现在种粮有直补。').map((p) => [p.text, p.role]), [['向德靠', '户主']]);
    assert.deepEqual(people('他来到贫困户张大山家中，察看生活情况。').map((p) => [p.text, p.role]), [['张大山', '贫困户']]);
    assert.deepEqual(people('“要过年了？”记者问户主张宝军。').map((p) => [p.text, p.role]), [['张宝军', '户主']]);
  });

  it('a surname and 家 right after a verb of visiting is the family\'s home, no person (走进|杨家|低矮的小木屋)', () => {
    assert.deepEqual(people('走进杨家低矮破旧的小木屋，总理详细询问了他家的情况。').map((p) => p.text), []);
  });

  it('a body named for what it protects stands in a title (领事|保护/v|中心主任); an unknown word after a country ending as its provinces do is one (泰国|清莱府/x)', () => {
    assert.deepEqual(people('外交部领事司副司长兼领事保护中心主任王明表示，工作组将全力协助调查。').map((p) => p.role), ['外交部领事司副司长兼领事保护中心主任']);
    const places = analyzeText('工作组16号在泰国清莱府与泰方会谈。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((p) => [p.text, p.parent ?? '']), [['泰国', ''], ['清莱府', '泰国']]);
  });

  it('a county named without its ending right after a city of the same province is that county (三亚|琼海: 琼海市 of 海南省)', () => {
    const places = analyzeText('总理在三亚琼海考察。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((p) => [p.text, p.canonical]), [['三亚', '三亚市'], ['琼海', '琼海市']]);
  });

  it('a name that the 时 of its 在…时 clause follows ends before it, whatever its characters (在会见意大利总理孔特时，; 容克/nr|时/n; 特雷莎·梅时)', () => {
    assert.deepEqual(people('在会见意大利总理孔特时，两国总理表示愿加强合作。').map((p) => p.text), ['孔特']);
    assert.deepEqual(people('在会见欧盟委员会主席容克时，总理指出，中方赞同完善规则。').map((p) => p.text), ['容克']);
    assert.deepEqual(people('在会见英国首相特雷莎·梅时，总理表示，中英达成共识。').map((p) => [p.text, p.role]), [['特雷莎·梅', '英国首相']]);
  });

  it('a dotted name the labeller reads whole from a titled name\'s start stands over a follower\'s character inside its first part (居民阿布|都/d|克热木·司马义)', () => {
    assert.deepEqual(people('他走进柯尔克孜族居民阿布都克热木·司马义家看望。').map((p) => [p.text, p.role]), [['阿布都克热木·司马义', '柯尔克孜族居民']]);
  });

  it('after an official\'s title: an unknown word of two characters its own act follows (总理|通伦/x|主持会议), a dotted name of any characters closed off by punctuation (主席|炳·廷素拉暖|。); no reading opened by a word never a name (祝贺/nr|李|总理)', () => {
    assert.deepEqual(people('东盟十国领导人共同出席。老挝总理通伦主持会议。').map((p) => [p.text, p.role]), [['通伦', '老挝总理']]);
    assert.deepEqual(people('总理当天还会见了泰国枢密院主席炳·廷素拉暖。').map((p) => [p.text, p.role]), [['炳·廷素拉暖', '泰国枢密院主席']]);
    assert.deepEqual(people('诗琳通祝贺李总理访泰取得圆满成功。').filter((p) => p.role === '总理').map((p) => p.text), ['李']);
    // Not the noun after a surname's form of address (江主席|这篇/x|讲话/n), nor a name run on over a follower (法西诺|会以).
    assert.deepEqual(people('“一个中国”原则是江主席这篇讲话的精髓。').map((p) => p.text), ['江']);
    assert.deepEqual(people('意大利外交部国务秘书皮埃罗·法西诺会以“德国最好”回应。').map((p) => p.text), ['皮埃罗·法西诺']);
  });

  it('a dotted name and a name right after it are one name (米·恩赫|包勒德), its part then one wherever the report writes it (恩赫|包勒德说); a foreign name tagged as a place opens a clause before its title (。普京/ns|总统)', () => {
    const found = people('刘云山会见由党主席、国家大呼拉尔副主席米·恩赫包勒德率领的代表团。会谈中，恩赫包勒德说，很高兴访华。');
    assert.deepEqual(found.filter((p) => p.text !== '刘云山').map((p) => [p.text, p.canonical]), [['米·恩赫包勒德', '米·恩赫包勒德'], ['恩赫包勒德', '米·恩赫包勒德']]);
    assert.deepEqual(people('两国关系处于历史最好时期。普京总统不久前出席了论坛。').map((p) => [p.text, p.role]), [['普京', '总统']]);
  });

  it('a landmark where state ceremonies are held is a place (人民英雄纪念碑)', () => {
    assert.deepEqual(texts('当天下午，来宾前往天安门广场，向人民英雄纪念碑敬献花圈。', 'place'), ['天安门广场', '人民英雄纪念碑']);
  });

  it('a couple\'s word after a name is no part of it, whole or with its first character glued to the name (外长敦夫妇, 部长伊提蓬夫|妇)', () => {
    assert.deepEqual(people('副总理兼外长敦夫妇、文化部部长伊提蓬夫妇等到机场迎接。').map((p) => [p.text, p.role]), [['敦', '副总理兼外长'], ['伊提蓬', '文化部部长']]);
  });

  it('常委 after a name before 在 is the name\'s title (黄卫常委在联合发言中建议)', () => {
    assert.deepEqual(people('王志刚和黄卫常委在联合发言中建议，推进改革。').map((p) => [p.text, p.role]), [['王志刚', undefined], ['黄卫', '常委']]);
  });

  it('reads no name inside a longer title word (主席团|常务主席)', () => {
    assert.deepEqual(people('大会主席团常务主席王志军主持会议。').map((p) => [p.text, p.role]), [['王志军', '大会主席团常务主席']]);
  });

  it('reads no surname in a function word before a title (向总书记汇报, 和市长)', () => {
    assert.deepEqual(people('大家向总书记汇报工作，又和市长交流。').map((p) => p.text), []);
  });

  it('reads bare names of known national leaders (data/known-officials.json), before a verb joined to its object', () => {
    assert.deepEqual(people('王东峰出席会议。').map((p) => p.text), ['王东峰']);
    assert.deepEqual(people('刘振立主持会议，吴政隆、王小洪出席会议。').map((p) => p.text), ['刘振立', '吴政隆', '王小洪']);
  });

  it('takes a country before a title for a place, not a person', () => {
    assert.deepEqual(people('驻沙特大使出席。沙特大使表示欢迎。').map((p) => p.text), []);
    const text = '格林纳达总理托马斯会见记者。';
    assert.deepEqual(people(text).map((p) => p.text), ['托马斯']);
    assert.ok(texts(text, 'place').includes('格林纳达'));
  });
});

describe('real news: one reading of a name per document', () => {
  it('finds a headline name once the body gives it, with the body title', () => {
    const found = people('李克强主持会议\n国务院总理李克强强调，要做好秋粮收购。');
    assert.deepEqual(found.map((p) => p.text), ['李克强', '李克强']);
    assert.equal(found[0].role, '国务院总理');
  });

  it('keeps a full name and its given name where both stand alone (邓小平, 小平同志)', () => {
    const found = people('邓小平同志说，要发展。小平同志又说，要改革。');
    assert.deepEqual(found.map((p) => p.text), ['邓小平', '小平']);
  });

  it('never cuts one name shorter in one place than in another', () => {
    const found = people('外交部长王毅同林芳正会谈。日本外相林芳正表示，愿意合作。林芳正说，要加强交流。');
    assert.deepEqual([...new Set(found.map((p) => p.canonical))].sort(), ['林芳正', '王毅'].sort());
  });

  it('reads a place the report names whole elsewhere whole at a mention cut at its start (大|陈二村), even where the cut was read as a person', () => {
    const text = '习近平来到大陈镇大陈二村考察。他走进村里。\n大陈二村的幸福生活，源于市场。随后，习近平离开大陈二村。';
    assert.deepEqual(texts(text, 'place'), ['大陈镇', '大陈二村', '大陈二村', '大陈二村']);
    assert.deepEqual(people(text).map((p) => p.text), ['习近平', '习近平']);
  });

  it('reads a name ending as a village\'s that the report says was visited as the village at every mention, and its name without the ending too (首站来到|李祖村, “大李祖”)', () => {
    const text = '李祖村就是其中之一。2017年，李祖村搭上“美丽乡村精品线”的列车。习近平首站来到李祖村。如今的李祖村联合周边村庄组建了“大李祖”共富片区。';
    assert.deepEqual(people(text).map((p) => p.text), ['习近平']);
    assert.deepEqual(texts(text, 'place'), ['李祖村', '李祖村', '李祖村', '李祖村', '李祖']);
  });

  it('leaves a shorter place that also stands alone (京 in 北京, 京津) and a whole place running past a cut (邱北|县城)', () => {
    assert.deepEqual(texts('他从北京出发，沿京津公路前往天津。', 'place').filter((p) => p.includes('京')), ['北京']);
  });
});

describe('real news: places', () => {
  it('knows every country and the major world regions', () => {
    assert.deepEqual(texts('圣卢西亚和巴巴多斯都是加勒比地区国家。', 'place'), ['圣卢西亚', '巴巴多斯', '加勒比地区']);
  });

  it('reads a language named after a place as no place (哈萨克语版)', () => {
    assert.deepEqual(texts('纪录片（哈萨克语版）在哈萨克斯坦开播，西班牙语版随后播出。', 'place'), ['哈萨克斯坦']);
  });

  it('reads a country\'s side (同德方) as no place, and ends a name before 乘', () => {
    assert.deepEqual(texts('中方愿同德方坦诚交流。', 'place'), []);
    assert.deepEqual(people('国务院总理王强乘包机离开北京。').map((p) => p.text), ['王强']);
  });
});

describe('real news: Traditional Chinese', () => {
  it('gives titles in the report\'s own characters, also after a name and in a chain', () => {
    const found = people('中共中央總書記、國家主席習近平在北京會見來賓。習近平主席強調，要加強合作。');
    assert.deepEqual(found.map((p) => [p.text, p.role]), [['習近平', '中共中央總書記、國家主席'], ['習近平', '主席']]);
  });
});

describe('real news: places and what is not one', () => {
  it('short forms of autonomous prefectures, county-level cities and older names', () => {
    const found = analyzeText('他先后到过湘西、伊犁、克孜勒苏、内蒙和满洲里，也读过北平的旧事。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(found.map((e) => [e.text, e.canonical]), [
      ['湘西', '湘西土家族苗族自治州'], ['伊犁', '伊犁哈萨克自治州'], ['克孜勒苏', '克孜勒苏柯尔克孜自治州'], ['内蒙', '内蒙古自治区'], ['满洲里', '满洲里市'], ['北平', '北京市'],
    ]);
  });

  it('an autonomous prefecture\'s short form with its 州 (湘西州, 凉山州), and the usual ones of Xinjiang\'s (巴州, 克州)', () => {
    const found = analyzeText('了解到湘西州近年来变化很大，凉山州、克州也是这样，巴州的棉花丰收了。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(found.map((e) => [e.text, e.canonical]), [
      ['湘西州', '湘西土家族苗族自治州'], ['凉山州', '凉山彝族自治州'], ['克州', '克孜勒苏柯尔克孜自治州'], ['巴州', '巴音郭楞蒙古自治州'],
    ]);
  });

  it('a village of one character and its ending right after its county, a word the segmenter does not know (安吉县|余村/x); not 全村', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('他来到湖州市安吉县余村，察看生态保护情况。'), ['湖州市', '安吉县', '余村']);
    assert.deepEqual(places('安吉县全村都通了路。'), ['安吉县']);
  });

  it('the next item of a list after a village that ends as it does is a village, whatever words its name was cut into; not an ordinary word', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('省长来到郴州市资兴市州门司镇燕窝村、杨公塘村，察看灾情。'), ['郴州市', '资兴市', '州门司镇', '燕窝村', '杨公塘村']);
    assert.ok(!people('省长来到郴州市资兴市州门司镇燕窝村、杨公塘村，察看灾情。').some((p) => p.text === '杨公'));
    assert.deepEqual(places('他来到资兴市州门司镇燕窝村、农村，察看灾情。'), ['资兴市', '州门司镇', '燕窝村']);
  });

  it('counties listed by their stems after a place of their province, the last one before a word of its area (密山|边境); a generic phrase is none', () => {
    const places = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text);
    assert.deepEqual(places('他在黑龙江先后来到黑河、抚远、虎林、密山边境一线考察。'), ['黑龙江', '黑河', '抚远', '虎林', '密山']);
    assert.deepEqual(places('以军在加沙地带的行动仍在继续。'), ['加沙地带']);
    assert.deepEqual(places('要保护好江河湖海的生态。'), []);
    assert.deepEqual(places('开展美丽河湖保护行动，推进河湖生态保护。'), []);
    // Sites of one ending listed after one read (二道河农场、创业/n|农场、七星农场) are places too, whatever word names them.
    assert.deepEqual(places('省长来到东风农场、创业农场、七星农场，看望职工。'), ['东风农场', '创业农场', '七星农场']);
    // A park after its city, and a venue after its province and city read as an organisation, are the places and the site.
    assert.deepEqual(places('他在杭州西湖公园与外宾散步。'), ['杭州', '西湖公园']);
    assert.deepEqual(places('开幕式在湖南长沙国际会展中心举行。'), ['湖南', '长沙']);
    // A site its city's name opens, in the list of places a verb of visiting opens, is a place visited too.
    assert.ok(places('省长来到某县移民新村、西宁市城北社区、青海盐湖工业股份有限公司，看望职工。').includes('城北社区'));
    // A name and a title after it that together name a city (努尔|苏丹: Nur-Sultan) are the city, no one.
    assert.deepEqual(places('委员长在努尔苏丹会见哈萨克斯坦总统。'), ['努尔苏丹', '哈萨克斯坦']);
    // A river's epithet (长江|母亲河) is no place of its own.
    assert.deepEqual(places('要加强生态修复，用实际行动守护好黄河母亲河，让母亲河永葆生机。'), ['黄河']);
    assert.deepEqual(places('他走进天桥社区，了解情况。'), ['天桥社区']);
    // 紫坪/x|铺/v|水库: a site visited, its name a word the segmenter does not know and a character it cut off.
    assert.deepEqual(places('李强察看紫坪铺水库库区。'), ['紫坪铺水库']);
    // 深入|甲谷村/x: a village's name and ending in one word the segmenter does not know.
    assert.deepEqual(places('赵乐际深入甲谷村慰问贫困户。'), ['甲谷村']);
    // A land named by its ending (科尔沁|沙地) is a place, though 科 is a surname; a name before 峰会 names the summit.
    assert.deepEqual(places('科尔沁沙地正重现草原风光。'), ['科尔沁沙地']);
    assert.deepEqual(people('2019两岸企业家紫金山峰会在南京举行。').map((p) => p.text), []);
    // 遵义、|毕节/n|、贵阳: a division listed beside a place the labeller reads is one, and so is its every other mention.
    assert.deepEqual(places('他先后到遵义、毕节、贵阳等地调研，并专程来到毕节。'), ['遵义', '毕节', '贵阳', '毕节']);
    // 同马/x|特维延科/x: a joiner and a foreign name the labeller reads as one place are no place; the name is the person's.
    assert.deepEqual(places('俄罗斯联邦委员会主席马特维延科出席。赵乐际在莫斯科同马特维延科、沃洛金分别举行会谈。'), ['莫斯科']);
    // 上海/ns|市要/x: the level the segmenter glued to the next word is the division's.
    assert.deepEqual(places('会议指出，上海市要加快建设，湖北省要主动对接。'), ['上海市', '湖北省']);
  });

  it('the place before 岛内 the segmenter split (台湾岛|内) is the place, no island; an organ of today\'s language stands whole (博鳌亚洲论坛)', () => {
    const found = (text: string, type: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === type).map((e) => e.text);
    assert.deepEqual(found('无论台湾岛内形势如何变化，两岸同胞都要团结。', 'place'), ['台湾']);
    const text = '博鳌亚洲论坛2012年年会在海南开幕。嘉宾身在博鳌，感受很深。';
    assert.deepEqual(found(text, 'organization'), ['博鳌亚洲论坛']);
    assert.ok(!found(text, 'place').includes('博鳌亚洲'), JSON.stringify(found(text, 'place')));
  });

  it('a country, its city and a building written together are the country and the city, each a place', () => {
    assert.deepEqual(texts('代表团抵达南非约翰内斯堡国际机场。', 'place'), ['南非', '约翰内斯堡']);
  });

  it('an autonomous county written by its name without its peoples and with its level is that county (积石山县, 大通县)', () => {
    const found = analyzeText('他来到积石山县刘集乡，又到大通县。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(found.map((e) => [e.text, e.canonical]), [['积石山县', '积石山保安族东乡族撒拉族自治县'], ['刘集乡', '刘集乡'], ['大通县', '大通回族土族自治县']]);
  });

  it('a city that names the summit after it is no person (上海合作组织比什凯克峰会)', () => {
    assert.deepEqual(people('双方要筹备好今年上海合作组织比什凯克峰会。'), []);
  });

  it('a village after its township opens with a character the segmenter tags as a numeral that counts nothing (贾洛镇|日/m|阿洛村)', () => {
    assert.deepEqual(texts('他来到阿坝县贾洛镇日阿洛村，走进牧民家中。', 'place'), ['阿坝县', '贾洛镇', '日阿洛村']);
  });

  it('a place whose first character the segmenter glued to a joiner is the whole place (同意|大利: 意大利); pieces of two ordinary words are none (舞|台中|央)', () => {
    assert.deepEqual(texts('总理同意大利总理会谈。', 'place'), ['意大利']);
    assert.deepEqual(texts('火炬手来到舞台中央，点燃主火炬。', 'place'), []);
  });

  it('a county the labeller never saw stays whole where the labeller reads only its start (临夏州|积石山县, not 积石山)', () => {
    assert.deepEqual(texts('甘肃临夏州积石山县发生地震以来，多国领导人致电慰问。', 'place'), ['甘肃', '临夏州', '积石山县']);
  });

  it('a province and its city the segmenter glued into one proper noun (福建厦门/nz) are two places, the city under the province', () => {
    const places = analyzeText('两岸融合发展专题推进会13日在福建厦门召开。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((p) => [p.text, p.parent ?? '']).filter(([text]) => text.includes('福建') || text.includes('厦门')), [['福建', ''], ['厦门', '福建省']]);
  });

  it('a county whose first character the segmenter glued to its prefecture (商洛山|阳县) is the prefecture and the county', () => {
    assert.deepEqual(texts('他来到陕西商洛山阳县。', 'place'), ['陕西', '商洛', '山阳县']);
  });

  it('a county made a district or a county-level city since (双流县, now 双流区; 昆山县, now 昆山市) is a county of its prefecture, with its townships', () => {
    const places = analyzeText('习近平来到四川省成都市双流县三星镇南新村考察。昆山县和密云县也派人参加。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((p) => [p.text, p.kind, p.parent ?? '']), [
      ['四川省', '省', ''], ['成都市', '地级市', '四川省'], ['双流县', '县', '成都市'], ['三星镇', '地点', '双流县'], ['南新村', '地点', '三星镇'],
      ['昆山县', '县', '苏州市'], ['密云县', '县', '北京市'],
    ]);
  });

  it('a village the rules read whole with unknown places before it, which the labeller reads as those places, is those places (潘家埠|石洞源村)', () => {
    assert.deepEqual(texts('陶铸出生于祁阳县潘家埠石洞源村的一个贫苦知识分子家庭。', 'place'), ['祁阳县', '潘家埠', '石洞源村']);
  });

  it('a township and a village after a county, however the segmenter cut them, are two levels down, not one site (双流县|三星镇|南新村); a community named after no one is no person', () => {
    assert.deepEqual(texts('他来到双流县三星镇南新村，看望村民。', 'place'), ['双流县', '三星镇', '南新村']);
    assert.deepEqual(texts('他来到两江新区观音桥街道，了解情况。', 'place'), ['两江新区', '观音桥街道']);
    assert.deepEqual(people('他来到禹龙社区和居民家中。'), []);
  });

  it('a family\'s head named before its 一家 is a person, however the segmenter cut the name (黄家/n|光/n); 成为一家 and 一家企业 name no one', () => {
    assert.deepEqual(texts('随后，汪洋等看望慰问了归侨九兄妹黄家光一家。', 'person'), ['汪洋', '黄家光']);
    assert.deepEqual(texts('两岸同胞成为一家。他开了一家企业。', 'person'), []);
  });

  it('a committee of 精神文明 (an idiom to the segmenter) stands whole in a title chain (中央精神文明建设指导委员会主任)', () => {
    assert.equal(people('中共中央政治局常委、中央精神文明建设指导委员会主任李长春主持会议并讲话。')[0]?.role, '中共中央政治局常委、中央精神文明建设指导委员会主任');
  });

  it('a lone surname with a title is the one person of that surname the report gives the title (胡主席: 胡锦涛主席, not 胡志明)', () => {
    const found = people('阮富仲感谢胡锦涛主席问候并请转达他对胡主席的问候。习近平瞻仰了胡志明陵，参观了胡志明故居。');
    assert.equal(found.find((p) => p.text === '胡')?.canonical, '胡锦涛');
  });

  it('a titled list\'s last name with a surname the table lacks, closed by a follower, takes the title (…、张工、巨/nr|晓/nr|林/ng|作了发言); a company\'s brand the segmenter cut into short words before its bracketed place is part of its name (、乐/a|普/ad|（北京）…有限公司: no person 乐普)', () => {
    assert.equal(people('全国总工会副主席李玉赋、张工、巨晓林作了发言。').find((p) => p.text === '巨晓林')?.role, '全国总工会副主席');
    const found = analyzeText('齐鲁制药集团、乐普（北京）医疗器械股份有限公司负责人发言。', segmenter).entities;
    assert.deepEqual(found.filter((e) => e.type === 'person'), []);
    assert.ok(found.some((e) => e.type === 'organization' && e.text === '乐普（北京）医疗器械股份有限公司'));
  });

  it('no person in a list of phrases (制度性、管长远、见实效的…; 实现高标准、惠民生、可持续目标), but names in a list whose items the segmenter reads as words (黄/a|守/v|正/d、黄克立、黄景强); a foreign name\'s last character left as a word of its own is the name\'s (阿基莫|夫/n|等)', () => {
    assert.deepEqual(texts('尽快推出一批制度性、管长远、见实效的清费举措。', 'person'), []);
    assert.deepEqual(texts('提出要实现高标准、惠民生、可持续目标，中方愿同奥方一道。', 'person'), []);
    assert.deepEqual(texts('委员有：郭炳湘、唐翔千、黄守正、黄克立、黄景强、梁天培。', 'person').filter((name) => name.startsWith('黄')), ['黄守正', '黄克立', '黄景强']);
    assert.ok(texts('以及副总理科扎克、戈利科娃、阿基莫夫等的工作汇报。', 'person').includes('阿基莫夫'));
  });

  it('a foreign name after a title whose first piece the segmenter knows as a name\'s and the rest not (总统|萨尔/nr|基相/x|。) is whole; a stray space before a titled list\'s 、 keeps the list going (陈晓光 、马培华)', () => {
    assert.deepEqual(texts('张高丽6日在埃里温会见亚美尼亚总统萨尔基相。萨尔基相请张高丽转达问候。', 'person'), ['张高丽', '萨尔基相', '萨尔基相', '张高丽']);
    const listed = people('全国政协副主席齐续春、陈晓光 、马培华、刘晓峰出席预备会议。');
    assert.deepEqual(listed.map((p) => [p.text, p.role]), [['齐续春', '全国政协副主席'], ['陈晓光', '全国政协副主席'], ['马培华', '全国政协副主席'], ['刘晓峰', '全国政协副主席']]);
  });

  it('a credit line\'s name after its role and colon at the text\'s end is whole, where the labeller cuts it short (文字编辑：张冀文)', () => {
    const text = '习近平出席智利中国商会午餐会并发表演讲。智利政府高级官员参加会见。视频编辑：石光辉 文字编辑：张冀文';
    assert.deepEqual(texts(text, 'person').filter((name) => name.startsWith('张')), ['张冀文']);
  });

  it('a known official in a list of names is an item whatever the segmenter\'s word for it (致电连战/v、吴伯雄)', () => {
    assert.deepEqual(texts('习近平致电连战、吴伯雄，祝贺两岸关系取得新进展。', 'person'), ['习近平', '连战', '吴伯雄']);
  });

  it('和 ends a name a list\'s 等 follows (…、吴东、郎景和等专家); a Japanese given name may end in a follower\'s character where the segmenter reads the name whole (池田大作/ns); the name a removal\'s verb opens is the one removed, however little of it the labeller reads (免去陈/进行)', () => {
    assert.deepEqual(texts('座谈会上，张抒扬、吴沛新、邱贵兴、朱兰、吴东、郎景和等专家发了言。', 'person'), ['张抒扬', '吴沛新', '邱贵兴', '朱兰', '吴东', '郎景和']);
    assert.deepEqual(texts('他转达了创价学会名誉会长池田大作对李克强副总理的问候。', 'person'), ['池田大作', '李克强']);
    assert.deepEqual(texts('政府领导原则上不参加部门会议。', 'person'), []);
    const removed = people('会议审议通过关于免去陈进行政协第十三届全国委员会社会和法制委员会副主任职务的决定。');
    assert.deepEqual(removed.map((p) => [p.text, p.role]), [['陈进行', '政协第十三届全国委员会社会和法制委员会副主任']]);
  });

  it('a Japanese full name is known later by its family name alone (鸠山由纪夫 … 鸠山说), not by a family name inside a word (集中村民)', () => {
    const found = people('俞正声会见日本前首相鸠山由纪夫。鸠山说，日中关系面临严峻局面。会议集中村民意见。');
    assert.deepEqual(found.map((p) => [p.text, p.canonical]), [['俞正声', '俞正声'], ['鸠山由纪夫', '鸠山由纪夫'], ['鸠山', '鸠山由纪夫']]);
    assert.deepEqual(analyzeText('俞正声会见日本前首相鸠山由纪夫。鸠山说，日中关系面临严峻局面。', segmenter).entities.filter((e) => e.type === 'place').map((e) => e.text), ['日本']);
  });

  it('the one person a meeting\'s act names is a person on a weaker given-name score (会见了萧万长等), not a word holding the clause\'s 时 (会见宋迪时，)', () => {
    assert.deepEqual(texts('论坛期间，王洋会见了萧万长等台湾嘉宾。', 'person'), ['王洋', '萧万长']);
    assert.deepEqual(texts('韩正会见宋迪时，对水电站溃坝表示慰问。', 'person').filter((name) => name.startsWith('宋')), []);
  });

  it('a foreign name after an official\'s title that punctuation closes may hold one character no transliteration uses (总统|培/v|尼亚/ns|，), not an ordinary word', () => {
    assert.deepEqual(people('李克强会见墨西哥总统培尼亚，双方就合作交换意见。').map((p) => [p.text, p.role]), [['李克强', undefined], ['培尼亚', '墨西哥总统']]);
    assert.deepEqual(texts('墨西哥总统表示，双方合作前景广阔。', 'person'), []);
    // Five characters, two of them no transliteration's (恩, 包); not past a name the segmenter knows (阿塔夫|访英).
    assert.deepEqual(people('张德江会见了蒙古国家大呼拉尔主席恩赫包勒德。').map((p) => p.text), ['张德江', '恩赫包勒德']);
    assert.deepEqual(texts('英方将邀请阿外长阿塔夫访英，阿塔夫已接受邀请。', 'person'), ['阿塔夫', '阿塔夫']);
  });

  it('an editor\'s name after the credit\'s colon is the person credited whatever its first character (文字编辑：见红蕊)', () => {
    assert.deepEqual(texts('会议在京举行。(视频编辑：林楠 文字编辑：见红蕊)', 'person'), ['林楠', '见红蕊']);
    assert.deepEqual(texts('会议在京举行。(来源：新华社)', 'person'), []);
  });

  it('a dotted name written with a bullet is read as with the middle dot, and named as written (司马义•铁力瓦尔地)', () => {
    const found = people('会议由吴邦国主持，李建国、司马义•铁力瓦尔地、蒋树声出席。');
    assert.deepEqual(found.map((p) => [p.text, p.canonical]), [['吴邦国', '吴邦国'], ['李建国', '李建国'], ['司马义•铁力瓦尔地', '司马义•铁力瓦尔地'], ['蒋树声', '蒋树声']]);
  });

  it('a part of a dotted name the report names whole is that person where the labeller reads nothing there (阿布都·热依木江 … 热依木江说)', () => {
    const found = people('阿布都·热依木江出席会议。热依木江说，新疆发展很快。');
    assert.deepEqual(found.map((p) => [p.text, p.canonical]), [['阿布都·热依木江', '阿布都·热依木江'], ['热依木江', '阿布都·热依木江']]);
  });

  it('after a title whose chain names Japan, a Japanese name whose family name no table holds is read to its closing (日本外相|前原诚司|表示)', () => {
    assert.deepEqual(people('日本外相前原诚司表示，愿加强合作。').map((p) => [p.text, p.role]), [['前原诚司', '日本外相']]);
    assert.deepEqual(texts('日本经团联会长御手洗富士夫率团访华。', 'person'), ['御手洗富士夫']);
    assert.deepEqual(texts('日本首相表示，愿加强合作。', 'person'), []);
  });

  it('knows China\'s major lakes, rivers and mountains (洱海, 嘉陵江, 秦岭)', () => {
    assert.deepEqual(texts('他重点考察洱海保护治理情况，又到秦岭北麓和嘉陵江畔考察。', 'place'), ['洱海', '秦岭', '嘉陵江']);
  });

  it('a company whose first word the labeller reads as a person is one company (贝泰妮|生物科技有限公司)', () => {
    const text = '在昆明市，韩正来到贝泰妮生物科技有限公司，了解企业发展情况。';
    assert.deepEqual(texts(text, 'person'), ['韩正']);
    assert.deepEqual(texts(text, 'organization'), ['贝泰妮生物科技有限公司']);
  });

  it('a sentence of names only before 陪同调研 names people who came along, though the segmenter cuts a name into words (尤/d|权/n)', () => {
    assert.deepEqual(texts('汪洋在新疆调研。陈全国、尤权陪同调研。', 'person'), ['汪洋', '陈全国', '尤权']);
    assert.deepEqual(texts('汪洋在新疆调研。有关部门负责同志陪同调研。', 'person'), ['汪洋']);
  });

  it('a prefecture\'s short form before a village opens it (毕节|坪箐村), not before a games\' village or a street; 返青 is no return to Qinghai', () => {
    assert.deepEqual(texts('在毕节坪箐村的岩脚大坡上，一场讲习正在进行。', 'place'), ['毕节', '坪箐村']);
    assert.deepEqual(texts('他来到杭州亚运村。', 'place'), ['杭州亚运村']);
    assert.deepEqual(texts('实施冬小麦返青拔节弱苗施肥补助。', 'place'), []);
    // A village named again and again is that village, not a person (花 a surname): repetition vouches for no name there.
    const village = '来自贵州遵义花茂村的书记潘克刚说，两年前总书记曾去过花茂村。消息传到花茂村，大家很惊喜。';
    assert.deepEqual(texts(village, 'person'), ['潘克刚']);
    assert.deepEqual(texts(village, 'place').filter((p) => p === '花茂村').length, 3);
  });

  it('a law known by a field\'s word and 法 is no person wherever it stands (现行国家安全法为基础, 森林法修正案)', () => {
    assert.deepEqual(texts('与会人员认为，反间谍法草案以现行国家安全法为基础。会议还审议了森林法修正案。', 'person'), []);
  });

  it('增选 appoints as 增补 does, and a list item never ends inside an ordinary word (…、居港|辛/亥革命先辈)', () => {
    const elected = people('全会增选刘海同志为中央纪委副书记，吴文清同志为中央纪委常务委员会委员。');
    assert.deepEqual(elected.map((p) => [p.text, p.role]), [['刘海', '中央纪委副书记'], ['吴文清', '中央纪委常务委员会委员']]);
    assert.deepEqual(texts('新党主席郁慕明、居港辛亥革命先辈后裔等嘉宾出席纪念大会。', 'person'), ['郁慕明']);
  });

  it('a foreign city written with the level of a city after it (伊斯坦布尔/ns|市/n) is one place, the city', () => {
    const places = analyzeText('就12月10日土耳其伊斯坦布尔市发生爆炸造成重大人员伤亡致以慰问。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((p) => [p.text, p.canonical]), [['土耳其', '土耳其'], ['伊斯坦布尔市', '伊斯坦布尔']]);
  });

  it('a township of a city or county the report names, written alone, is a site of it, and so is a village right after it (北海市 … 侨港/x|镇; 新和镇|卜花村)', () => {
    const places = analyzeText('汪洋在北海市看望干部群众。为安置归侨而设立的侨港镇经过近40年发展，已成为重要的渔业基地。他又来到崇左市的新和镇卜花村。', segmenter).entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.filter((p) => p.kind === '地点').map((p) => [p.text, p.parent ?? '']), [['侨港镇', '北海市'], ['新和镇', '崇左市'], ['卜花村', '新和镇']]);
  });

  it('no place read from an adjective and the start of the word after it (新|县城: no 新县)', () => {
    assert.deepEqual(texts('在北川县新县城，他看望了群众。', 'place'), ['北川县']);
  });

  it('a community written right after its district opens with no province (路北区|山西北里社区 is no 山西)', () => {
    assert.deepEqual(texts('他来到路北区山西北里社区，看望居民。', 'place'), ['路北区', '山西北里社区']);
    assert.deepEqual(texts('他来到河北省平山县象角村。', 'place'), ['河北省', '平山县', '象角村']);
  });

  it('knows divisions created after the gazetteer was published (data/place-changes.json)', () => {
    const found = analyzeText('新设立的和康县隶属和田地区。', segmenter).entities.find((e) => e.text === '和康县');
    assert.equal(found?.type, 'place');
    assert.equal(found?.parent, '和田地区');
  });

  it('a brand or a body named after a place is an organisation, and a slogan holds no place', () => {
    const text = '烟台啤酒和长城汽车都在扩产。大连市国税局发布公告。坚持港人治港。';
    assert.deepEqual(texts(text, 'place'), []);
    assert.deepEqual(texts(text, 'organization'), ['烟台啤酒', '长城汽车', '大连市国税局']);
    // A division written with its level before a trade is the place and its industry, no brand (北海市|电子|信息产业).
    assert.deepEqual(texts('汪洋等听取北海市电子信息产业发展情况介绍。', 'organization'), []);
    assert.deepEqual(texts('中国汽车产业发展很快。', 'place'), ['中国']);
  });
});
