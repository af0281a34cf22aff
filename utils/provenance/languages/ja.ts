/**
 * Japanese: "※この記事は「東洋経済オンライン」に掲載された記事を転載したものです", "本記事はITmedia NEWS
 * の記事を転載したものです", "東洋経済オンラインより転載", "出典：…", "（CNET Japan）", "米紙ワシントン・
 * ポストによると", "朝日新聞が報じた", "NHKの取材に対し", "『週刊ダイヤモンド』2020年3月14日号に掲載".
 *
 * Names are written without capitals and without spaces, so a name in Japanese characters ({CJK})
 * is found by where it ends ("…によると", "…より転載") and by where it starts: never across a
 * hiragana (particles, verb endings: "これについて米紙…" starts the name after "て"), never with
 * the words that only say what kind of outlet it is ("米紙", "英", "地元紙"), never with a date
 * before it ("18日付の"). Agencies' datelines and closing credits ("【ワシントン共同】", "（共同）")
 * are the registry's tokens, read by the engine.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    // Credit lines.
    '掲載', '公開され', '配信され', 'より転載', 'から転載', 'からの転載', 'を得て転載', 'を得て掲載', 'より再掲',
    'からの再掲', 'を転載', 'を翻訳', 'を抄訳', 'を再編集', 'を再構成', 'を抜粋', 'を加筆', 'を編集', 'を再掲',
    // Print editions.
    '月号', '日号', '付朝刊', '付夕刊', '初出',
    // Material from an agency.
    'を基に', 'を元に', 'をもとに', 'を参考に',
    // Citations.
    'によると', 'によれば', 'によりますと', '報じ', 'と伝え', 'が伝え', '日伝え', '報道し', 'スクープ', '取材に', '取材で',
    'インタビュー',
    // A closing credit in full-width brackets, by the word a name ends in ("（CNET Japan）").
    '新聞）', 'ニュース）', 'NEWS）', 'News）', 'Japan）', 'JAPAN）', '通信）', 'テレビ）', 'オンライン）', '日報）',
    '新報）', 'タイムズ）', '放送）', 'デジタル）', 'ジャーナル）', 'ポスト）', '报）', '報）', '网）', '網）', '新闻）',
  ],
  sourceLabels: ['出典', '引用元', '転載元', '出所', '情報源', 'ソース', '元記事', '参照元', '配信元'],
  // "文 山田太郎"; the usual "文：山田太郎", "文・山田太郎" have no space after the word (see the report).
  bylineWords: ['文', '文・', '文／', '取材・文', '執筆', '著者', '筆者'],
    // Japanese is told by its kana; its kanji are also Chinese characters.
  commonWords: [],
  letters: [0x3040, 0x30ff],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** Hiragana: particles and verb endings, which no name in Japanese characters holds. */
  const KANA = String.raw`\u3040-\u309f`;
  /** The letters of a name in Japanese characters ({CJK}), without hiragana; a space as \x20. */
  const NAME_LETTERS = String.raw`\u3005\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5aA-Za-z0-9\x20`;
  /** A date before a name: "18日付の", "同日", "3月5日の". */
  const WHEN = String.raw`(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:付|の|付の)?|同日|前日|先月|今月|昨年|今年)`;
  /** A country's mark, as "米" in "米紙", "米CNN". */
  const COUNTRY = String.raw`(?:米国|英国|中国|韓国|北朝鮮|ロシア|イラン|台湾|香港|ドイツ|フランス|イタリア|インド|トルコ|イスラエル|ウクライナ|カタール|シンガポール|[米英仏独露中韓豪伊印加台])`;
  /**
   * What says the kind of outlet before its name: "米紙", "英経済紙", "中国国営", "地元紙", and a country's
   * mark before a name in katakana or Latin letters ("米CNN", "英ロイター通信"), never before a kanji
   * ("中日新聞" is a name).
   */
  const KIND = String.raw`(?:${COUNTRY}(?:国営|政府系|有力|大手|経済|金融|地元|公共|タブロイド)?(?:紙|誌|メディア|通信社|放送局|テレビ|ニュースサイト|ネットメディア)|${COUNTRY}(?:国営|政府系)|地元紙|現地紙|地元メディア|現地メディア|[米英仏独露中韓豪伊印加台](?=[A-Za-zァ-ヿ]))`;
  /**
   * Where a name in Japanese characters may start: not on a hiragana, and not inside a word in
   * katakana or Latin letters ("サイト" of "他サイト", "タイムズ" of "ニューヨーク・タイムズ").
   */
  const START = String.raw`(?![${KANA}])(?<![ァ-ヿA-Za-z0-9０-９](?=[ァ-ヿA-Za-z0-9０-９]))`;
  /** What may follow a name before the cue's words: "紙" ("…タイムズ紙"), its initials ("（FT）"), "（電子版）". */
  const AFTER = String.raw`(?:紙|誌)?(?:（[A-Za-zＡ-Ｚ&・]{2,10}）|\([A-Za-z&]{2,10}\))?(?:（電子版）|\(電子版\)|電子版)?`;

  /**
   * A name and the words after it (`end`): a quoted or Latin name ({SOURCE}) wherever it stands, or one
   * in Japanese characters that holds no hiragana, after a date and a kind of outlet if any. A
   * company's "…社" in katakana ("アップル社") is no outlet.
   */
  function name(end: string): string {
    return String.raw`(?:${WHEN})?(?:${KIND})?(?:{SOURCE}|(?=[${NAME_LETTERS}]{2,30}?${AFTER}${end})${START}{CJK}(?<![ァ-ヿ]社|号))${AFTER}${end}`;
  }

  /** An issue's date: "2020年3月14日号", "3月5日付朝刊", "2020年1月2日・9日合併号". */
  const ISSUE = String.raw`(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:・[0-9０-９]{1,2}日)?(?:合併|発売|特大)?(?:号|付(?:の)?(?:朝刊|夕刊))`;
  /** "この記事は", "本記事は、", "※本稿は": a credit line names the piece it speaks of. */
  const PIECE = String.raw`(?:この|本|当)(?:記事|稿|コラム|原稿|インタビュー|エントリー|エッセイ|連載)は、?`;

  return {
    code: 'ja',
    name: 'Japanese',
    words,
    quotes: [['「', '」'], ['『', '』']],
    articles: [],
    connectors: [],
    conjunctions: ['と', '及び'],
    fillers: [],
    notASource: [
      '同紙', '同誌', '同社', '本紙', '本誌', '小誌', '弊誌', '当社', '弊社', '小社', '自社', '他社', '各社', '各紙', '会社',
      '本社', '同局', '同通信', '同新聞', '同サイト', '当サイト', '本サイト', '他サイト', '外部サイト', '公式サイト',
      '公式ブログ', 'ウェブサイト', 'サイト', 'ホームページ', 'ブログ', '報道各社', '地元紙', '地元メディア',
      '現地メディア', '海外メディア', '国営メディア', '国営テレビ', '国営通信', '地元テレビ', '公共放送', '生放送',
      '再放送', '情報通信', 'メディア', 'ニュース', '最新ニュース', '関連ニュース', 'トップニュース', '新聞', '新聞社',
      '通信社', 'テレビ', 'テレビ局', '放送局', '関係者', '政府', '警察', '当局', '記者', '編集部', '編集者', '著者',
      '記事', '本記事', '写真', '画像', '報道', '発表', '調査',
    ],
    newsWords: [
      '-新聞', '-新聞社', '-通信', '-放送', '-テレビ', '-ニュース', '-タイムズ', '-新報', '-日報', '-ジャーナル',
      '-ポスト', '-オンライン', '-社', '-報', '-日报', '-报', '-晚报', '-新闻', '-网', '-網', '-周刊', '-週刊',
    ],
    outletNouns: ['米紙', '英紙', '米誌', '地元紙', '通信社', 'ニュースサイト', '新聞', '雑誌'],
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    days: [
      '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜',
      '日曜',
    ],
    photoWords: ['写真', '撮影', '画像', '動画', 'イラスト', '図版', '写真提供', '画像提供', '提供写真', 'キャプチャ'],
    // "（ロイター＝共同）", "【AFP＝時事】": joined by "＝" or "・", with no space (see the report).
    creditJoiners: [],
    citeCredits: [],
    copyrightWords: ['無断転載を禁じます', '無断転載禁止', '無断複製・転載を禁じます', '著作権', 'All Rights Reserved'],
    issueWords: ['号', '巻', '第'],
    // "AP通信" → "AP", "ニューヨーク・タイムズ紙" → "ニューヨーク・タイムズ", "朝日新聞社" → "朝日新聞",
    // "英BBC" → "BBC"; only where the registry knows the result.
    nameForms: [
      ['^(.+?)(?:紙|誌)$', '$1'],
      ['^(.+)通信社?$', '$1'],
      ['^(.+)(?:電子版|デジタル|オンライン)$', '$1'],
      ['^(.+新聞)社$', '$1'],
      ['^[米英仏独露中韓豪伊印加台](.+)$', '$1'],
    ],
    cues: [
      {
        id: 'ja-keisai',
        keywords: ['掲載', '公開され', '配信され'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.9,
        needsOutlet: false,
        // "この記事は「東洋経済オンライン」に掲載された記事を転載したものです", "本記事はITmedia NEWSで
        // 2020年3月5日に公開された記事です".
        pattern: String.raw`${PIECE}${name(String.raw`(?:に|で)(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:に|付で)?)?(?:掲載|公開|配信|掲出)(?:され|し)`)}`,
        examples: [
          { text: '※この記事は「東洋経済オンライン」に掲載された記事を転載したものです。', source: '東洋経済オンライン' },
          { text: '本記事はITmedia NEWSで2020年3月5日に公開された記事です。', source: 'ITmedia NEWS' },
          { text: 'この記事は、ダイヤモンド・オンラインに掲載されたものです。', source: 'ダイヤモンド・オンライン' },
        ],
        counterexamples: [
          'この記事は2020年3月5日に掲載されました。',
          '掲載日：2020年3月5日　更新日：2020年3月6日',
          '本記事は当サイトに掲載された記事です。',
        ],
      },
      {
        id: 'ja-tensai',
        keywords: ['転載', '再掲', '得て掲載'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "東洋経済オンラインより転載", "本記事はCNET Japanからの転載です", "「文春オンライン」の許可を得て転載".
        pattern: name(String.raw`(?:(?:から|より)(?:の)?(?:転載|再掲)|(?:の|より|から)(?:許可|許諾|承諾)を(?:得て|受けて|いただいて|いただき)(?:転載|掲載|再掲))`),
        examples: [
          { text: '東洋経済オンラインより転載', source: '東洋経済オンライン' },
          { text: '本記事はCNET Japanからの転載です。', source: 'CNET Japan' },
          { text: '※「文春オンライン」の許可を得て転載しています。', source: '文春オンライン' },
        ],
        counterexamples: [
          '記事・写真の無断転載を禁じます。',
          '他サイトからの転載はご遠慮ください。',
          '転載を希望される場合は、編集部までご連絡ください。',
        ],
      },
      {
        id: 'ja-kiji-wo',
        keywords: ['を転載', 'を翻訳', 'を抄訳', 'を再編集', 'を再構成', 'を抜粋', 'を加筆', 'を編集', 'を再掲'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "※本記事は、ITmedia NEWSの記事を転載したものです", "本記事は米WIRED（英語版）の記事を翻訳したものです".
        pattern: String.raw`${PIECE}${name(String.raw`(?:（[^）\n]{1,20}）)?の(?:記事|コラム|原稿|投稿|連載|エントリー)(?:の一部)?を、?(?:許可を得て|許諾を得て|一部)?(?:転載|翻訳|抄訳|再編集|再構成|抜粋|加筆|編集|再掲)`)}`,
        examples: [
          { text: '※本記事は、ITmedia NEWSの記事を転載したものです。', source: 'ITmedia NEWS' },
          { text: '本記事は米WIRED（英語版）の記事を翻訳したものです。', source: 'WIRED' },
          { text: 'この記事は「週刊文春」の記事を再編集したものです。', source: '週刊文春' },
        ],
        counterexamples: ['本記事は筆者のブログの記事を加筆修正したものです。', '本記事は機械翻訳を使用して翻訳したものです。'],
      },
      {
        id: 'ja-gou',
        keywords: ['月号', '日号', '付朝刊', '付夕刊'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // "本記事は『週刊ダイヤモンド』2020年3月14日号に掲載されたものです", "（週刊東洋経済 2020年3月14日号）",
        // "（朝日新聞2020年3月5日付朝刊）"; "本誌2020年4月号" is this page's own.
        pattern: String.raw`(?:${PIECE}|^\s*※?\s?|（(?=[^（）\n]{2,40}）\s*$))(?:本誌|本紙|小誌|弊誌|{SOURCE}|(?=[${NAME_LETTERS}]{2,30}?\s?${ISSUE})${START}{CJK})\s?${ISSUE}`,
        examples: [
          { text: '本記事は『週刊ダイヤモンド』2020年3月14日号に掲載されたものです。', source: '週刊ダイヤモンド' },
          { text: '（週刊東洋経済 2020年3月14日号）', source: '週刊東洋経済' },
          { text: '（朝日新聞2020年3月5日付朝刊）', source: '朝日新聞' },
          { text: '※本記事は本誌2020年4月号に掲載されたものです。', source: '' },
        ],
        counterexamples: [
          '3月号の特集は春の旅です。',
          '次号は2020年4月号です。',
          'そんな折、「上場企業5割に脆弱性」（FACTA 2014年11月号）との記事が掲載された。',
        ],
      },
      {
        id: 'ja-shoshutsu',
        keywords: ['初出'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.9,
        needsOutlet: false,
        // "初出：「週刊文春」2020年1月2日号", "初出：朝日新聞デジタル".
        pattern: String.raw`初出[：:]\s?(?:{SOURCE}|{CJK})(?=\s|[、,。（(]|[0-9０-９]|$)`,
        examples: [
          { text: '初出：「週刊文春」2020年1月2日号', source: '週刊文春' },
          { text: '初出：朝日新聞デジタル', source: '朝日新聞デジタル' },
        ],
        counterexamples: ['初出：2020年1月2日', '初出時の記事から一部修正しました。'],
      },
      {
        id: 'ja-moto-ni',
        keywords: ['を基に', 'を元に', 'をもとに', 'を参考に'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.8,
        needsOutlet: true,
        // "共同通信の配信記事を基に作成", "AP通信などの報道をもとに構成しました".
        pattern: name(String.raw`(?:など|等|ほか)?の(?:配信|報道|記事|情報|ニュース)(?:記事)?を(?:基|元|もと|参考)に`),
        examples: [
          { text: '（共同通信の配信記事を基に作成）', source: '共同通信' },
          { text: 'AP通信などの報道をもとに構成しました。', source: 'AP通信' },
        ],
        counterexamples: ['政府の発表を基に作成しました。', '公式サイトの情報をもとに作成しています。'],
      },
      {
        id: 'ja-yoruto',
        keywords: ['によると', 'によれば', 'によりますと'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // "米紙ワシントン・ポスト（電子版）によると", "朝日新聞の報道によると", "英BBCによれば".
        pattern: name(String.raw`(?:の(?:報道|記事|取材|調査|集計|分析|世論調査|インタビュー))?(?:によると|によれば|によりますと)`),
        examples: [
          { text: 'これについて米紙ワシントン・ポスト（電子版）によると、政府は計画を見直した。', source: 'ワシントン・ポスト' },
          { text: '18日付の朝日新聞の報道によると、計画は中止された。', source: '朝日新聞' },
          { text: '英BBCによれば、首相は辞任を否定した。', source: 'BBC' },
          { text: 'ロイター通信によると、交渉は決裂した。', source: 'ロイター通信' },
          { text: '英紙フィナンシャル・タイムズ（FT）によると、同社は売却を検討している。', source: 'フィナンシャル・タイムズ' },
        ],
        counterexamples: [
          '警察によると、けが人はいない。',
          '同紙によると、計画は中止された。',
          '関係者への取材によると、交渉は続いている。',
          '米アップル社によると、新製品は秋に発売される。',
        ],
      },
      {
        id: 'ja-hojita',
        keywords: ['報じ', 'と伝え', 'が伝え', '日伝え', '報道し'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // "朝日新聞が報じた", "米CNNが18日伝えた", "米紙ニューヨーク・タイムズは18日、…と報じた".
        pattern: name(String.raw`(?:が、?(?:[0-9０-９]{1,2}日(?:付)?(?:の)?(?:朝刊|夕刊|電子版)?(?:で)?、?)?(?:「[^」\n]{1,80}」と)?(?:報じ|伝え|報道し)(?:た|て|ている|ており|ました|ています)|は、?[0-9０-９]{1,2}日(?:付)?[^。\n]{0,8}?、[^。\n]{1,100}?と(?:報じ|伝え)(?:た|て|ている|ました))`),
        examples: [
          { text: '政府が増税を検討していると朝日新聞が報じた。', source: '朝日新聞' },
          { text: '米CNNが18日伝えたところによると、大統領は訪日を延期する。', source: 'CNN' },
          { text: '先月、NHKニュースが「総務省 IoT機器に無差別侵入」と報じた。', source: 'NHKニュース' },
          { text: '米紙ニューヨーク・タイムズは18日、同社が買収を検討していると報じた。', source: 'ニューヨーク・タイムズ' },
        ],
        counterexamples: ['複数のメディアが報じた。', '地元メディアが伝えた。', 'トヨタが18日、新型車を発表したと伝えた。'],
      },
      {
        id: 'ja-saisho',
        keywords: ['最初に', '初めて', 'いち早く', '先に報', '独自に', 'スクープ'],
        role: 'upstream',
        relation: 'first-reported',
        confidence: 0.8,
        needsOutlet: true,
        // "読売新聞が最初に報じた", "週刊文春のスクープで明らかになった".
        pattern: name(String.raw`(?:が(?:最初に|初めて|いち早く|先に|先行して|独自に)(?:報じ|伝え|報道し)(?:た|て|ている|ました)|の(?:独自)?スクープ(?:で|により|によって|による|を))`),
        examples: [
          { text: 'この問題は読売新聞が最初に報じた。', source: '読売新聞' },
          { text: '疑惑は「週刊文春」のスクープで明らかになった。', source: '週刊文春' },
        ],
        counterexamples: ['彼が最初に報じたわけではない。', '同社が初めて報じた。'],
      },
      {
        id: 'ja-shuzai',
        keywords: ['取材に', '取材で', 'インタビュー'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // "NHKの取材に対し", "日本経済新聞のインタビューに応じた" (told X).
        pattern: name(String.raw`の(?:単独|電話|書面|オンライン)?(?:取材|インタビュー)(?:に対し|に応じ|に答え|に語|で語|で明か|で述べ|で話)`),
        examples: [
          { text: '社長はNHKの取材に対し、撤退を否定した。', source: 'NHK' },
          { text: '首相は日本経済新聞の単独インタビューに応じた。', source: '日本経済新聞' },
        ],
        counterexamples: ['社長は記者団の取材に対し、撤退を否定した。', '本紙の取材に応じた。'],
      },
      {
        id: 'ja-kakko',
        keywords: [
          '新聞）', 'ニュース）', 'news）', 'japan）', '通信）', 'テレビ）', 'オンライン）', '日報）', '新報）', 'タイムズ）',
          '放送）', 'デジタル）', 'ジャーナル）', 'ポスト）', '报）', '報）', '网）', '網）', '新闻）',
        ],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.7,
        needsOutlet: true,
        // A closing credit in full-width brackets that names an outlet, not an agency's token:
        // "…と述べた。（CNET Japan）", "（日本経済新聞）", "（人民网）".
        pattern: String.raw`（(?:{SOURCE}|{CJK})）\s*$`,
        examples: [
          { text: '同社は来春にも新サービスを始める予定だ。（CNET Japan）', source: 'CNET Japan' },
          { text: '（ITmedia NEWS）', source: 'ITmedia NEWS' },
          { text: '政府は19日、新たな対策をまとめた。（日本経済新聞）', source: '日本経済新聞' },
        ],
        counterexamples: ['（写真提供：朝日新聞）', '詳しくは本紙朝刊で。（朝日新聞社提供）', '（ITmedia NEWS編集部）'],
      },
    ],
  };
}
