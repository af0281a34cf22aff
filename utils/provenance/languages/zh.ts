/**
 * Chinese, simplified and traditional: "来源：新京报", "稿件来源：河北日报", "本文转载自…", "原载于《…》",
 * "本文来自微信公众号“…”", "（刊于《半月谈》2019年第24期）", "新华社北京6月18日电", "新华社记者 张三",
 * "据新华社报道", "路透社18日报道", "接受新京报记者采访", "综合新华社、央视新闻报道".
 *
 * Names are written without capitals and without spaces ({CJK}): a name is found by the words
 * that end it ("报道", "记者", "授权转载") and by where it starts, after the words that open the
 * phrase ("据", "转载自", "接受") or a punctuation mark; a name never holds "的" or a verb
 * ("对", "向", "被"…). Agencies' closing credits ("（新华社）") are the registry's tokens, read by
 * the engine; "（记者 张三）" and "责任编辑：…" name this page's own staff.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    // Credit lines.
    '转载自', '轉載自', '转自', '轉自', '转载于', '轉載於', '授权转载', '授權轉載', '授权发布', '授權發布', '原载', '原載',
    '首发', '首發', '原发于', '原發於', '本文来自', '本文來自', '文章来自', '文章來自', '原文来自', '原文來自', '编译自',
    '編譯自',
    // Print editions.
    '刊于', '刊於', '刊登于', '刊登於', '刊发于', '刊發於', '载于', '載於',
    // Agency material, datelines and bylines.
    '综合', '綜合', '日电', '日電', '日讯', '日訊', '报讯', '報訊', '网讯', '網訊', '社讯', '社訊', '闻讯', '聞訊', '记者', '記者',
    // Citations.
    '报道', '報道', '報導', '报导', '消息', '社电', '社電', '援引', '披露', '曝光', '采访', '採訪', '专访', '專訪',
  ],
  sourceLabels: [
    '来源', '來源', '稿件来源', '稿件來源', '稿源', '文章来源', '文章來源', '本文来源', '本文來源', '信息来源', '資訊來源',
    '消息来源', '消息來源', '转载自', '轉載自', '原文来自', '原文來自', '出处', '出處', '原文出处', '原文出處',
  ],
  // "记者 张三", "作者 李四"; "作者：…" with its full-width colon is not one yet (see the report).
  bylineWords: ['记者', '記者', '作者', '撰文', '文'],
    // Han characters: a Japanese page has them too, and is then read with both packs.
  commonWords: [],
  letters: [0x4e00, 0x9fff],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** A punctuation mark or the block's start: where a name stands on its own. */
  const ANCHOR = String.raw`(?:^|(?<=[\s，,。；;：:！!？?、“”‘’「」『』（()）【】|｜丨]))`;
  /** The letters of a name: Chinese characters, Latin letters and digits, none of the verbs and particles. */
  const LETTERS = String.raw`(?:(?![的了是被把对對向从從将將称稱说說给給让讓])[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5aA-Za-z0-9\x20])`;
  /** When, before a name at a clause's start: "18日", "当地时间18日", "另据", "此外". */
  const WHEN = String.raw`(?:(?:另据|据悉|另外|此外|同时|同時|随后|隨後|日前|近日|此前|昨天|今天|昨日|今日|当地时间|當地時間|[0-9０-９]{1,4}[年月日])+)`;
  /** What may stand between a name and the verb: "新京报记者", "央视新闻客户端", "路透社18日". */
  const BETWEEN = String.raw`(?:记者|記者|网站|網站|客户端|客戶端|官网|官網|官方微博|微博|微信公众号|微信公眾號|电视台|電視台)?(?:[0-9０-９]{1,2}日|日前|近日|昨天|今天|昨日|今日|此前|早前|稍早|当天|當天)?`;
  /** The verbs of a citation: "报道", "援引", "披露". */
  const REPORTED = String.raw`(?:报道|報道|報導|报导|援引|披露|曝光|消息)`;

  /** The words that open another cue's phrase, never a name's first: "据", "综合", "接受". */
  /** A country before a quoted or Latin name: "美国《纽约时报》", "英国BBC". */
  const COUNTRY = String.raw`(?:美国|英国|日本|韩国|法国|德国|俄罗斯|澳大利亚|加拿大|新加坡|香港|台湾|美國|英國|韓國|法國|德國|俄羅斯|澳洲|臺灣|台灣)`;
  const OPENERS = String.raw`(?:据|據|根据|根據|综合|綜合|接受|对|對|告诉|告訴|向|经|經|转载|轉載|本文|文章)`;
  /** A name after its opening words: quoted or Latin ({SOURCE}), or in Chinese characters before `end`. */
  function after(end: string): string {
    return String.raw`(?:{SOURCE}|(?=${LETTERS}{2,30}?${end}){CJK})${end}`;
  }
  /** A name that opens a clause (after a mark, and a time word if any) before `end`, or a quoted or Latin one anywhere. */
  function opening(end: string): string {
    return String.raw`(?:{SOURCE}|${ANCHOR}(?:${WHEN})?(?!${OPENERS})(?=${LETTERS}{2,30}?${end}){CJK})${end}`;
  }

  /** Where a credit line's name ends: a mark, a bracket, the end. */
  const ENDS = String.raw`(?=[\s，,。；;：:！!？?、（(|｜丨）)]|$)`;
  /** "微信公众号“…”", "公众号：…": a WeChat account, named after the word. */
  const ACCOUNT = String.raw`(?:(?:微信公众号|微信公眾號|公众号|公眾號|微信号|微博)[：:]?\s?)?`;

  return {
    code: 'zh',
    name: 'Chinese',
    words,
    quotes: [['“', '”'], ['「', '」'], ['『', '』'], ['《', '》']],
    articles: [],
    connectors: [],
    conjunctions: ['和', '与', '與', '及'],
    fillers: [],
    notASource: [
      '本报', '本報', '该报', '該報', '此报', '本台', '该台', '該台', '本网', '本網', '该网', '該網', '本刊', '该刊', '該刊',
      '本社', '该社', '該社', '本站', '该站', '新闻', '新聞', '记者', '記者', '编辑', '編輯', '责任编辑', '責任編輯', '作者',
      '媒体', '媒體', '外媒', '官媒', '港媒', '台媒', '日媒', '美媒', '韩媒', '韓媒', '英媒', '俄媒', '法媒', '德媒',
      '当地媒体', '當地媒體', '多家媒体', '多家媒體', '报道', '報道', '報導', '报纸', '報紙', '日报', '日報', '晚报', '晚報',
      '网站', '網站', '官网', '官網', '网络', '網絡', '網路', '互联网', '互聯網', '物联网', '物聯網', '电网', '電網',
      '网友', '網友', '投稿', '作者投稿', '读者投稿', '讀者投稿', '公报', '公報', '通报', '通報', '年报', '年報', '财报',
      '財報', '简报', '簡報', '情报', '情報', '海报', '海報', '警报', '警報', '快报', '快報', '画报', '畫報', '警方',
      '政府', '官方', '公司', '当局', '當局', '消息人士', '知情人士', '外交部', '国家电网', '國家電網', '南方电网', '电视台', '電視台', '通讯社', '通訊社',
    ],
    newsWords: [
      '-报', '-報', '-日报', '-日報', '-晚报', '-晚報', '-时报', '-時報', '-新闻', '-新聞', '-网', '-網', '-社', '-周刊',
      '-週刊', '-周报', '-週報', '-杂志', '-雜誌', '-电视台', '-電視台', '-电台', '-電台', '-新聞網', '-通信', '-放送',
    ],
    outletNouns: ['报纸', '報紙', '杂志', '雜誌', '媒体', '媒體', '网站', '網站', '通讯社', '通訊社', '电视台', '電視台', '微信公众号', '公众号', '公眾號'],
    months: [
      '一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月',
    ],
    days: [
      '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四',
      '周五', '周六', '周日', '週一', '週二', '週三', '週四', '週五', '週六', '週日', '礼拜天', '禮拜天',
    ],
    photoWords: [
      '图片来源', '圖片來源', '图片来自', '圖片來自', '图源', '圖源', '题图', '題圖', '配图', '配圖', '图片', '圖片', '图',
      '圖', '摄影', '攝影', '摄', '攝', '视频', '視頻', '影片',
    ],
    // "（新华社、中新社）" is split on its marks; no joining word stands between two agencies.
    creditJoiners: [],
    citeCredits: [],
    copyrightWords: ['版权所有', '版權所有', '未经授权', '未經授權', '转载请注明出处', '轉載請註明出處'],
    issueWords: ['期', '号', '號', '第'],
    // "半月谈网" → "半月谈", "新华网" → "新华社", "央视新闻客户端" → "央视新闻", "日本共同社" → "共同社";
    // only where the registry knows the result.
    nameForms: [
      ['^(.+)[网網]$', '$1'],
      ['^(.+)[网網]$', '$1社'],
      ['^(.+?)(?:客户端|客戶端|官网|官網|官方微博|微博|微信公众号|微信公眾號|APP|App)$', '$1'],
      ['^(.+?)(?:记者|記者)$', '$1'],
      ['^(.+?)(?:杂志社|雜誌社|杂志|雜誌)$', '$1'],
      // An edition of a paper is the paper: "人民日报海外版" (overseas edition), "…电子版".
      ['^(.+?)(?:海外版|国际版|國際版|电子版|電子版|英文版)$', '$1'],
      ['^(?:美国|英国|法国|德国|日本|韩国|俄罗斯|澳大利亚|加拿大|新加坡|香港|台湾|美國|英國|法國|德國|韓國|俄羅斯|澳洲|臺灣|台灣)(.+)$', '$1'],
    ],
    cues: [
      {
        id: 'zh-zhuanzai',
        keywords: ['转载', '轉載', '转自', '轉自', '授权', '授權'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "本文转载自新京报", "转载自微信公众号“虎嗅”", "本文经财新网授权转载".
        pattern: String.raw`(?:(?:(?:本文|文章|此文|原文|内容|內容)(?:转载|轉載|转|轉)自|(?<![\u4e00-\u9fff])(?:转载|轉載)(?:自|于|於)|(?:^|(?<=[\s（(【\[]))(?:转自|轉自))[：:]?\s?${ACCOUNT}${after(ENDS)}|(?:(?:本文|文章|此文)(?:经|經)|(?:^|(?<=[\s，,。（(]))(?:经|經))(?:过|過)?\s?${after(String.raw`(?:独家)?(?:授权|授權)(?:转载|轉載|发布|發布)`)})`,
        examples: [
          { text: '本文转载自新京报，原标题为《……》', source: '新京报' },
          { text: '（文章转载自微信公众号“虎嗅”）', source: '虎嗅' },
          { text: '本文经财新网授权转载。', source: '财新网' },
          { text: '本文轉載自聯合報。', source: '聯合報' },
        ],
        counterexamples: ['转载请注明出处。', '未经授权，禁止转载。', '风车旋转自如。', '本文转载自网络，如有侵权请联系删除。'],
      },
      {
        id: 'zh-yuanzai',
        keywords: ['原载', '原載', '首发', '首發', '原发', '原發', '来自', '來自', '编译自', '編譯自'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.9,
        needsOutlet: false,
        // "原载于《南方周末》", "本文首发于界面新闻", "本文来自微信公众号“36氪”（ID：wow36kr）".
        pattern: String.raw`(?:原载于|原載於|原文载于|原文載於|原载|原載|首发于|首發於|首发在|首發在|原发于|原發於|本文来自|本文來自|文章来自|文章來自|原文来自|原文來自|编译自|編譯自)[：:]?\s?${ACCOUNT}(?![^，,。；;\n]{0,20}?的)${after(ENDS)}`,
        examples: [
          { text: '本文原载于《南方周末》。', source: '南方周末' },
          { text: '本文首发于界面新闻，经授权发布。', source: '界面新闻' },
          { text: '本文来自微信公众号“36氪”（ID：wow36kr），作者：张三。', source: '36氪' },
          { text: '本文編譯自CNN。', source: 'CNN' },
        ],
        counterexamples: ['本文来自网络，如有侵权请联系删除。', '本文来自作者的个人博客。', '本文来自读者投稿。'],
      },
      {
        id: 'zh-kanyu',
        keywords: ['刊于', '刊於', '刊登', '刊发', '刊發', '原载', '原載', '载于', '載於'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.92,
        needsOutlet: false,
        // "（刊于《半月谈》2019年第24期）", "本文原载于《求是》2020年第4期", "刊登于本刊2020年第3期".
        pattern: String.raw`(?:刊于|刊於|刊登于|刊登於|刊发于|刊發於|刊载于|刊載於|原载于|原載於|原载|原載|载于|載於)\s?(?:本刊|本报|本報|{SOURCE}|(?=${LETTERS}{2,30}?\s?[0-9０-９]{4}年){CJK})(?:杂志|雜誌)?\s?[0-9０-９]{4}年(?:第[0-9０-９]{1,3}[期号號]|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)`,
        examples: [
          { text: '（刊于《半月谈》2019年第24期）', source: '半月谈' },
          { text: '本文原载于《求是》2020年第4期。', source: '求是' },
          { text: '本文刊登于本刊2020年第3期。', source: '' },
        ],
        counterexamples: ['该书刊于2019年。', '文章刊于2020年3月。'],
      },
      {
        id: 'zh-zonghe',
        keywords: ['综合', '綜合'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.75,
        needsOutlet: true,
        // "综合新华社、央视新闻报道", "（综合自路透社）": the first name, and each after "、".
        pattern: String.raw`(?:(?:综合|綜合)自?\s?|(?<=(?:综合|綜合)自?[^。，；\n]{1,40}?、))${after(String.raw`(?:等)?(?=[、，,。；;）)\s]|报道|報道|報導|消息|$)`)}`,
        examples: [
          { text: '（综合新华社报道）', source: '新华社' },
          { text: '本文综合自路透社。', source: '路透社' },
        ],
        counterexamples: ['综合来看，经济形势好转。', '综合考虑各方因素。'],
      },
      {
        id: 'zh-dian',
        keywords: ['日电', '日電', '日讯', '日訊', '报讯', '報訊', '网讯', '網訊', '社讯', '社訊', '闻讯', '聞訊'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.9,
        needsOutlet: true,
        // "新华社北京6月18日电", "中新网上海6月18日电（记者 张三）", "（中央社記者王揚宇台北18日電）", and an
        // outlet's own "新京报讯（记者 张三）" opening a story another site carries.
        pattern: String.raw`(?:^\s*(?=${LETTERS}{2,20}?(?:社|网|網|报|報|台|新闻|新聞)(?:讯|訊)[\s（(])(?!本报|本報|本网|本網|本台){CJK}(?<=社|网|網|报|報|台|新闻|新聞)(?:讯|訊)|(?:^|(?<=[\s（(【\[]))(?=${LETTERS}{2,20}?(?:社|网|網|报|報|台|新闻|新聞))(?!本报|本報|本网|本網|本台){CJK}(?<=社|网|網|报|報|台|新闻|新聞)(?:(?:记者|記者|特派记者|特派記者|特约记者|特約記者)[\u4e00-\u9fff·]{1,12}?)?[\u4e00-\u9fff]{0,10}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电|電|讯|訊))`,
        examples: [
          { text: '新华社北京6月18日电（记者张三）国务院新闻办公室18日发布……', source: '新华社' },
          { text: '中新网上海6月18日电 (记者 李四)', source: '中新网' },
          { text: '（中央社記者王揚宇台北18日電）', source: '中央社' },
          { text: '新京报讯（记者 张三）6月18日，北京市政府召开新闻发布会。', source: '新京报' },
        ],
        counterexamples: ['本报北京6月18日电（记者张三）', '6月18日电力供应恢复正常。', '本报讯（记者 张三）昨日，', '闻讯赶来的群众'],
      },
      {
        id: 'zh-jizhe',
        keywords: ['记者', '記者'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.75,
        needsOutlet: true,
        // A byline that names another outlet's reporters: "新华社记者 张三 李四", "人民日报记者 王五".
        pattern: String.raw`^\s*(?:文[/／|｜丨]\s?)?(?![他她我你它])(?!${LETTERS}{0,10}?(?:接受|告诉|告訴))(?=${LETTERS}{2,20}?(?:记者|記者)){CJK}(?:特约|特約|首席|实习|實習|驻[\u4e00-\u9fff]{1,4})?(?:记者|記者)\s?[\u4e00-\u9fff·]{2,3}(?:[\s、，,]+[\u4e00-\u9fff·]{2,3}){0,4}(?<![摄攝])\s*$`,
        examples: [
          { text: '新华社记者 张三 李四', source: '新华社' },
          { text: '人民日报记者王五', source: '人民日报' },
        ],
        counterexamples: ['记者 张三', '本报记者 李四 王五', '新华社记者张三摄', '（记者 张三）', '责任编辑：孔德明'],
      },
      {
        id: 'zh-ju',
        keywords: ['报道', '報道', '報導', '报导', '援引', '披露', '曝光', '消息', '社电', '社電'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // "据新华社报道", "据美国《纽约时报》报道", "據中央社報導", "据央视新闻客户端消息".
        pattern: String.raw`(?:据|據)(?:(?!${OPENERS})${LETTERS}{2,20}?（(?={SOURCE}）)|${COUNTRY}(?=[《“「A-Z]))?${after(String.raw`）?${BETWEEN}(?:${REPORTED}|电(?![力网視视台])|電(?![力網視台]))`)}`,
        examples: [
          { text: '据新华社报道，地震造成多人受伤。', source: '新华社' },
          { text: '据美国《纽约时报》18日报道，谈判陷入僵局。', source: '纽约时报' },
          { text: '據中央社報導，颱風將於今晚登陸。', source: '中央社' },
          { text: '据央视新闻客户端消息，列车已恢复运行。', source: '央视新闻' },
          { text: '据英国广播公司（BBC）报道，首相已辞职。', source: 'BBC' },
          { text: '据新华社电，国务院18日发布通知。', source: '新华社' },
        ],
        counterexamples: ['据报道，地震造成多人受伤。', '据当地媒体报道，多人受伤。', '据警方披露，嫌疑人已落网。', '根据数据报道显示'],
      },
      {
        id: 'zh-baodao',
        keywords: ['报道', '報道', '報導', '报导', '援引', '披露', '曝光'],
        role: 'cites',
        confidence: 0.65,
        needsOutlet: true,
        // "路透社18日报道称", "，美联社援引知情人士报道", "《华尔街日报》披露".
        pattern: opening(`${BETWEEN}(?:报道|報道|報導|报导|援引|披露|曝光)`),
        examples: [
          { text: '路透社18日报道称，双方已达成协议。', source: '路透社' },
          { text: '另外，美联社援引知情人士报道，会谈将于下周举行。', source: '美联社' },
          { text: '美国《华尔街日报》披露了这一计划。', source: '华尔街日报' },
        ],
        counterexamples: ['多家媒体报道了此事。', '，该报记者报道。', '相关报道见第二版。', '苹果公司披露了财报。'],
      },
      {
        id: 'zh-shouxian',
        keywords: ['率先', '首先', '最早', '最先', '首次', '独家', '獨家', '首度'],
        role: 'upstream',
        relation: 'first-reported',
        confidence: 0.8,
        needsOutlet: true,
        // "财新网率先报道", "据《南方周末》独家报道".
        pattern: String.raw`(?:(?:据|據)${after(String.raw`(?:独家|獨家)(?:报道|報道|報導|披露)`)}|${opening(String.raw`(?:记者|記者)?(?:[0-9０-９]{1,2}日)?(?:率先|首先|最早|最先|首次|独家|獨家|首度)(?:报道|報道|報導|披露|曝光)`)})`,
        examples: [
          { text: '据悉，财新网率先报道了此事。', source: '财新网' },
          { text: '据《南方周末》独家报道，该厂已停产。', source: '南方周末' },
        ],
        counterexamples: ['他首先报道了此事。', '多家媒体首次报道。'],
      },
      {
        id: 'zh-jieshou',
        keywords: ['采访', '採訪', '专访', '專訪', '记者', '記者'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // "接受新京报记者采访时表示", "在接受《财经》专访时", "告诉澎湃新闻记者" (told X).
        pattern: String.raw`(?:(?:接受|接受了)${after(String.raw`(?:记者|記者)?(?:的)?(?:独家|獨家|电话|電話|书面|書面)?(?:专访|採訪|采访|專訪|訪問|访问)`)}|(?:对|對|向)${after(String.raw`(?:记者|記者)(?:表示|透露|说|說|介绍|介紹|坦言)`)}|(?:告诉|告訴)${after(String.raw`(?:记者|記者)`)})`,
        examples: [
          { text: '他在接受新京报记者采访时表示，方案仍在研究。', source: '新京报' },
          { text: '她接受《财新周刊》专访时说。', source: '财新周刊' },
          { text: '一位官员告诉澎湃新闻记者说，会议已推迟。', source: '澎湃新闻' },
        ],
        counterexamples: ['他在接受记者采访时表示。', '接受本报记者采访时说。', '他对媒体记者表示。'],
      },
    ],
  };
}
