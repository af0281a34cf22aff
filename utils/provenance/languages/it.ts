/**
 * Italian: "Questo articolo è stato pubblicato originariamente su …", "Articolo apparso su …",
 * "ripubblicato da The Conversation", "per gentile concessione del …", "Fonte: ANSA", "Di …",
 * "secondo il Corriere della Sera", "come riporta l'ANSA", "ha detto all'ANSA", "intervistato da La
 * Stampa", "il quotidiano britannico The Guardian".
 *
 * Italian contracts its articles with the prepositions ("sul Fatto Quotidiano", "dalla Stampa",
 * "all'Espresso"): a cue takes the name without them and `nameForms` give the registry the name
 * with its article back ("Il Fatto Quotidiano", "La Stampa", "L'Espresso"). Agencies' datelines and
 * closing credits ("ROMA (ANSA) -", "(Adnkronos)") are the registry's tokens, read by the engine.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    // Credit lines.
    'originariamente', 'originalmente', 'in origine', 'inizialmente', 'per la prima volta', 'Ripubblicat',
    'Riprodott', 'Ripreso da', 'Ripresa da', 'Ripreso dal', 'Ripresa dal', 'Tratto da', 'Tratta da', 'Tratto dal',
    'Tratta dal', 'Leggi l’articolo', "Leggi l'articolo", 'Continua a leggere', 'Leggi il resto', 'concessione',
    'permesso d', 'permesso del', 'autorizzazione', 'collaborazione con', 'partnership con',
    // Print editions and other publications' issues.
    'stato pubblicato', 'stata pubblicata', 'apparso', 'apparsa', 'è uscito', 'è uscita', 'uscito su', 'uscita su',
    'uscito sul', 'uscita sul', 'uscito nel', 'uscita nel', 'è tratto', 'è tratta', 'Articolo pubblicato',
    'Articolo apparso', 'Articolo uscito', 'Articolo tratto', 'Intervista pubblicata', 'Intervista apparsa',
    'Testo pubblicato', 'Testo apparso', 'Editoriale pubblicato', 'Editoriale apparso', 'Inchiesta pubblicata',
    'Inchiesta apparsa', 'Reportage pubblicato', 'Reportage apparso', 'Articolo di', 'un articolo', 'un editoriale',
    'un’inchiesta', "un'inchiesta", 'un’intervista', "un'intervista", 'un’analisi', "un'analisi", 'un servizio',
    'un reportage', 'un pezzo',
    // Citations.
    'Secondo ', 'Stando a', 'A detta d', 'riport', 'scrive', 'scrivono', 'scritto', 'rivel', 'riferisc', 'riferit',
    'riferiva', 'anticip', 'racconta', 'raccontato', 'svela', 'svelato', 'spiega', 'spiegato', 'sottolinea',
    'precisa', 'fa sapere', 'rende noto', 'reso noto', 'conferma', 'sostiene', 'ricostruisce', 'ricostruito',
    'informa', 'apprende', 'appreso', 'pubblica', 'detto', 'dichiara', 'dichiarato', 'confermato', 'affermato',
    'afferma', 'sottolineato', 'precisato', 'annunciato', 'annuncia', 'confidato', 'commentato', 'commenta',
    'aggiunto', 'aggiunge', 'assicurato', 'assicura', 'ammesso', 'ammette', 'ribadito', 'ribadisce', 'denunciato',
    'denuncia', 'dice', 'osserva', 'confida', 'Intervistat', 'Interpellat', 'Contattat', 'Raggiunt', 'Sentit',
    'Citat', 'Interrogat', 'Consultat', 'Visionat', 'Ottenut', 'intervista', 'colloquio', 'Ospite d', 'microfoni',
    'si legge', 'leggiamo', 'quotidiano', 'giornale', 'settimanale', 'mensile', 'magazine', 'testata', 'agenzia',
    'sito d', 'portale di', 'tabloid', 'emittente', 'telegiornale',
  ],
  sourceLabels: ['Fonte', 'Fonti', 'Fonte originale', 'Articolo originale', 'Tratto da'],
  bylineWords: ['Di', 'di', 'A cura di', 'a cura di'],
  commonWords: ['che', 'della', 'è', 'per', 'gli', 'sono', 'anche', 'più', 'nel', 'alla', 'questo', 'delle', 'degli', 'dei'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  const AP = `['’]`;
  /** A lower-case word that describes an outlet ("britannico", "economico"), never a verb, a participle ("registrata") or a small word. */
  const ADJ = String.raw`(?!(?:ha|hanno|è|era|aveva|sono|scrive|riporta|cita|pubblica|rivela|racconta|spiega|di|del|della|dello|dei|degli|delle|e|o|che|con|su|per|da|in|a|al|il|la|lo|le|gli|un|una|nel|nella|sul|sulla|dal|dalla|presso|come|dove|non|si)(?![{letter}])|[{lower}]+(?:at|ut|it)[aoie](?![{letter}]))[{lower}]+(?:-[{lower}]+)?`;
  /** The piece a credit line speaks of: "Questo articolo", "Quest'intervista", "L'articolo". */
  const PIECE = String.raw`(?:[Qq]uesto (?:articolo|testo|pezzo|contributo|intervento|reportage|editoriale|commento|post|racconto|approfondimento|servizio)|[Qq]uest${AP}(?:articolo|intervista|analisi|inchiesta)|[Qq]uesta (?:intervista|analisi|inchiesta|rubrica|storia|versione|lettera|recensione)|[Ll]${AP}(?:articolo|intervista|inchiesta)|[Ii]l (?:presente )?(?:pezzo|testo|post|contributo))`;
  /** A piece named at the start of its line: "Articolo apparso su …", "(Intervista pubblicata da …". */
  const PIECE_AT_START = String.raw`^[\s\u00a0]*\(?(?:[Aa]rticolo|[Tt]esto|[Ii]ntervista|[Ii]nchiesta|[Ee]ditoriale|[Rr]eportage|[Cc]ommento)`;
  /** A date between the verb and the outlet: "il 3 marzo 2020", "lo scorso maggio", "nel 2019". */
  const WHEN = String.raw`(?: (?:il|lo scorso|la scorsa|nel|nell${AP}|in data|a) (?:[^.;\n]|\.(?=\d)){1,30}?)?,?`;
  /** Where a piece appeared: "su", "sul", "sull'", "nella", "da", "dal". */
  const ON = String.raw`(?:(?:su|sul|sulla|sullo|sugli|sulle|in|nel|nella|nello|da|dal|dalla|dallo|per) |sull${AP}|nell${AP}|dall${AP})`;
  /** The kind of outlet before its name, not part of it: "il sito del", "il quotidiano britannico". */
  const MEDIA = String.raw`(?:(?:il |la |lo |l${AP})?(?:sito(?: web| internet)?|blog|quotidiano|giornale|settimanale|mensile|magazine|rivista|testata|portale)(?: ${ADJ})?(?: (?:di|del|della|dello|dei) | dell${AP}| )(?=[{upper}«"“]|l${AP}|il |la |lo ))?`;
  /** An elided article before a name: "l'ANSA". */
  const ART = String.raw`(?:l${AP})?`;
  /** The kind of outlet after its article, for cues that ask for an outlet anyway: "l'agenzia Reuters". */
  const KIND = String.raw`(?:(?:agenzia(?: di stampa| stampa)?|emittente|rete|radio|tv|televisione|quotidiano|giornale|settimanale|mensile|magazine|sito(?: d${AP}informazione| di informazione| di notizie)?|testata)(?: ${ADJ}){0,2} )?`;
  /** Books, albums, poems: "Il romanzo è stato pubblicato originariamente da Einaudi" speaks of no story. */
  const NOT_A_BOOK = String.raw`(?<!(?:libro|romanzo|saggio|raccolta|album|volume|opera|fumetto|poesia|poesie|disco|manuale)[^.;]{0,40})`;
  /** "detto", "ha dichiarato", "spiega": the verbs of a quotation. */
  const SAY = String.raw`(?:detto|dichiarato|spiegato|raccontato|confermato|riferito|affermato|sottolineato|precisato|annunciato|confidato|rivelato|commentato|aggiunto|assicurato|ammesso|ribadito|denunciato|osservato|dice|dichiara|spiega|racconta|conferma|afferma|sottolinea|precisa|commenta|aggiunge|assicura|ribadisce|confida|rivela|ammette|denuncia|osserva)`;
  /** Words other languages write alone ("Post", "Tempo", "Express"), never read with an Italian article. */
  const NOT_ALONE = String.raw`(?!(?:Post|Express|Presse|Echo|Tempo|Opinion|Tribune|Times|Sun|Star|Mirror|Nation|Monitor|Standard|Record|Journal|Giornale|Quotidiano)$)`;

  return {
    code: 'it',
    name: 'Italian',
    words,
    quotes: [['«', '»'], ['“', '”']],
    articles: ['Il', 'Lo', 'La', 'Le', 'Gli'],
    // Not "e": "Repubblica e Mario Rossi" would run into one name that is no outlet.
    connectors: ['della', 'dello', 'del', 'di', 'dei', 'degli', 'delle'],
    conjunctions: ['e', 'ed', 'o'],
    fillers: [
      'secondo', 'come', 'ma', 'e', 'o', 'anche', 'però', 'quindi', 'poi', 'già', 'ancora', 'ieri', 'oggi', 'intanto',
      'inoltre', 'infatti', 'invece', 'mentre', 'quando', 'dopo', 'prima', 'ora', 'adesso', 'lui', 'lei', 'loro',
      'noi', 'io', 'questo', 'questa', 'per', 'con', 'su', 'da', 'in', 'nel', 'sul', 'dal', 'al', 'ad', 'a', 'se',
      'perché', 'anzi', 'pure', 'stando', 'così', 'proprio', 'soprattutto', 'persino', 'sempre',
    ],
    notASource: [
      'lui', 'lei', 'loro', 'noi', 'voi', 'esso', 'essa', 'questo', 'questa', 'polizia', 'carabinieri', 'governo',
      'ministero', 'ministro', 'procura', 'questura', 'prefettura', 'comune', 'regione', 'tribunale', 'azienda',
      'società', 'gruppo', 'agenzia', 'redazione', 'autore', 'autrice', 'fonte', 'fonti', 'articolo', 'foto', 'sito',
      'lettori', 'giornalista', 'giornalisti', 'stampa estera', 'media', 'senato', 'camera', 'parlamento', 'stato',
      'chiesa', 'vaticano', 'palazzo chigi', 'viminale', 'farnesina',
    ],
    newsWords: [
      'Giornale', 'Gazzetta', 'Corriere', 'Quotidiano', 'Notizie', 'Stampa', 'Messaggero', 'Mattino', 'Gazzettino',
      'Nazione', 'Tribuna', 'Quotidiana', 'Cronaca', 'Cronache', 'Informazione', 'Giorno', 'Notiziario', 'Tg', 'TG', 'Telegiornale',
      '-today', '-notizie', '-news', '-giornale', '-tg',
    ],
    // Only nouns that do not also open outlets' names ("Il Quotidiano del Sud", "Il Giornale").
    outletNouns: ['il settimanale', 'il mensile', 'l’agenzia di stampa', "l'agenzia di stampa", 'il sito', 'la testata', 'il magazine'],
    months: [
      'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
      'novembre', 'dicembre', 'genn', 'febb', 'magg', 'giu', 'lug', 'ago', 'sett', 'ott', 'dic',
    ],
    days: [
      'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'lunedi', 'martedi', 'mercoledi',
      'giovedi', 'venerdi',
    ],
    photoWords: [
      'Foto', 'Fotografia', 'Fotografie', 'Immagine', 'Immagini', 'Video', 'Crediti', 'Credito', 'Infografica',
      'Illustrazione', 'Archivio', 'Fotogramma', 'Screenshot',
    ],
    creditJoiners: ['con', 'e'],
    citeCredits: ['Con la collaborazione di', 'Con il contributo di', 'Ha collaborato', 'Hanno collaborato'],
    copyrightWords: ['Copyright', 'Riproduzione riservata', 'Tutti i diritti riservati'],
    issueWords: ['n', 'nr', 'numero', 'Numero', 'anno', 'Anno'],
    // "sul Fatto Quotidiano" → "Il Fatto Quotidiano", "dalla Stampa" → "La Stampa", "all'Espresso" → "L'Espresso".
    nameForms: [
      [String.raw`^${NOT_ALONE}([A-ZÀ-Ý].*)$`, 'Il $1'],
      [String.raw`^${NOT_ALONE}([A-ZÀ-Ý].*)$`, 'La $1'],
      [String.raw`^${NOT_ALONE}([AEIOUÀÈÉÌÒÙ].*)$`, "L'$1"],
      [String.raw`^${NOT_ALONE}([A-ZÀ-Ý].*)$`, 'Lo $1'],
    ],
    cues: [
      {
        id: 'it-originariamente',
        keywords: ['originariamente', 'originalmente', 'in origine', 'inizialmente', 'per la prima volta'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        pattern: String.raw`${NOT_A_BOOK}(?:(?<![{letter}])(?:[Pp]ubblicat|[Aa]ppars|[Uu]scit|[Cc]ompars|[Ss]critt)[oaie] (?:originariamente|originalmente|in origine|inizialmente)|(?<![{letter}])(?:[Oo]riginariamente|[Oo]riginalmente|[Ii]nizialmente|[Ii]n origine) (?:(?:è|era) (?:stat[oaie] )?)?(?:pubblicat|appars|uscit|scritt)[oaie]|${PIECE} (?:è |era )?(?:stat[oa] )?(?:pubblicat|appars|uscit)[oaie] (?:per la prima volta|in anteprima))(?: in (?:inglese|francese|tedesco|spagnolo|portoghese|lingua originale|versione originale))?${WHEN} ${ON}${MEDIA}${ART}{SOURCE}`,
        examples: [
          { text: 'Questo articolo è stato pubblicato originariamente su The Conversation.', source: 'The Conversation' },
          { text: 'Articolo pubblicato originariamente in inglese sul New York Times.', source: 'New York Times' },
          { text: 'L’intervista è apparsa per la prima volta sul sito di Internazionale.', source: 'Internazionale' },
          { text: 'Originariamente pubblicato il 3 marzo 2020 su valigiablu.it.', source: 'valigiablu.it' },
        ],
        counterexamples: [
          'Il romanzo è stato pubblicato originariamente nel 1966 da Einaudi.',
          'Pubblicato originariamente il 3 marzo 2020 alle 10:00.',
          'La legge era stata inizialmente approvata in Senato.',
        ],
      },
      {
        id: 'it-ripubblicato',
        keywords: ['ripubblicat', 'ripres', 'tratt', 'leggi l', 'leggi il resto', 'continua a leggere'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.95,
        needsOutlet: false,
        pattern: String.raw`(?:(?<![{letter}])(?:[Rr]ipubblicat[oaie]|[Tt]radott[oaie] e ripubblicat[oaie])(?: qui)? (?:da |dal |dalla |dallo |dall${AP}|su licenza (?:di |del |della |dell${AP}))|^[\s\u00a0]*\(?(?:(?:[Aa]rticolo|[Tt]esto|[Pp]ost) )?(?:[Rr]ipres[oa]|[Tt]ratt[oa]) (?:integralmente )?(?:da |dal |dalla |dallo |dall${AP})|(?<![{letter}])(?:[Ll]eggi l${AP}articolo (?:originale|completo|integrale|intero)|[Cc]ontinua a leggere|[Ll]eggi il resto(?: dell${AP}articolo)?) ${ON})${MEDIA}${ART}{SOURCE}`,
        examples: [
          { text: 'Questo articolo è ripubblicato da The Conversation con licenza Creative Commons.', source: 'The Conversation' },
          { text: 'Articolo ripreso dal sito di Valigia Blu.', source: 'Valigia Blu' },
          { text: 'Tratto da Il Post', source: 'Il Post' },
          { text: 'Leggi l’articolo completo sul sito di Avvenire.', source: 'Avvenire' },
        ],
        counterexamples: ['Il film è tratto da una storia vera.', 'La notizia è stata ripresa dal Corriere della Sera.', 'Ripubblicato il 3 marzo.'],
      },
      {
        id: 'it-concessione',
        keywords: ['concessione', 'permesso', 'autorizzazione'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: true,
        // A person's leave ("con il permesso dell'autore", "di Mario Rossi") is no outlet's.
        pattern: String.raw`(?<![{letter}])(?:(?:[Pp]er|[Ss]u|[Dd]ietro|[Cc]on la) (?:gentile |cortese )?(?:concessione|autorizzazione)|[Cc]on (?:il |l${AP})?(?:gentile )?(?:permesso|autorizzazione)) (?:di |del |della |dello |dell${AP}|dei |degli )${MEDIA}${ART}{SOURCE}`,
        examples: [
          { text: 'Pubblicato per gentile concessione del Corriere della Sera.', source: 'Corriere della Sera' },
          { text: 'Riprodotto con il permesso di Avvenire.', source: 'Avvenire' },
        ],
        counterexamples: ['Per gentile concessione dell’autore.', 'Con il permesso di Mario Rossi.', 'Su gentile concessione della famiglia.'],
      },
      {
        id: 'it-pubblicato-su',
        keywords: ['pubblicat', 'appars', 'uscit', 'tratt'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // This outlet's own print issue ("Questo articolo è uscito sul numero 1340 di Internazionale"
        // on internazionale.it), or another's ("L'articolo è apparso sul Corriere della Sera").
        pattern: String.raw`(?:${PIECE} (?:è |era )?(?:stat[oa] )?(?:già |anche )?|${PIECE_AT_START} (?:di [^()\n.;]{1,40}? )?)(?:pubblicat|appars|uscit|tratt)[oaie]${WHEN} ${ON}(?:(?:il |la |lo |l${AP})?(?:quotidiano|giornale|settimanale|mensile|magazine|rivista|supplemento|inserto) (?:${ADJ} )?{SOURCE}|(?:(?:il|lo|la|i|gli|le|questo|nostro|nostra) |l${AP})?(?:(?:nostro|nostra|ultimo|ultima|prossimo|prossima|nuovo|nuova) )?(?:numero|edizione|versione cartacea|inserto|supplemento|cartaceo)(?: (?:cartacea|cartaceo|in edicola|speciale|digitale))?(?:(?! (?:di |del |della |dello |dei |dell${AP})[{upper}«"“])[^.;\n]){0,40}(?: (?:di |del |della |dello |dei |dell${AP})(?:(?:la rivista|del settimanale|del mensile|del quotidiano) )?{SOURCE})?|${ART}{SOURCE})`,
        examples: [
          { text: 'Questo articolo è stato pubblicato sul numero 1340 di Internazionale.', source: 'Internazionale' },
          { text: 'L’articolo è apparso sul Corriere della Sera del 3 marzo 2020.', source: 'Corriere della Sera' },
          { text: 'Questo articolo è uscito nell’edizione cartacea del 5 marzo.', source: '' },
          { text: 'Articolo apparso su Il Foglio.', source: 'Il Foglio' },
          { text: '(Articolo di Mario Rossi pubblicato sulla Nazione)', source: 'Nazione' },
        ],
        counterexamples: [
          'Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02',
          'Questo articolo è stato tradotto automaticamente.',
          'Il decreto è stato pubblicato in Gazzetta Ufficiale.',
        ],
      },
      {
        id: 'it-collaborazione',
        keywords: ['collaborazione', 'partnership'],
        role: 'upstream',
        relation: 'produced-by',
        confidence: 0.8,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:${PIECE}|[Aa]rticolo|[Cc]ontenuto|[Ii]nchiesta|[Rr]eportage)(?: (?:è|è stat[oa]))? (?:realizzat[oa]|prodott[oa]|pubblicat[oa]|scritt[oa]) (?:in collaborazione|in partnership|in coproduzione) con (?:il |la |lo |l${AP})?{SOURCE}`,
        examples: [{ text: 'Questa inchiesta è stata realizzata in collaborazione con Avvenire.', source: 'Avvenire' }],
        counterexamples: ['Contenuto realizzato in collaborazione con Enel.', 'Questo articolo è stato scritto in collaborazione con Mario Rossi.'],
      },
      {
        id: 'it-secondo',
        keywords: ['secondo', 'stando a', 'a detta d'],
        role: 'cites',
        confidence: 0.65,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:[Ss]econdo|[Ss]tando a|[Aa] detta (?:di|del|della|dell${AP})) ?(?:(?:quanto|ciò che) (?:(?:riportato|riporta|riportano|riferito|riferisce|scritto|scrive|scrivono|rivelato|rivela|pubblicato|pubblica|anticipato|anticipa|appreso|apprende|ricostruito|ricostruisce|raccontato|racconta|reso noto|rende noto)(?: (?:oggi|ieri|stamattina|in esclusiva|online))? )?(?:da |dal |dalla |dallo |dall${AP}|dai |dagli |su |sul |sulla |sull${AP})?|(?:un |una |un${AP}|le |gli |i |alcune |nuove )?(?:articolo|inchiesta|indiscrezioni|indiscrezione|informazioni|rivelazioni|ricostruzione|fonti|analisi|retroscena|sondaggio|servizio|dati|notizie|documenti|esclusiva)(?: ${ADJ}){0,2} (?:di |del |della |dello |dell${AP}|dei |degli |pubblicat[oaie] (?:da |dal |dalla |su |sul |sulla )|citat[oaie] (?:da |dal |dalla )|raccolt[oaie] (?:da |dal |dalla ))|(?:il |la |lo |l${AP}|i |gli ))?${ART}${KIND}{SOURCE}`,
        examples: [
          { text: 'Secondo il Corriere della Sera, il governo è pronto.', source: 'Corriere della Sera' },
          { text: 'Secondo le informazioni del Fatto Quotidiano, il ministro si dimetterà.', source: 'Fatto Quotidiano' },
          { text: 'La riunione è saltata, secondo Repubblica.', source: 'Repubblica' },
          { text: 'Secondo un’inchiesta del New York Times, l’azienda ha mentito.', source: 'New York Times' },
        ],
        counterexamples: ['Secondo la polizia, nessuno è rimasto ferito.', 'Secondo Microsoft, l’aggiornamento è facoltativo.', 'Secondo Mario Rossi, il progetto è fallito.', 'Il secondo numero, in verde, sta monitorando.'],
      },
      {
        id: 'it-riporta',
        keywords: ['riport', 'scriv', 'scritt', 'rivel', 'riferi', 'anticip', 'raccont', 'svela', 'spieg', 'sottolinea', 'precisa', 'fa sapere', 'rende noto', 'reso noto', 'conferma', 'sostiene', 'ricostrui', 'informa', 'apprend', 'appreso', 'pubblica'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // After a clause ("…, scrive il Corriere", "come riporta l'ANSA") or before one ("Repubblica scrive che …").
        pattern: String.raw`(?:(?:(?<=[,;»”")][\s\u00a0]{0,2})|(?<![{letter}])(?:[Cc]ome |[Aa] quanto |[Ll]o |[Ll]${AP}|[Cc]i[oò] che |[Qq]uanto ))(?:(?:ha|aveva|hanno|avevano) )?(?:(?:già|anche|oggi|ieri|stamattina) )?(?:(?:riporta|riportava|riportano|scrive|scriveva|scrivono|rivela|rivelava|riferisce|riferiva|racconta|anticipa|svela|spiega|sottolinea|precisa|fa sapere|rende noto|conferma|sostiene|ricostruisce|informa|apprende|scritto|rivelato|riportato|riferito|anticipato|raccontato|svelato|appreso)(?: (?:oggi|ieri|stamattina|stamani|in esclusiva|in un articolo))? (?:l${AP})?|(?:riportato|scritto|rivelato|riferito|anticipato|annunciato|raccontato|spiegato|confermato|ricostruito|pubblicato|reso noto|svelato) (?:da |dal |dalla |dallo |dall${AP}|dai |dagli |su |sul |sulla |sull${AP}))${KIND}{SOURCE}|(?<!(?:[Ss]econdo|da|dal|dalla|a|al|alla|su|sul|sulla|per|con|[Ii]l|[Ll]a|[Ll]o|[Ii]|[Gg]li|[Ll]e|di|del|della|dello|dei) ){SOURCE} (?:(?:ha|aveva|avrebbe|hanno) )?(?:(?:oggi|ieri|anche|già|infatti|stamattina|stamani|in esclusiva) )?(?:riporta|riportato|riportava|scrive|scritto|scriveva|rivela|rivelato|rivelava|riferisce|riferito|pubblica|pubblicato|anticipa|anticipato|racconta|raccontato|svela|svelato)(?![{letter}]))`,
        examples: [
          { text: 'Il ministro si è dimesso, scrive il Corriere della Sera.', source: 'Corriere della Sera' },
          { text: 'Lo riporta l’ANSA.', source: 'ANSA' },
          { text: 'Come riportato da La Stampa, la trattativa è chiusa.', source: 'La Stampa' },
          { text: 'Repubblica scrive che il piano è pronto.', source: 'Repubblica' },
        ],
        counterexamples: ['Microsoft ha pubblicato i conti.', 'La polizia riporta che nessuno è ferito.', 'Il progetto, spiega Mario Rossi, è fallito.', 'Apple ha rivelato il nuovo iPhone.'],
      },
      {
        id: 'it-ha-detto',
        keywords: ['detto', 'dichiar', 'spieg', 'raccont', 'conferm', 'riferit', 'afferm', 'sottoline', 'precis', 'annunciat', 'confid', 'rivel', 'comment', 'aggiun', 'assicur', 'ammess', 'ammette', 'ribad', 'denunci', 'osserv', 'dice'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // "ha detto all'ANSA", "ha dichiarato il sindaco al Corriere della Sera".
        pattern: String.raw`(?<![{letter}])${SAY}(?![{letter}])(?:(?: (?!che |di |perché )[^.;:!?«»“”"\n]{1,50}?)?,?)? (?:(?:a|ad|al|alla|allo|ai|agli|alle) |all${AP})${KIND}{SOURCE}`,
        examples: [
          { text: '«Siamo pronti», ha detto il ministro all’ANSA.', source: 'ANSA' },
          { text: 'Lo ha dichiarato al Corriere della Sera il sindaco.', source: 'Corriere della Sera' },
          { text: 'ha spiegato ieri a Repubblica il presidente.', source: 'Repubblica' },
        ],
        counterexamples: ['ha detto ai giornalisti.', 'ha spiegato a Roma il ministro.', 'ha detto al Senato il premier.', 'ha detto a Mario Rossi.'],
      },
      {
        id: 'it-intervistato',
        keywords: ['intervist', 'interpellat', 'contattat', 'raggiunt', 'sentit', 'citat', 'interrogat', 'consultat', 'visionat', 'ottenut', 'colloquio', 'ospite d', 'microfoni', 'si legge', 'leggiamo', 'appars', 'pubblicat', 'uscit'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:(?:[Ii]ntervistat|[Ii]nterpellat|[Cc]ontattat|[Rr]aggiunt|[Ss]entit|[Cc]itat|[Ii]nterrogat|[Cc]onsultat|[Vv]isionat|[Oo]ttenut)[oaie] (?:(?:telefonicamente|oggi|ieri|in esclusiva) )?(?:da |dal |dalla |dallo |dall${AP}|dai |dagli )|(?:[Ii]n|[Nn]el corso di|[Dd]urante) (?:un${AP}|una |un )?(?:intervista|colloquio|conversazione|lettera) (?:(?:concess[oa]|rilasciat[oa]|pubblicat[oa]) )?(?:a |ad |al |alla |allo |all${AP}|su |sul |sulla |sull${AP}|con |col )|(?:[Uu]n |[Uu]n${AP}|[Uu]na |[Ii]n un |[Ii]n un${AP}|[Ii]n una |[Dd]a un |[Dd]a un${AP})(?:articolo|editoriale|inchiesta|intervista|pezzo|analisi|reportage|servizio)(?: ${ADJ})? (?:appars|pubblicat|uscit)[oa]${WHEN} ${ON}|[Oo]spite (?:di |del |della |dello |dell${AP})|ai microfoni (?:di |del |della |dello |dell${AP})|(?:si legge|leggiamo|come si legge) (?:su |sul |sulla |sull${AP}|in |nel |nella |nell${AP}))${ART}${KIND}{SOURCE}`,
        examples: [
          { text: 'In un’intervista al Corriere della Sera, il premier ha difeso la riforma.', source: 'Corriere della Sera' },
          { text: 'Intervistato da La Stampa, il sindaco ha confermato.', source: 'La Stampa' },
          { text: 'raggiunto telefonicamente dall’ANSA.', source: 'ANSA' },
          { text: 'Una riflessione su un articolo apparso su La Stampa.', source: 'La Stampa' },
        ],
        counterexamples: ['Interrogato dai carabinieri, ha confessato.', 'Contattato da Mario Rossi, ha rifiutato.', 'In un’intervista alla radio locale ha parlato.'],
      },
      {
        id: 'it-testata',
        keywords: ['quotidiano', 'giornale', 'settimanale', 'mensile', 'magazine', 'testata', 'agenzia', 'sito d', 'portale di', 'tabloid', 'emittente', 'telegiornale'],
        role: 'cites',
        // Above the other cites: where they take the same name after its kind, this one says more.
        confidence: 0.72,
        // The kind of outlet before the name says it is one: "il quotidiano tedesco Bild".
        needsOutlet: false,
        pattern: String.raw`(?<![{letter}])(?:[Ii]l |[Ll]a |[Ll]o |[Ll]${AP}|[Aa]l |[Dd]al |[Dd]el |[Ss]ul |[Aa]lla |[Dd]alla |[Dd]ella |[Ss]ulla |[Aa]ll${AP}|[Dd]all${AP}|[Dd]ell${AP}|[Ss]ull${AP}|[Uu]n |[Uu]na |[Uu]n${AP})(?:quotidiano|giornale|settimanale|mensile|magazine|testata|agenzia di stampa|agenzia stampa|sito d${AP}informazione|sito di informazione|sito di notizie|portale di notizie|tabloid|emittente|telegiornale)(?: ${ADJ}){0,3} (?:l${AP})?{SOURCE}`,
        examples: [
          { text: 'Lo riferisce il quotidiano francese Le Monde.', source: 'Le Monde' },
          { text: 'L’agenzia di stampa Nova ha diffuso la notizia.', source: 'Nova' },
          { text: 'il settimanale L’Espresso ha pubblicato un’inchiesta.', source: 'L’Espresso' },
        ],
        counterexamples: ['il giornale di ieri', 'Il quotidiano nazionale ha chiuso.', 'un magazine di moda', 'una testata giornalistica registrata presso il Tribunale di Milano'],
      },
    ],
  };
}
