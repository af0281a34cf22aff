/**
 * Polish: "Artykuł pierwotnie ukazał się w Gazecie Wyborczej", "Przedruk za zgodą redakcji
 * „Tygodnika Powszechnego”", "Źródło: PAP", "według Reutersa", "jak podaje Onet", "powiedział w
 * rozmowie z PAP", "Tekst ukazał się w papierowym wydaniu „Rzeczpospolitej”". Closing credits
 * ("aja/PAP") and datelines ("Warszawa (PAP) -") are the registry's tokens.
 *
 * Polish inflects names ("w Rzeczpospolitej", "dla Onetu", "Tygodnika Powszechnego"): the cues
 * capture them as written and `nameForms` turns them back into the nominative the registry knows.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    'ukazał', 'opublikowan', 'pierwotnie', 'Pierwotnie', 'Przedruk', 'Za zgodą', 'pochodzi z', 'Według', 'podaje',
    'podają', 'podał', 'informuj', 'poinformowa', 'pisze', 'piszą', 'pisał', 'napisał', 'napisali', 'donosi',
    'donoszą', 'doniósł', 'doniosł', 'ustalił', 'ustalili', 'dowiedzia', 'dowiedzieli', 'ujawni', 'przypomin',
    'przypomniał', 'relacjonuj', 'relacjonowa', 'czytamy', 'przeczytać', 'W rozmowie', 'W wywiadzie',
    'powiedział {Cap}', 'powiedziała {Cap}', 'powiedzieli {Cap}', 'przekazał {Cap}', 'przekazała {Cap}',
    'powiedział „', 'powiedziała „', 'Na podstawie',
  ],
  sourceLabels: ['Źródło', 'Źródła', 'źródło', 'źródła', 'Źródło informacji', 'Pierwodruk', 'Pierwotna publikacja', 'Tekst oryginalny'],
  bylineWords: ['Autor', 'Autorka', 'Autorzy', 'Przez', 'Oprac.', 'Opracowanie', 'Opracował', 'Opracowała'],
  commonWords: ['się', 'nie', 'że', 'jest', 'przez', 'oraz', 'jak', 'już', 'tylko', 'został', 'są', 'być', 'też', 'jego'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** Endings of inflected forms and the nominative's, grouped by what they become. */
  const FEMININE: [string, string][] = [
    ['y|i|ę|ą|iej|ej', 'a'], // Gazety, Polityki, Interii, Agencji, Gazetę, Gazetą, Wyborczej, Rzeczpospolitej
    ['ce', 'ka'], // Polityce, Krytyce, Polsce
    ['ecie', 'eta'], // Gazecie
    ['dzie', 'da'], // Prawdzie
    ['rze', 'ra'], // Kulturze
  ];
  const MASCULINE: [string, string][] = [
    ['a|u|owi|em|iem', ''], // Onetu, Reutersa, Onetowi, Onetem, Tygodnikiem, Tygodniku
    ['cie', 't'], // Onecie, Polsacie, Fakcie
    ['sie', 's'], // Expressie, Timesie, Pulsie
    ['nie', 'n'], // Guardianie
    ['rze', 'r'], // Kurierze
    ['dzie', 'd'],
  ];
  const MASCULINE_ADJECTIVE: [string, string][] = [
    ['ego|ym|emu', 'y'], // Powszechnego, Powszechnym
    ['iego|iemu|im', 'i'], // Polskiego, Polskim
    ['ego|ym|emu', ''], // Naszego (Nasz Dziennik)
  ];
  const NEUTER: [string, string][] = [['ia|iu|iem', 'io']]; // Radia, Radiu, Radiem
  const NEUTER_ADJECTIVE: [string, string][] = [['iego|iemu|im', 'ie'], ['ego|ym|emu', 'e']]; // Polskiego Radia, Polskim Radiu

  const WORD = String.raw`(\S{2,}?)`;
  const ending = (endings: string) => `(?:${endings})`;
  const ALL = [...FEMININE, ...MASCULINE, ...MASCULINE_ADJECTIVE, ...NEUTER];
  const pairs = (first: [string, string][], second: [string, string][]): [string, string][] =>
    first.flatMap(([e1, b1]) => second.map(([e2, b2]): [string, string] => [`^${WORD}${ending(e1)} ${WORD}${ending(e2)}( .+)?$`, `$1${b1} $2${b2}$3`]));

  /** The nominative of an inflected name, as [pattern, replacement]: most specific first. */
  const NAME_FORMS: [string, string][] = [
    ['^Rzeczypospolit(?:ej|ą)$', 'Rzeczpospolita'],
    // "Spiegla", "w Spieglu": the e that drops out.
    [String.raw`^(\S{3,}?)l(?:a|u|owi|em)$`, '$1el'],
    // Three words: "Dziennika Gazety Prawnej", "Polskiej Agencji Prasowej".
    [`^${WORD}${ending('a|u|iem')} ${WORD}${ending('y|i|ę|ą')} ${WORD}${ending('iej|ej|ą')}$`, '$1 $2a $3a'],
    [`^${WORD}${ending('u')} ${WORD}ecie ${WORD}ej$`, '$1 $2eta $3a'],
    [`^${WORD}${ending('iej|ej|ą')} ${WORD}${ending('i|ę|ą')} ${WORD}${ending('iej|ej|ą')}$`, '$1a $2a $3a'],
    // Two words that agree: a noun and its adjective, or an adjective and its noun.
    ...pairs(FEMININE, [FEMININE[0]]),
    ...pairs([FEMININE[0]], FEMININE.slice(1)),
    ...pairs(MASCULINE, MASCULINE_ADJECTIVE.slice(0, 2)),
    ...pairs(MASCULINE_ADJECTIVE, MASCULINE.slice(0, 4)),
    ...pairs(NEUTER_ADJECTIVE, NEUTER),
    // One word inflected: alone ("Onetu"), before fixed words ("Pulsu Biznesu", "Radia Zet"), or after
    // them ("Super Expressu", "New York Timesa").
    ...ALL.map(([e, b]): [string, string] => [`^${WORD}${ending(e)}$`, `$1${b}`]),
    ...ALL.map(([e, b]): [string, string] => [`^${WORD}${ending(e)}( .+)$`, `$1${b}$2`]),
    ...ALL.map(([e, b]): [string, string] => [String.raw`^(.+ \S{2,}?)${ending(e)}$`, `$1${b}`]),
  ];

  /** What the credit speaks of: "Artykuł", "Tekst", "Wywiad", "Ten felieton". */
  const PIECE = String.raw`(?<![{letter}])(?:(?:[Tt]en|[Nn]iniejszy|[Pp]owyższy|[Tt]a|[Nn]iniejsza|[Pp]owyższa|[Tt]o|[Pp]owyższe) )?(?:[Aa]rtykuł|[Tt]ekst|[Ww]ywiad|[Kk]omentarz|[Ff]elieton|[Rr]eportaż|[Mm]ateriał|[Ww]pis|[Ee]sej|[Rr]ozmowa|[Rr]ecenzja|[Aa]naliza|[Rr]elacja|[Ff]ragment|[Pp]ost|[Ww]ersja (?:tego |niniejszego )?(?:artykułu|tekstu))`;
  /** A kind of outlet before its name, in any case, with an adjective: "amerykańskiego dziennika", "portalu". */
  const KIND = String.raw`(?:(?:[{lower}]+ )?(?:dziennik|dziennika|dzienniku|dziennikiem|gazeta|gazety|gazecie|gazetą|tygodnik|tygodnika|tygodniku|tygodnikiem|miesięcznik|miesięcznika|miesięczniku|dwutygodnika|kwartalnik|kwartalnika|kwartalniku|magazyn|magazynu|magazynie|magazynem|portal|portalu|portalem|serwis|serwisu|serwisie|serwisem|agencja|agencji|agencją|agencja prasowa|agencji prasowej|stacja|stacji|stacją|telewizja|telewizji|telewizją|radio|radia|radiu|radiem|rozgłośnia|rozgłośni|pismo|pisma|piśmie|witryna|witryny|witrynie|blog|bloga|blogu|strona|strony|stronie|redakcja|redakcji|redakcją|dziennikarzem|dziennikarką|dziennikarzami|dziennikarzy|reporterem|reporterką) |[{lower}]+(?:sk|ck)(?:iego|iej|im|i|a|ą) )`;
  /** Places a text may have appeared in that are not publications. */
  const NOT_A_PLACE = String.raw`(?!(?:Polsce|Polski|Stanach|Niemczech|Wielkiej Brytanii|Europie|Rosji|Francji|Ukrainie|Anglii|Ameryce|USA|Internecie)(?![{letter}]))`;
  const ADVERB = String.raw`(?:pierwotnie|oryginalnie|pierwszy raz|po raz pierwszy|wcześniej|uprzednio|najpierw)`;
  const APPEARED = String.raw`(?:ukazał[ao]? się|opublikowan[yae]|publikowan[yae])`;
  const REPORTED = String.raw`(?:podaje|podają|podał|podała|podało|podali|podały|informuje|informują|informował|informowała|poinformował|poinformowała|poinformowało|poinformowali|poinformowały|pisze|piszą|pisał|pisała|napisał|napisała|napisało|napisali|donosi|donoszą|doniósł|doniosła|doniosło|donosił|donosiła|ustalił|ustaliła|ustaliło|ustalili|dowiedział się|dowiedziała się|dowiedziało się|dowiedzieli się|ujawnił|ujawniła|ujawniło|ujawnia|ujawniają|przypomina|przypomniał|przypomniała|relacjonuje|relacjonował|relacjonowała)`;
  const WHEN = String.raw`(?:(?:w |we )?(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|nocy|weekend)|wcześniej|dziś|dzisiaj|wczoraj|rano|wieczorem|już|też|także|również|nieoficjalnie|jako pierwszy|jako pierwsza|jako pierwsi)`;

  return {
    code: 'pl',
    name: 'Polish',
    words,
    quotes: [['„', '”'], ['«', '»']],
    articles: [],
    // No connector: "Do Rzeczy" and "Dziennik Gazeta Prawna" are capitalised throughout.
    connectors: [],
    conjunctions: ['i', 'oraz', 'lub', 'albo'],
    fillers: [
      'w', 'we', 'na', 'z', 'ze', 'dla', 'od', 'o', 'jak', 'według', 'i', 'a', 'ale', 'także', 'też', 'już', 'jednak',
      'więc', 'czyli', 'to', 'ten', 'ta', 'tym', 'po', 'przez', 'za', 'pod', 'nad', 'przed', 'wczoraj', 'dziś',
      'dzisiaj', 'jutro', 'wcześniej', 'później', 'teraz', 'obecnie', 'natomiast', 'tymczasem', 'ponadto', 'również',
      'oraz', 'co', 'gdy', 'kiedy', 'jeszcze', 'zaś', 'jako', 'tak',
    ],
    notASource: [
      'policja', 'policji', 'rząd', 'rządu', 'ministerstwo', 'ministerstwa', 'resort', 'urząd', 'prokuratura',
      'prokuratury', 'sąd', 'sądu', 'straż', 'wojsko', 'eksperci', 'ekspertów', 'źródła', 'źródło', 'źródeł', 'media',
      'mediów', 'redakcja', 'redakcji', 'autor', 'autorka', 'autora', 'gazeta', 'dziennik', 'portal', 'agencja',
      'agencji', 'polska', 'polsce', 'polski', 'usa', 'europa', 'europie', 'niemcy', 'niemczech', 'rosja', 'rosji',
      'ukraina', 'ukrainie', 'warszawa', 'warszawie', 'twitter', 'twitterze', 'facebook', 'facebooku', 'youtube',
      'instagram', 'tiktok', 'telegram', 'on', 'ona', 'oni', 'one', 'to', 'ten', 'ta', 'tym', 'tego', 'jak', 'co',
      'czytaj', 'zobacz', 'fot', 'foto', 'zdjęcie', 'archiwum', 'kontakt', 'regulamin', 'reklama', 'prenumerata',
      'internet', 'internecie', 'sieci',
    ],
    newsWords: [
      'Gazeta', 'Dziennik', 'Tygodnik', 'Kurier', 'Głos', 'Express', 'Ekspres', 'Przegląd', 'Wiadomości', 'Fakty',
      'Nowiny', 'Telewizja', 'Prasowa', 'Informacyjna', 'Codziennie', 'Gazety', 'Gazecie', 'Dziennika', 'Dzienniku',
      'Tygodnika', 'Tygodniku', 'Kuriera', 'Kurierze', 'Głosu', 'Expressu', 'Przeglądu', 'Prasowej', 'Informacyjnej',
    ],
    outletNouns: [
      'agencja prasowa', 'agencji prasowej', 'agencja', 'agencji', 'agencją', 'portal', 'portalu', 'portalem',
      'serwis', 'serwisu', 'serwisie', 'stacja', 'stacji', 'stacją', 'redakcja', 'redakcji', 'dziennikarze',
      'dziennikarz', 'dziennikarzy',
    ],
    months: [
      'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik',
      'listopad', 'grudzień', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
      'września', 'października', 'listopada', 'grudnia',
    ],
    days: [
      'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'poniedziałku', 'wtorku', 'środę',
      'środy', 'czwartku', 'piątku', 'sobotę', 'soboty', 'niedzielę', 'niedzieli',
    ],
    photoWords: [
      'Fot', 'Foto', 'Zdjęcie', 'Zdjęcia', 'Fotografia', 'Ilustracja', 'Grafika', 'Wideo', 'Źródło zdjęcia',
      'Autor zdjęcia', 'Materiały prasowe', 'Mat. prasowe',
    ],
    creditJoiners: ['i', 'oraz'],
    citeCredits: ['Współpraca'],
    copyrightWords: ['Copyright', 'Wszelkie prawa zastrzeżone', 'Prawa autorskie'],
    issueWords: ['Nr', 'nr', 'Numer', 'Wydanie', 'Rocznik'],
    nameForms: NAME_FORMS,
    cues: [
      {
        id: 'pl-pierwotnie',
        keywords: ['pierwotnie', 'oryginalnie', 'pierwszy', 'wcześniej', 'uprzednio', 'najpierw'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        // "Artykuł pierwotnie ukazał się w Gazecie Wyborczej", "Tekst ukazał się pierwotnie na łamach
        // tygodnika „Polityka”", "Artykuł został pierwotnie opublikowany na stronie The Conversation".
        pattern: String.raw`(?:${PIECE} (?:(?:został[ao]?|był[ao]?) )?(?:${ADVERB} ${APPEARED}|${APPEARED} ${ADVERB})|^\s*(?:[Pp]ierwotnie|[Oo]ryginalnie|[Pp]o raz pierwszy) (?:${APPEARED}|opublikowano)) (?:(?:w dniu |dnia )?[0-9][^;]{0,25}? )?(?:na łamach|w|we|na|przez) ${KIND}?${NOT_A_PLACE}{SOURCE}`,
        examples: [
          { text: 'Artykuł pierwotnie ukazał się w Gazecie Wyborczej.', source: 'Gazecie Wyborczej' },
          { text: 'Tekst ukazał się pierwotnie na łamach tygodnika „Polityka”.', source: 'Polityka' },
          { text: 'Wywiad pierwotnie ukazał się w serwisie Onet.pl.', source: 'Onet.pl' },
          { text: 'Artykuł został pierwotnie opublikowany na stronie The Conversation.', source: 'The Conversation' },
        ],
        counterexamples: [
          'Książka ukazała się pierwotnie w 1998 roku.',
          'Tekst ukazał się pierwotnie w poniedziałek.',
          'Artykuł ukazał się pierwotnie w Stanach Zjednoczonych.',
          'Powiedział: „Artykuł pierwotnie ukazał się w Gazecie Wyborczej”.',
        ],
      },
      {
        id: 'pl-ukazal-sie',
        keywords: ['ukazał', 'opublikowan', 'pochodzi z'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.8,
        needsOutlet: true,
        // "Tekst ukazał się w „Tygodniku Powszechnym”", "Artykuł pochodzi z serwisu Onet".
        pattern: String.raw`${PIECE} (?:ukazał[ao]? się|został[ao]? opublikowan[yae]|opublikowan[yae] został[ao]?|pochodzi) (?:również |także |też )?(?:na łamach|w|we|na|z) ${KIND}?{SOURCE}`,
        examples: [
          { text: 'Tekst ukazał się w „Tygodniku Powszechnym” nr 12/2020.', source: 'Tygodniku Powszechnym' },
          { text: 'Artykuł pochodzi z serwisu Onet.', source: 'Onet' },
          { text: 'Wywiad ukazał się na łamach Rzeczpospolitej.', source: 'Rzeczpospolitej' },
        ],
        counterexamples: ['Artykuł ukazał się w Polsce.', 'Tekst ukazał się w poniedziałek.', 'Artykuł pochodzi z Archiwum Państwowego.'],
      },
      {
        id: 'pl-wydanie',
        keywords: ['ukazał', 'opublikowan', 'pochodzi'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // This outlet's own issue ("Tekst ukazał się w weekendowym wydaniu dziennika", "Artykuł pochodzi
        // z numeru Polityka 12.2020"), or another publication's ("w najnowszym numerze tygodnika „Sieci”").
        pattern: String.raw`${PIECE} (?:ukazał[ao]? się|został[ao]? opublikowan[yae]|opublikowan[yae] został[ao]?|pochodzi) (?:również |także |też )?(?:w|we|z) (?:(?:najnowsz|now|bieżąc|aktualn|ostatni|papierow|drukowan|weekendow|świąteczn|sobotni|piątkow|wakacyjn|specjaln|magazynow)(?:ym|ego|ej|im|ą|y) )*(?:wydani[ua]|numer(?:ze|u)|wersji|edycji)(?![{letter}])(?: (?:papierow|drukowan|weekendow|specjaln)(?:ej|ego|ym))?(?: (?:z |z dnia |nr\.? )?[0-9](?:[^.;\n]|\.(?=\S)){0,40}? (?:(?:dziennika|tygodnika|miesięcznika|magazynu|kwartalnika|gazety|pisma|dwutygodnika) )?{SOURCE}| (?:(?:dziennika|tygodnika|miesięcznika|magazynu|kwartalnika|gazety|pisma|dwutygodnika) )?{SOURCE})?`,
        examples: [
          { text: 'Artykuł ukazał się w papierowym wydaniu „Rzeczpospolitej”.', source: 'Rzeczpospolitej' },
          { text: 'Tekst ukazał się w najnowszym numerze tygodnika „Sieci”.', source: 'Sieci' },
          { text: 'Artykuł pochodzi z numeru Polityka 12.2020 (3252) z dnia 17.03.2020.', source: 'Polityka' },
          { text: 'Tekst ukazał się w weekendowym wydaniu dziennika.', source: '' },
        ],
        counterexamples: ['Książka ukazała się w nowym wydaniu w 2020 roku.', 'Numer ukazał się w poniedziałek.'],
      },
      {
        id: 'pl-przedruk',
        keywords: ['przedruk', 'za zgodą', 'uprzejmości'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "Przedruk za zgodą redakcji „Tygodnika Powszechnego”", "Przedruk z „Gazety Wyborczej”",
        // "Tekst publikujemy za zgodą redakcji Krytyki Politycznej".
        pattern: String.raw`(?:(?<![{letter}])[Pp]rzedruk(?:owano|owany|owana|owane|ujemy)? (?:(?:tekst|artykuł|materiał|wywiad) )?(?:(?:za|dzięki) (?:uprzejmą |życzliwą |łaskawą )?(?:zgodą|zgody|uprzejmości) (?:redakcji |wydawcy |autora i redakcji |wydawnictwa )?|z |ze )|(?<![{letter}])(?:[Pp]ublikacja|[Pp]ublikujemy|[Zz]amieszczamy|[Tt]ekst publikujemy|[Aa]rtykuł publikujemy)(?: (?:tekst|artykuł|materiał|wywiad))? (?:za|dzięki) (?:uprzejmą |życzliwą |łaskawą )?(?:zgodą|zgody|uprzejmości) (?:redakcji|wydawcy|serwisu|portalu|dziennika|tygodnika|miesięcznika|magazynu|kwartalnika) )${KIND}?${NOT_A_PLACE}{SOURCE}`,
        examples: [
          { text: 'Przedruk za zgodą redakcji „Tygodnika Powszechnego”.', source: 'Tygodnika Powszechnego' },
          { text: 'Przedruk z „Gazety Wyborczej”.', source: 'Gazety Wyborczej' },
          { text: 'Tekst publikujemy za zgodą redakcji Krytyki Politycznej.', source: 'Krytyki Politycznej' },
        ],
        counterexamples: ['Przedruk za zgodą autora.', 'Publikacja za zgodą Jana Kowalskiego.', 'Przedruk z archiwum rodzinnego.'],
      },
      {
        id: 'pl-za-zgoda',
        keywords: ['za zgodą'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.8,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])[Zz]a (?:uprzejmą |życzliwą |łaskawą )?zgodą (?:redakcji |wydawcy )?${KIND}?{SOURCE}`,
        examples: [
          { text: 'Publikacja za zgodą Gazety Wyborczej.', source: 'Gazety Wyborczej' },
          { text: 'Materiał publikujemy za zgodą Onetu.', source: 'Onetu' },
        ],
        counterexamples: ['Publikacja za zgodą Jana Kowalskiego.', 'Zrobiono to za zgodą Ministerstwa Zdrowia.'],
      },
      {
        id: 'pl-na-podstawie',
        keywords: ['na podstawie'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.75,
        needsOutlet: true,
        // "Oprac. na podstawie PAP", "(na podstawie informacji agencji Reuters)".
        pattern: String.raw`(?<![{letter}])[Nn]a podstawie(?: (?:informacji|materiałów|depesz|depeszy|doniesień|relacji))?(?: (?:agencji|agencji prasowej|agencji prasowych|agencyjnych|agencji informacyjnej))?:? {SOURCE}`,
        examples: [
          { text: 'Oprac. na podstawie PAP.', source: 'PAP' },
          { text: '(na podstawie informacji agencji Reuters)', source: 'Reuters' },
        ],
        counterexamples: ['Na podstawie ustawy o ochronie danych osobowych.', 'Na podstawie Kodeksu Pracy pracodawca musi zapłacić.'],
      },
      {
        id: 'pl-wedlug',
        keywords: ['według'],
        role: 'cites',
        confidence: 0.65,
        needsOutlet: true,
        // "według Reutersa", "według ustaleń Onetu", "według amerykańskiego dziennika „The Wall Street Journal”".
        pattern: String.raw`(?<![{letter}])[Ww]edług (?:(?:nieoficjalnych |najnowszych |wstępnych |cytowanych )?(?:informacji|ustaleń|doniesień|relacji|artykułu|źródeł|wyliczeń|analizy) )?${KIND}?{SOURCE}`,
        examples: [
          { text: 'Według Reutersa rozmowy utknęły w martwym punkcie.', source: 'Reutersa' },
          { text: 'Według ustaleń Onetu minister poda się do dymisji.', source: 'Onetu' },
          { text: 'Według amerykańskiego dziennika „The Wall Street Journal” negocjacje trwają.', source: 'The Wall Street Journal' },
          { text: 'Według agencji PAP posiedzenie przełożono.', source: 'PAP' },
        ],
        counterexamples: [
          'Według policji nikt nie został ranny.',
          'Według Microsoftu aktualizacja jest bezpieczna.',
          'Według raportu Finland Landscapes spożycie spada.',
          'Według Kowalskiego to błąd.',
        ],
      },
      {
        id: 'pl-podaje',
        keywords: ['poda', 'informuj', 'informowa', 'pisze', 'piszą', 'pisał', 'napisa', 'donosi', 'donoszą', 'doniósł', 'doniosł', 'ustali', 'dowiedzia', 'dowiedzieli', 'ujawni', 'przypomin', 'przypomnia', 'relacjonuj', 'relacjonowa', 'czytamy', 'przeczytać'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // "jak podaje PAP", "Onet ustalił", "jak napisała „Rzeczpospolita”", "jak czytamy w Gazecie Wyborczej".
        pattern: String.raw`(?:(?<![{letter}])${REPORTED} (?:${WHEN} )?(?:(?:na łamach|w|we) )?${KIND}?{SOURCE}|(?<![{letter}])(?:czytamy|przeczytać można|można przeczytać|możemy przeczytać) (?:w|we|na łamach|na) ${KIND}?{SOURCE}|{SOURCE} (?:${WHEN} )?${REPORTED}(?![{letter}]))`,
        examples: [
          { text: 'Jak podaje PAP, do zdarzenia doszło w nocy.', source: 'PAP' },
          { text: 'Onet ustalił, że minister planuje dymisję.', source: 'Onet' },
          { text: 'Jak napisała „Rzeczpospolita”, rząd przygotowuje zmiany.', source: 'Rzeczpospolita' },
          { text: 'Jak czytamy w Gazecie Wyborczej, ustawa trafi do Sejmu.', source: 'Gazecie Wyborczej' },
        ],
        counterexamples: [
          'Policja podała, że nikt nie zginął.',
          'Ministerstwo Zdrowia poinformowało o nowych zakażeniach.',
          'Przewodniczący Rady Europejskiej Charles Michel napisał na Twitterze, że to ważny dzień.',
          'Microsoft poinformował w komunikacie o awarii.',
        ],
      },
      {
        id: 'pl-w-rozmowie',
        keywords: ['rozmowie', 'wywiad', 'powiedzia', 'przekaza'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // "powiedział w rozmowie z PAP", "powiedziała Onetowi", "W wywiadzie dla „Rzeczpospolitej”".
        pattern: String.raw`(?:(?<![{letter}])[Ww] (?:rozmowie|wywiadzie|rozmowy|wywiadu) (?:z|ze|dla|udzielonym|udzielonym dla) ${KIND}?{SOURCE}|(?<![{letter}])(?:powiedział|powiedziała|powiedzieli|powiedziało|przekazał|przekazała|przekazali|zdradził|zdradziła|przyznał|przyznała|potwierdził|potwierdziła|zapowiedział|zapowiedziała|oświadczył|oświadczyła|wyjaśnił|wyjaśniła) (?:(?:w rozmowie z|w wywiadzie dla|dla) )?${KIND}?{SOURCE})`,
        examples: [
          { text: 'Minister powiedział w rozmowie z PAP, że ustawa jest gotowa.', source: 'PAP' },
          { text: '– Nie wykluczam tego – powiedziała Onetowi posłanka.', source: 'Onetowi' },
          { text: 'W wywiadzie dla „Rzeczpospolitej” prezes zapowiedział zmiany.', source: 'Rzeczpospolitej' },
          { text: 'Informację przekazał TVN24 rzecznik policji.', source: 'TVN24' },
        ],
        counterexamples: [
          '– To koniec – powiedział Jan Kowalski.',
          'W rozmowie z Janem Kowalskim poruszyliśmy wiele tematów.',
          'Rzecznik powiedział w rozmowie z dziennikarzami, że sprawa jest w toku.',
        ],
      },
    ],
  };
}
