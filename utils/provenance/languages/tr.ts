/**
 * Turkish: "Bu yazı ilk olarak The Conversation'da yayımlanmıştır", "Bu haber BBC Türkçe'den
 * alınmıştır", "Kaynak: AA", "Reuters'ın haberine göre", "Hürriyet'e konuştu", "Görüşmelerin
 * ertelendiğini Reuters bildirdi". Datelines ("Ankara (AA) -") are the registry's tokens.
 *
 * A Turkish name takes its case ending after an apostrophe ("Hürriyet'e", "Anadolu Ajansı'na",
 * "AA'nın"): the cues leave it out of the name, and `nameForms` cuts it off where a name kept it.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    'yayımlan', 'yayınlan', 'yer almıştır', 'yer aldı', 'çıkmıştır', 'alınmış', 'alıntı', 'aktarılmış', 'çevrilmiş',
    'tercüme edilmiş', 'Türkçeleştirilmiş', 'derlenmiş', 'izniyle', 'izni ile', 'iznine istinaden', 'izni alınarak',
    'çevirisi', 'tercümesi', 'göre', 'konuştu', 'konuşan', 'konuşarak', 'konuşma', 'açıklama yap', 'açıklamada',
    'açıklamasında', 'açıklamalar', 'söyledi', 'söyle', 'bilgi ver', 'demeç', 'röportaj', 'mülakat', 'muhabir', 'sorularını yanıtla',
    'değerlendirme', 'bildirdi', 'duyurdu', 'yazdı', 'aktardı', 'haber verdi', 'haberini verdi', 'ortaya çıkardı',
    'iddia etti', 'ileri sürdü', 'ulaştığı', 'elde ettiği', 'yayımladığı', 'yayınladığı',
  ],
  sourceLabels: ['Kaynak', 'Kaynaklar', 'kaynak', 'Haber kaynağı', 'Haberin kaynağı', 'Orijinal haber', 'Orijinal metin'],
  bylineWords: ['Haber', 'Muhabir', 'Yazan', 'Yazar', 'Hazırlayan'],
  commonWords: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'değil', 'kadar', 'sonra', 'ise'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** The piece a credit speaks of: "Bu yazı", "Bu haber", "Söz konusu makale". */
  const PIECE = String.raw`(?<![{letter}])(?:(?:[Bb]u|[Ss]öz konusu|[Yy]ukarıdaki) )?(?:[Yy]azı|[Hh]aber|[Mm]akale|[İi]çerik|[Rr]öportaj|[Aa]naliz|[Yy]orum|[Mm]etin|[Ss]öyleşi|[Çç]eviri|[İi]nceleme|[Kk]öşe yazısı|[Dd]osya)(?![{letter}]),?`;
  const APOSTROPHE = `['’]`;
  /** Case endings after a name: dative ("'e", "'ya", "'na"), genitive ("'ın", "'nin"), locative, ablative. */
  const DATIVE = String.raw`(?:y?[ae]|n[ae])`;
  const GENITIVE = String.raw`(?:n?[ıiuü]n)`;
  const LOCATIVE = String.raw`(?:n?[dt][ae])`;
  const ABLATIVE = String.raw`(?:n?[dt][ae]n)`;
  /** What kind of outlet, after its name: "Hürriyet gazetesine", "Reuters haber ajansının". */
  const KIND = String.raw`(?:gazetesi|haber ajansı|ajansı|televizyonu|kanalı|dergisi|haber sitesi|internet sitesi|web sitesi|sitesi|radyosu|portalı)`;
  /** A name with its ending: after an apostrophe, after its kind, or as one word ("Anadolu Ajansının"). */
  const named = (ending: string, lookbehind: string) =>
    String.raw`(?:{SOURCE}${APOSTROPHE}${ending}|{SOURCE} ${KIND}(?:${APOSTROPHE}?n${ending.replace('(?:n?', '(?:')})|{SOURCE}(?<=${lookbehind}))`;
  const TO = named(DATIVE, String.raw`[{lower}]n[ae]`);
  const OF = named(GENITIVE, String.raw`[{lower}]n[ıiuü]n`);
  const AT = named(LOCATIVE, String.raw`[{lower}]n[dt][ae]`);
  const FROM = named(ABLATIVE, String.raw`[{lower}]n[dt][ae]n`);
  const PUBLISHED = String.raw`(?:yayımlandı|yayınlandı|yayımlanmıştır|yayınlanmıştır|yayımlanmıştı|yayınlanmıştı|yayımlanmış|yayınlanmış|yer almıştır|yer aldı|çıkmıştır)`;

  const LOWER_TR = 'a-zçğıöşüâîû';
  const lower = (word: string) => [word.toLowerCase(), word.toLocaleLowerCase('tr')];

  return {
    code: 'tr',
    name: 'Turkish',
    words,
    quotes: [['“', '”']],
    articles: [],
    // "Türkiye Radyo ve Televizyon Kurumu".
    connectors: ['ve'],
    conjunctions: ['ve', 'ile', 'veya'],
    fillers: [
      ...['İngiliz', 'Alman', 'Amerikan', 'Fransız', 'Rus', 'İsrail', 'Yunan', 'İtalyan', 'İspanyol', 'Japon', "ABD'li", 'ABD’li'].flatMap(lower),
      've', 'ama', 'ancak', 'fakat', 'ise', 'bu', 'şu', 'bir', 'ayrıca', 'dün', 'bugün', 'yine', 'hem', 'ile', 'gibi', 'daha', 'sonra', 'önce', 'özellikle', 'öte'],
    notASource: [
      'polis', 'hükümet', 'bakanlık', 'bakanlığı', 'valilik', 'belediye', 'bakan', 'uzmanlar', 'yetkililer',
      'kaynaklar', 'kaynak', 'gazete', 'ajans', 'ajanslar', 'haber', 'muhabir', 'editör', 'ankara', 'izmir', 'abd',
      'avrupa', 'almanya', 'rusya', 'ingiltere', 'fransa', 'şirket', 'savcılık', 'mahkeme', 'meclis', 'tbmm',
      ...lower('Türkiye'), ...lower('İstanbul'), ...lower('Cumhurbaşkanlığı'), 'twitter', 'facebook', 'instagram',
      'youtube', 'tiktok', 'telegram', 'bu', 'şu', 'o', 'bunlar', 'onlar', 'biz', 'ben', 'siz',
      // "İngilizce'den çevrilmiştir": a language, not a publication.
      ...['İngilizce', 'Almanca', 'Fransızca', 'Rusça', 'Arapça', 'Türkçe', 'Kürtçe', 'Farsça', 'Çince', 'Japonca', 'İtalyanca', 'İspanyolca', 'Yunanca', 'İbranice'].flatMap(lower),
    ],
    newsWords: ['Gazetesi', 'Gazete', 'Haber', 'Haberleri', 'Ajansı', 'Ajans', 'Televizyonu', 'Radyosu', 'Türkçe', 'Medya', '-gazetesi', '-haber'],
    outletNouns: ['haber sitesi', 'haber ajansı', 'gazetesi'],
    months: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    days: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
    photoWords: ['Fotoğraf', 'Fotoğraflar', 'Foto', 'Görsel', 'Görseller', 'Kapak fotoğrafı', 'Görüntü', 'Arşiv fotoğrafı', 'Temsili fotoğraf'],
    creditJoiners: ['ve', 'ile'],
    citeCredits: ['Ek haber', 'Katkıda bulunan', 'Katkıda bulunanlar'],
    copyrightWords: ['Copyright', 'Tüm hakları saklıdır'],
    issueWords: ['Sayı', 'Sayısı'],
    nameForms: [
      // "Hürriyet'e", "Anadolu Ajansı'na", "AA'nın", "The Guardian'ın".
      [`^(.+)['’][${LOWER_TR}]{1,8}$`, '$1'],
      // "Anadolu Ajansının", "Türkiye Gazetesine".
      [`^(.+ (?:Ajansı|Gazetesi|Dergisi|Televizyonu|Radyosu|Kanalı|Sitesi))n(?:[ıiuü]n|[ae]|[dt][ae]|[dt][ae]n)$`, '$1'],
      // "Hürriyet Gazetesi", "Reuters Haber Ajansı'nın": the outlet's own name.
      [`^(.+?) (?:Gazetesi|Haber Ajansı|Ajansı|Dergisi|Televizyonu|Haber Sitesi)(?:['’]?[${LOWER_TR}]*)$`, '$1'],
    ],
    cues: [
      {
        id: 'tr-ilk-olarak',
        keywords: ['yayımlan', 'yayınlan', 'yer al', 'çıkmış'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        // "Bu yazı ilk olarak The Conversation'da yayımlanmıştır", "Bu makale ilk kez Hürriyet'te
        // yayımlandı", "Bu içerik ilk olarak Medyascope internet sitesinde yayımlandı".
        pattern: String.raw`(?:${PIECE} |^\s*)(?:ilk (?:olarak|kez|defa)|daha önce|aslen|orijinal olarak) (?:[0-9][^.;]{0,20}? )?${AT} (?:[^.;]{1,30}? )?${PUBLISHED}`,
        examples: [
          { text: "Bu yazı ilk olarak The Conversation'da yayımlanmıştır.", source: 'The Conversation' },
          { text: "Bu makale ilk kez Hürriyet'te yayımlandı.", source: 'Hürriyet' },
          { text: "Bu yazı daha önce Gazete Duvar'da yayınlanmıştı.", source: 'Gazete Duvar' },
          { text: 'Bu içerik ilk olarak Medyascope internet sitesinde yayımlandı.', source: 'Medyascope' },
        ],
        counterexamples: [
          "Kitap ilk olarak 1998'de yayımlandı.",
          "Bu yazı ilk olarak İstanbul'da yayımlandı.",
          "Roman ilk olarak Almanya'da yayımlandı.",
          'Bu haber ilk olarak Pazartesi günü yayımlandı.',
        ],
      },
      {
        id: 'tr-baski',
        keywords: ['yayımlan', 'yayınlan', 'yer al', 'çıkmış'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // The outlet's own print issue ("Bu yazı gazetemizin basılı nüshasında yer almıştır"), or another
        // publication's ("Bu yazı Cumhuriyet gazetesinin 12 Mart 2020 tarihli baskısında yayımlanmıştır").
        pattern: String.raw`${PIECE} (?:(?:${OF}|gazetemizin|dergimizin) )?(?:[^.;]{1,30}? )?(?:basılı |kağıt |yazılı )?(?:baskısında|nüshasında|sayısında|baskıda|ekinde) ${PUBLISHED}`,
        examples: [
          { text: 'Bu yazı Cumhuriyet gazetesinin 12 Mart 2020 tarihli baskısında yayımlanmıştır.', source: 'Cumhuriyet' },
          { text: 'Bu yazı gazetemizin basılı nüshasında yer almıştır.', source: '' },
          { text: "Bu söyleşi Bianet'in Mart sayısında yayımlanmıştır.", source: 'Bianet' },
        ],
        counterexamples: ['Ziyaretçi sayısında artış yaşandı.', 'Gazetenin baskısı durduruldu.'],
      },
      {
        id: 'tr-alinmistir',
        keywords: ['alınmış', 'alıntı', 'aktarılmış', 'çevrilmiş', 'tercüme edilmiş', 'türkçeleştirilmiş'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "Bu haber BBC Türkçe'den alınmıştır", "Bu yazı The Guardian'dan çevrilmiştir".
        pattern: String.raw`(?:${PIECE} |^\s*)(?:\S+ ){0,2}?${FROM}(?: (?:izin alınarak|izinle))? (?:alınmıştır|alınmış|alıntıdır|alıntılanmıştır|aktarılmıştır|çevrilmiştir|tercüme edilmiştir|Türkçeleştirilmiştir)`,
        examples: [
          { text: "Bu haber BBC Türkçe'den alınmıştır.", source: 'BBC Türkçe' },
          { text: "Bu yazı The Guardian'dan çevrilmiştir.", source: 'The Guardian' },
          { text: "Bu makale izin alınarak Project Syndicate'ten çevrilmiştir.", source: 'Project Syndicate' },
        ],
        counterexamples: ["Bu karar Bakanlık'tan alınmıştır.", 'Numune hastadan alınmıştır.', "Bu haber Ankara'dan alınmıştır.", "Bu makale İngilizce'den çevrilmiştir."],
      },
      {
        id: 'tr-cevirisi',
        keywords: ['çevirisi', 'tercümesi'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "Bu yazı, The Guardian'da yayımlanan makalenin çevirisidir".
        pattern: String.raw`${AT} (?:\S+ ){0,5}?(?:yayımlanan|yayınlanan|çıkan) (?:\S+ ){0,4}?(?:çevirisidir|tercümesidir|Türkçe çevirisidir)`,
        examples: [
          { text: "Bu yazı, The Guardian'da yayımlanan makalenin çevirisidir.", source: 'The Guardian' },
          { text: "Foreign Policy'de 3 Mart'ta yayımlanan yazının Türkçe çevirisidir.", source: 'Foreign Policy' },
        ],
        counterexamples: ['Kitabın çevirisidir.', "Bu metin, 1923'te yayımlanan romanın çevirisidir."],
      },
      {
        id: 'tr-derlenmistir',
        keywords: ['derlenmiş'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.75,
        needsOutlet: true,
        // "Haber, Reuters'tan derlenmiştir", "Anadolu Ajansı'ndan derlenmiştir".
        pattern: String.raw`${FROM} (?:\S+ ){0,2}?derlenmiştir`,
        examples: [
          { text: "Haber, Reuters'tan derlenmiştir.", source: 'Reuters' },
          { text: "Bu içerik Anadolu Ajansı'ndan derlenmiştir.", source: 'Anadolu Ajansı' },
        ],
        counterexamples: ["Veriler TÜİK'ten derlenmiştir.", 'Bilgiler ajanslardan derlenmiştir.'],
      },
      {
        id: 'tr-izniyle',
        keywords: ['izni'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: true,
        // "Bu yazı Gazete Duvar'ın izniyle yayımlanmıştır", "Bianet'in izniyle yeniden yayımlıyoruz".
        pattern: String.raw`${OF} (?:(?:yazılı|özel|yayın) )?(?:izniyle|izni ile|iznine istinaden|izni alınarak)`,
        examples: [
          { text: "Bu yazı Gazete Duvar'ın izniyle yayımlanmıştır.", source: 'Gazete Duvar' },
          { text: "Bianet'in izniyle yeniden yayımlıyoruz.", source: 'Bianet' },
        ],
        counterexamples: ["Ahmet Yılmaz'ın izniyle paylaşıldı.", 'Valiliğin izniyle yapıldı.'],
      },
      {
        id: 'tr-gore',
        keywords: ['göre'],
        role: 'cites',
        confidence: 0.65,
        needsOutlet: true,
        // "Reuters'a göre", "The New York Times'ın haberine göre", "Hürriyet gazetesinin aktardığına
        // göre", "Sözcü'de yer alan habere göre".
        pattern: String.raw`(?:${FROM} (?:[{upper}][{letter}]+ ){1,3}?[{upper}][{letter}]*['’]n?[ıiuü]n (?:haberine|yazısına|köşe yazısına|aktardığına|haberinde|yazdığına)|${TO} göre|${OF} (?:\S+ ){0,2}?(?:haberine|haberlerine|aktardığına|bildirdiğine|yazdığına|duyurduğuna|açıkladığına|ulaştığı bilgilere|edindiği bilgilere|raporuna|analizine|iddiasına|verdiği habere|sitesindeki habere) göre|${AT} (?:yer alan|yayımlanan|yayınlanan|çıkan) (?:habere|haberlere|makaleye|yazıya|analize|bilgilere) göre)(?![{letter}])`,
        examples: [
          { text: "Reuters'a göre görüşmeler çıkmaza girdi.", source: 'Reuters' },
          { text: "The New York Times'ın haberine göre plan rafa kaldırıldı.", source: 'The New York Times' },
          { text: 'Cumhuriyet gazetesinin aktardığına göre toplantı ertelendi.', source: 'Cumhuriyet' },
          { text: "Hürriyet'ten Ahmet Hakan'ın haberine göre toplantı ertelendi.", source: 'Hürriyet' },
        ],
        counterexamples: [
          "Erdoğan'a göre bu mümkün değil.",
          "Microsoft'a göre güncelleme güvenli.",
          'Uzmanlara göre risk büyük.',
          "Polis'e göre kimse yaralanmadı.",
        ],
      },
      {
        id: 'tr-konustu',
        keywords: ['konuş', 'açıklama', 'söyle', 'bilgi ver', 'demeç', 'röportaj', 'mülakat', 'muhabir', 'sorularını'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // "Hürriyet'e konuştu", "CNN Türk'e açıklama yapan", "Reuters'a verdiği röportajda", "DHA muhabirine
        // konuşan", "T24'ün sorularını yanıtlayan".
        pattern: String.raw`(?:(?:${TO}|{SOURCE} (?:muhabirine|muhabirlerine|muhabirimize)) (?:(?:özel|bir|yaptığı|verdiği|özel olarak|kısa) )*(?:konuş|açıklama yap|açıklamalar yap|açıklamada bulun|açıklamalarda bulun|açıklamasında|açıklamalarında|açıklamada|demeç ver|demecinde|demeçte|röportaj ver|röportajda|röportajında|mülakat ver|mülakatta|mülakatında|değerlendirme yap|değerlendirmede|değerlendirmelerde bulun|bilgi ver|söyle)|${OF} sorularını yanıtla)[{lower}]*`,
        examples: [
          { text: "Bakan, Hürriyet'e konuştu.", source: 'Hürriyet' },
          { text: "Reuters'a verdiği röportajda Bakan iddiaları reddetti.", source: 'Reuters' },
          { text: 'DHA muhabirine konuşan uzman, riskin büyük olduğunu belirtti.', source: 'DHA' },
          { text: "T24'ün sorularını yanıtlayan yazar, kitabını anlattı.", source: 'T24' },
        ],
        counterexamples: ["Ahmet Yılmaz'a konuştu.", 'Gazetecilere konuşan bakan açıklama yaptı.', "Erdoğan'a açıklama yaptı."],
      },
      {
        id: 'tr-bildirdi',
        keywords: ['bildirdi', 'duyurdu', 'yazdı', 'aktardı', 'haber verdi', 'haberini verdi', 'ortaya çıkardı', 'iddia etti', 'ileri sürdü', 'ulaştığı', 'elde ettiği', 'yayımladığı', 'yayınladığı'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // "…ertelendiğini Reuters bildirdi", "Cumhuriyet gazetesi yazdı", "Bloomberg haberini verdi".
        pattern: String.raw`(?:{SOURCE}(?<!['’][{lower}]{1,8})(?: ${KIND})? (?:(?:de|da|ise|dün|bugün|ayrıca|daha önce|ilk olarak) )?(?:bildirdi|duyurdu|yazdı|aktardı|haber verdi|haberini verdi|ortaya çıkardı|iddia etti|ileri sürdü)|${OF} (?:ortaya çıkardığı|ulaştığı|elde ettiği|yayımladığı|yayınladığı))(?![{letter}])`,
        examples: [
          { text: 'Görüşmelerin ertelendiğini Reuters bildirdi.', source: 'Reuters' },
          { text: 'Cumhuriyet gazetesi yazdı.', source: 'Cumhuriyet' },
          { text: 'Şirketin satılacağını ilk olarak Bloomberg haberini verdi.', source: 'Bloomberg' },
          { text: "Reuters'ın ulaştığı belgelere göre anlaşma hazır.", source: 'Reuters' },
        ],
        counterexamples: ['Sağlık Bakanlığı bildirdi.', "Ahmet Yılmaz Twitter'dan yazdı.", 'Polis olayı duyurdu.', "TÜİK'in yayımladığı veriler enflasyonun düştüğünü gösterdi."],
      },
    ],
  };
}
