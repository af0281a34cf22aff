/**
 * Dutch (the Netherlands and Flanders): "Dit artikel verscheen eerder in de Volkskrant", "Overgenomen
 * met toestemming van De Correspondent", "Bron: ANP", "Door ANP", "volgens persbureau Reuters", "meldt
 * de NOS", "zei hij tegen RTL Nieuws", "Dit artikel verscheen in de krant van zaterdag 12 maart".
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    'verscheen eerder', 'verscheen oorspronkelijk', 'verscheen eerst', 'verscheen ook', 'verscheen in', 'verscheen op',
    'verscheen bij', 'Eerder verschenen', 'Oorspronkelijk verschenen', 'eerder verschenen', 'oorspronkelijk verschenen',
    'Oorspronkelijk gepubliceerd', 'Eerder gepubliceerd', 'eerst gepubliceerd', 'oorspronkelijk op', 'oorspronkelijk in',
    'eerder op', 'eerder in', 'eerder bij', 'is verschenen', 'ook verschenen', 'Overgenomen', 'met toestemming',
    'Met toestemming', 'met materiaal van', 'Met materiaal van', 'met medewerking van', 'Met medewerking van',
    'met inbreng van', 'Met inbreng van', 'Volgens', 'aldus', 'meldt', 'meldde', 'meldden', 'schrijft', 'schreef',
    'schreven', 'berichtte', 'berichtten', 'bericht', 'onthulde', 'onthult', 'tegen de', 'tegen het', 'tegen {Cap}',
    'tegenover', 'gesprek met', 'interview met', 'vertelde aan', 'vertelt aan', 'weten aan',
  ],
  sourceLabels: ['Bron', 'Bronnen', 'bron', 'bronnen', 'Oorspronkelijke bron', 'Origineel artikel', 'Oorspronkelijk artikel'],
  bylineWords: ['Door', 'Auteur', 'Tekst'],
  commonWords: ['het', 'een', 'van', 'niet', 'zijn', 'voor', 'ook', 'wordt', 'naar', 'bij', 'deze', 'werd'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** The piece a Dutch credit line speaks of: "Dit artikel", "Deze column", "Een eerdere versie van dit stuk". */
  const PIECE = String.raw`(?:(?:[Dd]it|[Dd]eze|[Hh]et|[Dd]e|[Ee]en (?:eerdere |kortere |andere )?versie van (?:dit|deze)) (?:artikel|stuk|verhaal|interview|column|opiniestuk|essay|bericht|tekst|recensie|reportage|analyse|blog|blogpost|bijdrage|achtergrondartikel|longread|gastbijdrage|opiniebijdrage)|(?:artikel|stuk|verhaal|interview|column|essay|reportage|analyse) dat)`;
  /** A kind of outlet before its name, not part of it: "de Britse krant The Guardian", "persbureau ANP". */
  const KIND = String.raw`(?:(?:de |het )?(?:[{upper}]?[{lower}]+e )?(?:krant|zakenkrant|dagblad|ochtendkrant|avondkrant|persbureau|nieuwsagentschap|persagentschap|nieuwssite|nieuwswebsite|website|nieuwszender|zender|omroep|weekblad|tijdschrift|opinieblad|nieuwsblad|blog|magazine|nieuwsdienst|onderzoeksplatform) )`;
  const REPORT = String.raw`(?:meldt|meldde|meldden|melden|schrijft|schreef|schreven|bericht|berichtte|berichtten|onthult|onthulde)`;

  return {
    code: 'nl',
    name: 'Dutch',
    words,
    quotes: [['„', '”'], ['“', '”']],
    // "Het Parool", "Het Financieele Dagblad"; "de" is left out: it is a preposition in half the packs.
    articles: ['Het'],
    // "Gazet van Antwerpen", "Het Belang van Limburg", "Dagblad van het Noorden".
    connectors: ['van', 'van het', 'van de'],
    conjunctions: ['en', 'of'],
    fillers: [
      'ook', 'maar', 'en', 'of', 'dus', 'zo', 'zoals', 'toen', 'nu', 'dan', 'wel', 'al', 'nog', 'eerder', 'later',
      'gisteren', 'vandaag', 'inmiddels', 'intussen', 'bovendien', 'daarnaast', 'volgens', 'aldus', 'dat', 'dit',
      'die', 'deze', 'er', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'men', 'bij', 'op', 'uit', 'met', 'voor', 'na',
      'sinds', 'tegen', 'tegenover', 'eerst', 'oorspronkelijk', 'ondertussen', 'daarbij', 'daarom', 'want',
    ],
    notASource: [
      'politie', 'regering', 'kabinet', 'overheid', 'ministerie', 'gemeente', 'provincie', 'minister', 'premier',
      'woordvoerder', 'woordvoerster', 'bedrijf', 'onderzoekers', 'deskundigen', 'experts', 'bronnen', 'bron',
      'ingewijden', 'krant', 'persbureau', 'redactie', 'auteur', 'nieuws', 'media', 'artikel', 'foto', 'beeld',
      'website', 'site', 'nederland', 'belgië', 'vlaanderen', 'europa', 'justitie', 'rechter', 'rechtbank',
      'brandweer', 'omroep', 'zender', 'dat', 'dit', 'die', 'deze', 'hij', 'zij', 'ze', 'het', 'er', 'wij', 'we',
      'ik', 'men', 'onze', 'ons', 'hun', 'haar', 'zijn', 'lezers', 'lezer', 'abonnees', 'archief', 'contact',
      'colofon', 'privacy', 'home', 'engels', 'nederlands', 'frans', 'duits',
    ],
    newsWords: [
      'Dagblad', 'Nieuwsblad', 'Courant', 'Krant', 'Nieuws', 'Weekblad', 'Gazet', 'Journaal', 'Omroep',
      'Persbureau',
      '-blad', '-krant', '-courant', '-nieuws', '-journaal', '-omroep',
    ],
    outletNouns: [
      'persbureau', 'nieuwsagentschap', 'persagentschap', 'zakenkrant', 'ochtendkrant', 'nieuwszender', 'nieuwssite',
      'nieuwswebsite', 'zender', 'tv-zender', 'tijdschrift', 'opinieblad', 'onderzoeksplatform',
    ],
    months: [
      'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
      'december', 'mrt', 'okt',
    ],
    days: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    photoWords: [
      'Foto', "Foto's", 'Beeld', 'Beelden', 'Afbeelding', 'Illustratie', 'Fotografie', 'Fotograaf', 'Archiefbeeld',
      'Archieffoto', 'Beeldbewerking', 'Omslagfoto',
    ],
    creditJoiners: ['en', 'met', 'Met materiaal van', 'met materiaal van'],
    citeCredits: ['Met informatie van', 'met informatie van', 'Met aanvullende informatie van'],
    copyrightWords: ['Copyright', 'Alle rechten voorbehouden'],
    issueWords: ['Nr', 'nr', 'Nummer', 'Jaargang', 'Editie'],
    cues: [
      {
        id: 'nl-verscheen-eerder',
        keywords: ['eerder', 'oorspronkelijk', 'eerst'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        // "Dit artikel verscheen eerder in de Volkskrant", "Dit stuk is eerder verschenen op NU.nl", "Dit
        // artikel werd oorspronkelijk gepubliceerd door The Conversation", "Eerder verschenen in De Groene".
        pattern: String.raw`(?:\b${PIECE} (?:verscheen|is|werd) (?:al )?(?:eerder|oorspronkelijk|eerst|voor het eerst) (?:(?:op|in) (?:[0-9]{1,2} )?[{lower}]+(?: [0-9]{4})? )?(?:(?:verschenen|gepubliceerd) )?(?:in|op|bij|door) (?:de |het )?(?:website van |site van )?${KIND}?{SOURCE}|^\s*(?:[Ee]erder|[Oo]orspronkelijk) (?:verschenen|gepubliceerd) (?:in|op|bij|door) (?:de |het )?(?:website van |site van )?${KIND}?{SOURCE})`,
        examples: [
          { text: 'Dit artikel verscheen eerder in de Volkskrant.', source: 'Volkskrant' },
          { text: 'Dit stuk is eerder verschenen op NU.nl en wordt hier met toestemming herpubliceerd.', source: 'NU.nl' },
          { text: 'Dit artikel werd oorspronkelijk gepubliceerd door The Conversation.', source: 'The Conversation' },
          { text: 'Eerder verschenen in De Groene Amsterdammer.', source: 'De Groene Amsterdammer' },
        ],
        counterexamples: [
          'Het boek verscheen eerder in 1998.',
          'Dit artikel verscheen eerder op maandag.',
          'Zijn roman werd eerder gepubliceerd in Frankrijk.',
          'Hij zei: „Dit artikel verscheen eerder in de Volkskrant.”',
        ],
      },
      {
        id: 'nl-krant-editie',
        keywords: ['verscheen', 'verschenen'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // This outlet's own paper ("Dit artikel verscheen in de krant van zaterdag 12 maart"), or
        // another publication's issue ("verscheen in De Groene Amsterdammer nr. 12", "in NRC van 3 mei").
        pattern: String.raw`\b${PIECE} (?:verscheen|is|werd) (?:ook |eveneens |tevens |eerder )?(?:(?:verschenen|gepubliceerd) )?(?:in|op) (?:(?:de |het )?(?:papieren |gedrukte )?(?:krant|zaterdagkrant|zondagkrant|weekendkrant|ochtendkrant|editie|printeditie|uitgave|bijlage|weekendbijlage|weekblad|papieren versie)(?![{letter}])|(?:de |het )?{SOURCE} (?:van (?:[{lower}]+ )?[0-9]|(?:nr|nummer|editie)\.? ?[0-9]))|\b${PIECE} (?:verscheen|is|werd) (?:ook )?op (?:[{lower}]+ )?[0-9]{1,2} [{lower}]+(?: [0-9]{4})? (?:(?:verschenen|gepubliceerd) )?(?:in|op) (?:de |het )?{SOURCE}`,
        examples: [
          { text: 'Dit artikel verscheen in de krant van zaterdag 12 maart 2022.', source: '' },
          { text: 'Dit artikel verscheen in De Groene Amsterdammer nr. 12, 2021.', source: 'De Groene Amsterdammer' },
          { text: 'Dit interview verscheen in het Financieele Dagblad van 3 mei 2023.', source: 'Financieele Dagblad' },
          { text: 'Dit artikel verscheen op zaterdag 12 maart 2022 in Trouw.', source: 'Trouw' },
        ],
        counterexamples: ['Het album verscheen in de winkels op vrijdag.', 'De krant verscheen in 1850 voor het eerst.'],
      },
      {
        id: 'nl-overgenomen',
        keywords: ['overgenomen'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "Dit artikel is overgenomen van Follow the Money", "Overgenomen met toestemming uit Trouw".
        pattern: String.raw`(?:\b${PIECE} (?:is|werd|wordt) (?:hier )?(?:met (?:\S+ )?toestemming )?overgenomen|^\s*(?:[Mm]et (?:\S+ )?toestemming )?[Oo]vergenomen) (?:met (?:\S+ )?toestemming )?(?:van|uit) (?:de |het )?(?:website van |site van )?${KIND}?{SOURCE}`,
        examples: [
          { text: 'Dit artikel is overgenomen van Follow the Money.', source: 'Follow the Money' },
          { text: 'Overgenomen met toestemming uit Trouw.', source: 'Trouw' },
          { text: 'Met toestemming overgenomen van de website van Apache.', source: 'Apache' },
        ],
        counterexamples: [
          'De taken zijn overgenomen van de burgemeester.',
          'Het bedrijf werd overgenomen door Philips.',
          'Hij heeft de functie overgenomen van Jansen.',
        ],
      },
      {
        id: 'nl-met-toestemming',
        keywords: ['met toestemming'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: true,
        pattern: String.raw`\b[Mm]et (?:vriendelijke |uitdrukkelijke )?toestemming van (?:de |het )?${KIND}?{SOURCE}`,
        examples: [
          { text: 'Gepubliceerd met toestemming van De Correspondent.', source: 'De Correspondent' },
          { text: 'Dit stuk verschijnt hier met toestemming van het Parool.', source: 'Parool' },
        ],
        counterexamples: ['Met toestemming van de auteur.', 'Met toestemming van Jan de Vries.', 'Dit gebeurde met toestemming van de gemeente.'],
      },
      {
        id: 'nl-met-materiaal',
        keywords: ['met materiaal', 'met medewerking', 'met inbreng'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.8,
        needsOutlet: true,
        pattern: String.raw`\b[Mm]et (?:materiaal|medewerking|inbreng) van (?:de |het )?(?:persbureaus? |nieuwsagentschappen |nieuwsagentschap |persagentschap )?{SOURCE}`,
        examples: [
          { text: '(Met materiaal van ANP)', source: 'ANP' },
          { text: 'Met medewerking van persbureau Belga.', source: 'Belga' },
        ],
        counterexamples: ['Met medewerking van de gemeente Utrecht.', 'Met materiaal van Jan Jansen.'],
      },
      {
        id: 'nl-volgens',
        keywords: ['volgens', 'aldus'],
        role: 'cites',
        confidence: 0.65,
        needsOutlet: true,
        // "volgens de Volkskrant", "volgens persbureau Reuters", "volgens de Britse krant The Guardian",
        // "volgens een bericht in NRC", "aldus de NOS".
        pattern: String.raw`(?:\b[Vv]olgens|\baldus) (?:(?:een |het )?(?:bericht|berichten|artikel|reportage|onderzoek|analyse|reconstructie|onthulling) (?:van|in|op|bij) )?(?:de |het )?${KIND}?{SOURCE}`,
        examples: [
          { text: 'Volgens de Volkskrant gaat het kabinet akkoord.', source: 'Volkskrant' },
          { text: 'De gesprekken zijn mislukt, volgens persbureau Reuters.', source: 'Reuters' },
          { text: 'Volgens de Britse krant The Guardian is het plan van tafel.', source: 'The Guardian' },
          { text: 'Dat blijkt volgens een bericht in het Financieele Dagblad uit interne stukken.', source: 'Financieele Dagblad' },
        ],
        counterexamples: [
          'Volgens de politie raakte niemand gewond.',
          'Volgens Philips is de update veilig.',
          'Volgens Rutte is dat niet nodig.',
          'Volgens het ministerie van Financiën klopt dat niet.',
        ],
      },
      {
        id: 'nl-meldt',
        keywords: ['meld', 'schrijft', 'schreef', 'schreven', 'bericht', 'onthul'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // "Dat meldt de NOS", "schrijft persbureau ANP", "De Telegraaf meldt dat…", "zo onthulde Follow the Money".
        pattern: String.raw`(?:\b${REPORT} (?:(?:vandaag|gisteren|eerder|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|[{lower}]+avond|[{lower}]+ochtend) )?(?:de |het )?${KIND}?{SOURCE}|{SOURCE} (?:(?:eerder|al|vandaag|gisteren) )?${REPORT}(?![{letter}]))`,
        examples: [
          { text: 'Dat meldt de NOS op basis van ingewijden.', source: 'NOS' },
          { text: 'De Telegraaf meldt dat de club een bod heeft gedaan.', source: 'De Telegraaf' },
          { text: 'Het kabinet wil de regels aanscherpen, schrijft persbureau ANP.', source: 'ANP' },
          { text: 'Dat onthulde Follow the Money vorige week.', source: 'Follow the Money' },
        ],
        counterexamples: [
          'De politie meldt dat niemand gewond is geraakt.',
          'Philips meldt een winststijging.',
          'Dat schreef minister Hoekstra in een brief aan de Kamer.',
          'Het bericht werd door velen gedeeld.',
        ],
      },
      {
        id: 'nl-zei-tegen',
        keywords: ['tegen', 'gesprek met', 'interview met', 'vertelde aan', 'vertelt aan', 'weten aan'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // "zei hij tegen de NOS", "zegt ze tegenover RTL Nieuws", "laat de woordvoerder weten aan NU.nl",
        // "in een interview met De Morgen".
        pattern: String.raw`(?:\b(?:zei|zegt|zeggen|zeiden|vertelt|vertelde|vertellen|vertelden|verklaarde|verklaart|bevestigde|bevestigt|laat|liet|reageerde|reageert|benadrukte|benadrukt|erkende|erkent|ontkende|ontkent) (?:\S+ ){0,6}?(?:tegen|tegenover|aan) (?:de |het )?${KIND}?{SOURCE}|\bin (?:een |het )?(?:gesprek|interview|vraaggesprek|dubbelinterview) met (?:de |het )?${KIND}?{SOURCE})`,
        examples: [
          { text: '„We zijn er klaar voor”, zei hij tegen de NOS.', source: 'NOS' },
          { text: 'Dat zegt de minister tegenover RTL Nieuws.', source: 'RTL Nieuws' },
          { text: 'Dat liet een woordvoerder weten aan NU.nl.', source: 'NU.nl' },
          { text: 'Hij erkent dat in een interview met De Morgen.', source: 'De Morgen' },
        ],
        counterexamples: [
          'Dat zei hij tegen Jansen.',
          'Ze vertelde het aan haar moeder.',
          'De burgemeester zei tegen de gemeenteraad dat het plan doorgaat.',
          'In gesprek met Karl van den Broeck, hoofdredacteur.',
        ],
      },
    ],
  };
}
