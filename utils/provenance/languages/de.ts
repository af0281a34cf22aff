/**
 * German: "Dieser Artikel erschien zuerst in …", "Quelle: dpa", "(dpa/lno)", "Mit Material von
 * Reuters", "Von dpa", "laut Spiegel", "wie die Nachrichtenagentur Reuters berichtete".
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    'erschien zuerst', 'erschien ursprünglich', 'erschien erstmals', 'erschien bereits', 'zuerst erschienen',
    'Zuerst erschienen', 'Ursprünglich erschienen', 'Erstmals erschienen', 'Erstveröffentlichung', 'Dieser Artikel',
    'Dieser Beitrag', 'Dieser Text', 'Dieser Kommentar', 'Dieser Gastbeitrag', 'Dieser Essay', 'Dieses Essay',
    'Dieses Interview', 'Der Artikel', 'Der Beitrag', 'Der Text', 'Der Kommentar', 'Der Gastbeitrag',
    'Das Interview', 'erschien in', 'erschien im', 'erschien am', 'erschien auch', 'erschien bei', 'erschien auf',
    'ist zuerst', 'ist ursprünglich', 'ist erstmals', 'wurde zuerst', 'wurde ursprünglich', 'wurde erstmals',
    'stammt aus',
    'Rebloggt von', 'Übernommen von', 'Übernommen aus', 'freundlicher Genehmigung', 'Mit Material', 'mit Material',
    'berichtet', 'berichtete', 'berichten', 'meldet', 'meldete', 'schreibt', 'schrieb', 'veröffentlichte',
    'verbreitete', 'Laut ', 'zufolge',
    'Nach Informationen', 'nach Informationen', 'Nach Recherchen', 'nach Recherchen', 'sagte', 'gegenüber dem',
    'gegenüber der',
  ],
  sourceLabels: ['Quelle', 'Quellen', 'Originalquelle', 'Originalartikel', 'Originalbeitrag', 'Unsere Quellen'],
  bylineWords: ['Von', 'Text', 'Autor', 'Autorin'],
  commonWords: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auch', 'dem', 'den', 'wird', 'eine', 'ein'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** "Artikel", "Beitrag", … as a German credit line names the piece it speaks of. */
  const PIECE = String.raw`(?:[Dd]ies(?:er|es) |[Dd]er |[Dd]as )(?:Artikel|Beitrag|Text|Kommentar|Gastbeitrag|Essay|Interview|Bericht|Stück|Report)`;
  /** Where a piece appeared: "in der", "bei", "auf", "im". */
  const IN = String.raw`(?:in der|in dem|in den|im|in|bei der|bei dem|beim|bei|auf der|auf dem|auf)`;

  return {
    code: 'de',
    name: 'German',
    words,
    quotes: [['„', '“'], ['»', '«'], ['«', '»']],
    articles: ['Der', 'Die', 'Das', 'Des', 'Dem', 'Den'],
    // Not der/die/das/und: every German noun is capitalised, so a name would run on into the sentence.
    connectors: ['für', 'am'],
    conjunctions: ['und', 'sowie', 'oder'],
    fillers: [
      'auch', 'doch', 'aber', 'und', 'oder', 'so', 'wie', 'als', 'nach', 'laut', 'bei', 'im', 'am', 'zudem',
      'außerdem', 'dabei', 'damit', 'dann', 'denn', 'jetzt', 'nun', 'bereits', 'schon', 'noch', 'zuvor', 'später',
      'zuletzt', 'demnach', 'derzeit', 'zunächst', 'inzwischen', 'unterdessen', 'gestern', 'heute', 'dort', 'da',
      'es', 'er', 'sie', 'wir', 'ich', 'man', 'dies', 'diese', 'dieser', 'dieses', 'wie', 'zuerst', 'erstmals',
      'ursprünglich', 'gegenüber', 'seit', 'vor', 'mit', 'von', 'aus', 'über', 'für',
    ],
    notASource: [
      'polizei', 'regierung', 'bundesregierung', 'ministerium', 'behörde', 'behörden', 'sprecher', 'sprecherin',
      'autor', 'autors', 'autorin', 'redaktion', 'verlag', 'verlags', 'quelle', 'quellen', 'unternehmen', 'firma',
      'experten', 'studie', 'bericht', 'berichten', 'medien', 'medienberichten', 'angaben', 'informationen',
      'zeitung', 'agentur', 'nachrichtenagentur', 'nachrichtenagenturen', 'deutschland', 'bund', 'land', 'stadt',
      'gericht', 'staatsanwaltschaft', 'feuerwehr', 'leser', 'leserin', 'nutzer', 'website', 'webseite', 'seite',
      'artikel', 'beitrag', 'text', 'foto', 'archiv', 'impressum', 'datenschutz', 'kontakt', 'startseite',
    ],
    newsWords: [
      'Zeitung', 'Nachrichten', 'Rundschau', 'Anzeiger', 'Kurier', 'Tagblatt', 'Tageblatt', 'Abendblatt',
      'Morgenpost', 'Allgemeine', 'Presse', 'Bote', 'Echo', 'Magazin', 'Rundfunk', 'Fernsehen', 'Online',
      'Nachrichtenagentur', 'Pressedienst', 'Volksblatt', 'Generalanzeiger',
      '-zeitung', '-blatt', '-nachrichten', '-rundschau', '-anzeiger', '-kurier', '-presse', '-funk', '-magazin',
    ],
    outletNouns: [
      'Nachrichtenagentur', 'Presseagentur', 'Agentur', 'Zeitung', 'Tageszeitung', 'Wochenzeitung', 'Zeitschrift',
      'Magazin', 'Nachrichtenmagazin', 'Wochenmagazin', 'Nachrichtenportal', 'Onlinemagazin', 'Online-Magazin',
      'Portal', 'Fachmagazin', 'Fachzeitschrift', 'Sender', 'Fernsehsender', 'Radiosender', 'Rechercheverbund',
      'Recherchezentrum', 'Recherchenetzwerk', 'Blog', 'Wirtschaftsmagazin', 'Boulevardzeitung', 'Sportinformationsdienst',
    ],
    months: [
      'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
      'November', 'Dezember', 'Jän', 'Mär', 'Okt', 'Dez',
    ],
    days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag'],
    photoWords: [
      'Foto', 'Fotos', 'Bild', 'Bilder', 'Fotocredit', 'Bildquelle', 'Bildrechte', 'Titelbild', 'Symbolbild', 'Grafik',
      'Archivbild', 'Archivfoto', 'Rubriklistenbild', 'Beitragsbild', 'Vorschaubild', 'Bildnachweis', 'Fotograf',
    ],
    creditJoiners: ['mit', 'und', 'Mit Material von', 'mit Material von', 'Mit Material der', 'mit Material der'],
    citeCredits: ['Mit Informationen von', 'mit Informationen von', 'Mitarbeit', 'Mitarbeit:'],
    copyrightWords: ['Copyright', 'Alle Rechte vorbehalten'],
    issueWords: ['Nr', 'Ausgabe', 'Heft', 'Jahrgang'],
    // Genitive and adjective endings: "des Handelsblatts", "der Süddeutschen Zeitung", "der Deutschen Presse-Agentur".
    nameForms: [
      ['^(.+[^s])s$', '$1'],
      ['^(.+)es$', '$1'],
      ['^(\\S+)en (.+)$', '$1e $2'],
      ['^(\\S+ \\S+)en (.+)$', '$1e $2'],
    ],
    cues: [
      {
        id: 'de-erschien-zuerst',
        keywords: ['zuerst', 'ursprünglich', 'erstmals', 'bereits'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        pattern: String.raw`(?:\b${PIECE} (?:erschien|ist|wurde) (?:zuerst|ursprünglich|erstmals|bereits) (?:(?:am|im) [^.;]{1,30}? )?${IN} (?:(?:[{lower}]+ )?(?:Zeitung|Wochenzeitung|Tageszeitung|Zeitschrift|Magazin|Portal) )?{SOURCE}|\b(?:[Zz]uerst|[Uu]rsprünglich|[Ee]rstmals) (?:erschienen|veröffentlicht) ${IN} {SOURCE})`,
        examples: [
          { text: 'Dieser Artikel erschien zuerst in der Süddeutschen Zeitung.', source: 'Süddeutschen Zeitung' },
          { text: 'Dieser Beitrag ist zuerst bei Zeit Online erschienen.', source: 'Zeit Online' },
          { text: 'Der Text erschien ursprünglich auf netzpolitik.org.', source: 'netzpolitik.org' },
          { text: 'Zuerst erschienen bei Telepolis.', source: 'Telepolis' },
        ],
        counterexamples: [
          'Das Buch erschien zuerst 1998.',
          'Der Artikel erschien zuerst am Montag.',
          'Er sagte: „Dieser Artikel erschien zuerst im Spiegel.“',
        ],
      },
      {
        id: 'de-erschienen-in',
        keywords: ['erschien', 'ist am', 'ist im', 'ist in'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // "Dieser Artikel erschien in der ZEIT Nr. 43/2019", "Dieser Beitrag ist am 12. März in der
        // Wochenzeitung „der Freitag“ erschienen": this outlet's print edition, or another's.
        pattern: String.raw`\b${PIECE} (?:erschien (?:auch |am [^;]{1,30}? )?${IN} (?:(?:[{lower}]+ )?(?:Zeitung|Wochenzeitung|Tageszeitung|Zeitschrift|Magazin|Printausgabe|Ausgabe) )?{SOURCE}|ist (?:(?:am|im) [^;]{1,30}? )?${IN} (?:(?:[{lower}]+ )?(?:Zeitung|Wochenzeitung|Tageszeitung|Zeitschrift|Magazin) )?{SOURCE}(?: \S+){0,4}? erschienen)`,
        examples: [
          { text: 'Dieser Artikel erschien in der ZEIT Nr. 43/2019.', source: 'ZEIT' },
          { text: 'Dieser Beitrag ist am 12. März 2020 in der Wochenzeitung „der Freitag“ erschienen.', source: 'der Freitag' },
        ],
        counterexamples: ['Das Album erschien in der Schweiz im Mai.', 'Der Bericht der Kommission erschien im Frühjahr.'],
      },
      {
        id: 'de-stammt-aus',
        keywords: ['stammt aus'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // "Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review"
        pattern: String.raw`\b${PIECE} stammt aus (?:der |dem )?(?:(?:aktuellen |neuen )?(?:Ausgabe|Heft|Printausgabe|Magazin)(?: (?:Nr\. )?[0-9/.]+)? (?:der |des |von |vom )?)?{SOURCE}`,
        examples: [
          { text: 'Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review.', source: 'Technology Review' },
          { text: 'Der Text stammt aus dem Magazin Cicero.', source: 'Cicero' },
        ],
        counterexamples: ['Die Idee stammt aus Schweden.', 'Der Beitrag stammt aus eigener Recherche.'],
      },
      {
        id: 'de-rebloggt',
        keywords: ['rebloggt'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // A blog's own name is often in lower case ("gnaddrig ad libitum"): it runs to the colon.
        pattern: String.raw`\b[Rr]ebloggt von (?<source>[^:\n]{2,60}?):`,
        examples: [{ text: 'Rebloggt von gnaddrig ad libitum: Antipoden: Die Wahrheit', source: 'gnaddrig ad libitum' }],
        counterexamples: ['Rebloggt von mir selbst'],
      },
      {
        id: 'de-uebernommen',
        keywords: ['übernommen'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: false,
        pattern: String.raw`(?<![{letter}])[Üü]bernommen (?:mit freundlicher Genehmigung )?(?:von|aus) (?:der |dem |den )?{SOURCE}`,
        examples: [{ text: 'Übernommen mit freundlicher Genehmigung von Telepolis.', source: 'Telepolis' }],
        counterexamples: ['Die Aufgabe wurde übernommen von einem Kollegen.'],
      },
      {
        id: 'de-mit-genehmigung',
        keywords: ['freundlicher genehmigung'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: true,
        pattern: String.raw`\b(?:[Mm]it|[Ii]n) freundlicher Genehmigung (?:von |des |der |vom )?{SOURCE}`,
        examples: [{ text: 'Veröffentlichung mit freundlicher Genehmigung der Frankfurter Rundschau.', source: 'Frankfurter Rundschau' }],
        counterexamples: ['Mit freundlicher Genehmigung des Autors.', 'Mit freundlicher Genehmigung von Anna Müller.'],
      },
      {
        id: 'de-mit-material',
        keywords: ['mit material'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.8,
        needsOutlet: true,
        pattern: String.raw`\b[Mm]it Material (?:von |der |des )?(?:(?:Nachrichtenagentur|Agentur|Nachrichtenagenturen) )?{SOURCE}`,
        examples: [
          { text: '(Mit Material von Reuters)', source: 'Reuters' },
          { text: 'Mit Material der Nachrichtenagentur AFP.', source: 'AFP' },
        ],
        counterexamples: ['Mit Material aus dem Archiv.'],
      },
      {
        id: 'de-berichtet',
        keywords: ['bericht', 'meldet', 'schreibt', 'schrieb', 'veröffentlichte', 'verbreitete'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        pattern: String.raw`(?:\b[Ww]ie (?:der |die |das )?(?:(?:Nachrichtenagentur|Zeitung|Magazin|Sender) )?{SOURCE} (?:\S+ ){0,6}?(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)|(?<![{letter}])(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|veröffentlichte|verbreitete) (?:(?:am \S+|heute|gestern|unter Berufung auf \S+) )?(?:der |die |das )?(?:(?:Nachrichtenagentur|Zeitung|Tageszeitung|Magazin|Sender) )?{SOURCE}|(?<!(?:[Üü]ber|von|zu) (?:\S+ ){0,2}){SOURCE} (?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\b)`,
        examples: [
          { text: 'Das meldete die dpa am Abend.', source: 'dpa' },
          { text: 'Wie die Nachrichtenagentur Ansa berichtete, trat er zurück.', source: 'Ansa' },
          { text: 'Der Spiegel berichtet über den Fall.', source: 'Der Spiegel' },
          { text: 'Kurz nach der Tat veröffentlichte die Deutsche Presseagentur eine Meldung.', source: 'Deutsche Presseagentur' },
        ],
        counterexamples: [
          'Wie die Polizei berichtete, wurde niemand verletzt.',
          'Das meldete die Feuerwehr am Abend.',
          'Die Firma meldet Gewinne.',
          'Zuletzt haben wir über das Projekt Solaryacht.de berichtet.',
          'Am Montag veröffentlichte die Regierung einen Bericht.',
        ],
      },
      {
        id: 'de-laut',
        keywords: ['laut', 'zufolge', 'informationen', 'recherchen'],
        role: 'cites',
        confidence: 0.65,
        needsOutlet: true,
        pattern: String.raw`(?:\b[Ll]aut (?:der |dem |des |einem Bericht (?:der |des |von )?)?(?:(?:Nachrichtenagentur|Zeitung|Tageszeitung|Magazin|Nachrichtenmagazin|Nachrichtenportal|Sender) )?{SOURCE}|\b(?:[Nn]ach|[Ll]aut) (?:Informationen|Recherchen|Angaben) (?:der |des |von |vom )?{SOURCE}|\b(?:[Dd]er|[Dd]em) {SOURCE} zufolge)`,
        examples: [
          { text: 'Laut der Nachrichtenagentur Reuters sind die Gespräche gescheitert.', source: 'Reuters' },
          { text: 'Nach Informationen des Handelsblatts plant der Konzern den Umbau.', source: 'Handelsblatts' },
          { text: 'Dem Spiegel zufolge ist der Plan vom Tisch.', source: 'Spiegel' },
        ],
        counterexamples: ['Laut Polizei wurde niemand verletzt.', 'Nach Angaben der Feuerwehr brannte es lange.', 'Laut Müller ist das falsch.'],
      },
      {
        id: 'de-sagte-dem',
        keywords: ['sagte', 'gegenüber'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        pattern: String.raw`\b(?:sagte|sagt) (?:\S+ ){0,8}?(?:gegenüber )?(?:der |dem |den )(?:(?:Nachrichtenagentur|Zeitung|Tageszeitung|Magazin|Sender) )?{SOURCE}|\bgegenüber (?:der |dem |den )(?:(?:Nachrichtenagentur|Zeitung|Tageszeitung|Magazin|Sender) )?{SOURCE}`,
        examples: [
          { text: 'Das sagte ein Sprecher des Ministeriums der Deutschen Presse-Agentur.', source: 'Deutschen Presse-Agentur' },
          { text: 'Sie bestätigte gegenüber der Rheinischen Post die Pläne.', source: 'Rheinischen Post' },
        ],
        counterexamples: ['Das sagte der Minister am Montag.', 'Er sagte dem Gericht, er sei unschuldig.', 'Sie sagte der Zeitung nichts.'],
      },
    ],
  };
}
