/**
 * French: "Cet article a été initialement publié sur …", "Cet article est republié à partir de The
 * Conversation", "Article paru dans le numéro … de …", "(Avec AFP)", "Source : AFP", "Par …",
 * "selon Mediapart", "a déclaré … à l'AFP", "rapporte Le Monde", "interrogé par Le Figaro", "le
 * quotidien britannique The Guardian".
 *
 * French writes its outlets with their article ("Le Monde", "L'Express") and contracts it after "à"
 * and "de" ("au Monde", "du Figaro", "aux Échos"): a cue takes the name without the contraction
 * ("Monde"), and `nameForms` give the registry the name with its article back. Agencies' datelines
 * and closing credits ("PARIS (AFP) -", "(ats/nxp)") are the registry's tokens, read by the engine.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    // Credit lines.
    'initialement', 'originellement', 'originalement', 'à l’origine', "à l'origine", 'pour la première fois',
    'd’abord été', "d'abord été", 'Republié', 'aimable autorisation', 'autorisation de', 'autorisation du',
    'autorisation d’', "autorisation d'", 'permission de', 'permission du', 'permission d’', "permission d'",
    'article original', 'Article original', 'version originale', 'texte original', 'Lire l’article', "Lire l'article",
    'Traduction d', 'Traduit d', 'Adapté d', 'Adaptation d', 'Lire la suite', 'partenariat avec',
    'collaboration avec',
    // Print editions and other publications' issues.
    'est paru', 'a paru', 'été paru', 'est publié', 'été publié', 'est extrait', 'est issu', 'est tiré',
    'Article paru', 'Article publié', 'Article extrait', 'Article issu', 'Article tiré', 'Texte paru', 'Texte publié',
    'Tribune parue', 'Tribune publiée', 'Chronique parue', 'Chronique publiée', 'Entretien paru', 'Entretien publié',
    'Reportage paru', 'Reportage publié', 'Enquête parue', 'Enquête publiée', 'Article de', 'Article d’',
    "Article d'", 'un article', 'un éditorial', 'un entretien', 'un reportage', 'une enquête', 'une tribune',
    // An agency's material: "(Avec AFP)", "Le Figaro avec AFP".
    '(avec ', '(Avec ', 'Avec {Cap}', 'avec {Cap}', 'Avec l’AFP', "Avec l'AFP",
    // Citations.
    'Selon ', 'D’après ', "D'après ", 'rapport', 'révèl', 'révél', 'écrit', 'écrivai', 'indiqu', 'précis', 'affirm',
    'a appris', 'avait appris', 'croit savoir', 'publie', 'publié', 'publiait', 'dévoil', 'confirm', 'assur',
    'expliqu', 'soulign', 'racont', 'déclar', 'confié', 'confie', 'dit à', 'dit au', 'dit-il', 'dit-elle', 'a dit',
    'il dit', 'elle dit', 'ont dit', 'réagi', 'ajouté', 'ajoute', 'estimé', 'estime', 'témoign', 'répond', 'lancé',
    'martelé', 'déploré', 'regretté', 'reconnu', 'admis', 'détaillé', 'prévenu', 'averti', 'commenté', 'démenti',
    'insisté', 'annoncé', 'annonce', 'Interrogé', 'Contacté', 'Joint par', 'Jointe par', 'Cité par', 'Citée par',
    'Cités par', 'Citées par', 'Sollicité', 'Interviewé', 'Consulté', 'Obtenu par', 'Obtenue par', 'Obtenus par',
    'Obtenues par', 'a obtenu', 'consulter', 'Relayé', 'Diffusé', 'Questionné', 'procuré', 'entretien', 'interview',
    'au micro', 'antenne de', 'antenne du', 'antenne d’', "antenne d'", 'plateau de', 'plateau du', 'invité de',
    'invitée de', 'invité du', 'invitée du', 'colonnes d', 'lire dans', 'lit-on', 'apprend', 'apprenait', 'quotidien',
    'journal ', 'hebdomadaire', 'magazine', 'mensuel', 'agence de presse', 'site d’', "site d'", 'média ', 'chaîne d',
    'tabloïd',
  ],
  sourceLabels: ['Source', 'Sources', 'Source originale', 'Article original', 'Source de l’article', "Source de l'article"],
  bylineWords: ['Par'],
  commonWords: ['les', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'sur', 'du', 'au', 'avec', 'ce'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  const AP = `['’]`;
  /** A lower-case word that describes an outlet ("britannique", "économique"), never a verb or a small word. */
  const ADJ = String.raw`(?!(?:a|à|ont|est|sont|était|avait|cite|citait|indique|rapporte|publie|révèle|écrit|affirme|annonce|évoque|explique|souligne|précise|de|du|des|et|ou|qui|que|dont|avec|sur|pour|par|dans|en|le|la|les|un|une|ce|cette|son|sa|ses)(?![{letter}]))[{lower}]+(?:-[{lower}]+)?`;
  /** The piece a credit line speaks of: "Cet article", "Ce texte", "Cette tribune". */
  const PIECE = String.raw`(?:[Cc]et (?:article|entretien|éditorial|extrait|essai)|[Cc]e (?:texte|reportage|billet|dossier|portrait|papier|récit|témoignage|post|contenu|document|commentaire|décryptage)|[Cc]ette (?:tribune|chronique|enquête|analyse|interview|version|note|lettre|contribution|critique))`;
  /** A piece named at the start of its line: "Article paru dans …", "(Tribune publiée dans …". */
  const PIECE_AT_START = String.raw`^[\s\u00a0]*\(?(?:[Aa]rticle|[Tt]exte|[Tt]ribune|[Cc]hronique|[Ee]ntretien|[Rr]eportage|[Ee]nquête|[Pp]ortrait|[Éé]ditorial)`;
  /** A date between the verb and the outlet: "le 12 mars 2020", "le 03.12.2020", "en 2019". */
  const WHEN = String.raw`(?: (?:le|en|au mois de|il y a) (?:[^.;\n]|\.(?=\d)){1,30}?)?,?`;
  /** The kind of outlet before its name, not part of it: "le site de", "le quotidien britannique". */
  const MEDIA = String.raw`(?:(?:le |la |l${AP})?(?:site(?: internet| web)?|blog|magazine|quotidien|journal|hebdomadaire|mensuel|revue|plateforme|média)(?: ${ADJ})?(?: (?:de|du|des) | d${AP}| )(?=[{upper}«"“]|l${AP}|le |la |les ))?`;
  /** An article before a name that is not part of it: "l'AFP", "le Wall Street Journal". */
  const ART = String.raw`(?:l${AP}|le |la |les )?`;
  /** The kind of outlet after its article, for cues that ask for an outlet anyway: "l'agence Reuters". */
  const KIND = String.raw`(?:(?:agence(?: de presse)?|chaîne(?: de télévision| d${AP}informations?)?|radio|station|télévision|quotidien|journal|hebdomadaire|magazine|mensuel|site(?: d${AP}informations?| d${AP}actualités?)?|média)(?: ${ADJ}){0,2} )?`;
  /** Books, albums, poems: "Le roman a été initialement publié par Penguin" speaks of no story. */
  const NOT_A_BOOK = String.raw`(?<!(?:livre|roman|ouvrage|recueil|album|poème|poèmes|bande dessinée|manuel|disque)[^.;]{0,40})`;
  /** Saying verbs of a quotation: "a déclaré", "a-t-il confié", "explique". */
  const SAY = String.raw`(?:déclaré|déclare|indiqué|indique|confié|confie|affirmé|affirme|expliqué|explique|précisé|précise|assuré|assure|raconté|raconte|dit|réagi|réagit|annoncé|souligné|souligne|confirmé|confirme|ajouté|ajoute|estimé|estime|témoigné|témoigne|répondu|répond|lancé|martelé|déploré|regretté|reconnu|admis|détaillé|prévenu|averti|commenté|démenti|insisté)`;

  return {
    code: 'fr',
    name: 'French',
    words,
    quotes: [['«', '»'], ['“', '”']],
    articles: ['Le', 'La', 'Les'],
    // Not "et": "Mediapart et Emmanuel Macron" would run into one name that is no outlet.
    connectors: ['de', 'du', 'des', 'de la'],
    conjunctions: ['et', 'ou'],
    fillers: [
      'selon', 'comme', 'mais', 'et', 'ou', 'donc', 'or', 'ainsi', 'alors', 'aussi', 'puis', 'ensuite', 'depuis',
      'hier', 'aujourd’hui', "aujourd'hui", 'désormais', 'cependant', 'pourtant', 'toutefois', 'déjà', 'encore',
      'enfin', 'il', 'ils', 'on', 'nous', 'vous', 'je', 'ce', 'cette', 'ces', 'dans', 'pour', 'par', 'sur', 'avec',
      'après', 'avant', 'd’après', "d'après", 'en', 'à', 'au', 'aux', 'du', 'des', 'un', 'une', 'lors', 'quand',
      'lorsque', 'si', 'même', 'dès', 'notamment', 'également', 'sans', 'contrairement',
    ],
    notASource: [
      'il', 'ils', 'on', 'nous', 'vous', 'ceci', 'cela', 'police', 'gendarmerie', 'gouvernement', 'ministère', 'ministre',
      'préfecture', 'parquet', 'procureur', 'justice', 'tribunal', 'mairie', 'ville', 'état', 'élysée', 'matignon',
      'entreprise', 'société', 'groupe', 'agence', 'presse', 'médias', 'média', 'rédaction', 'auteur', 'auteure',
      'autrice', 'source', 'sources', 'lecteur', 'lecteurs', 'abonnés', 'journaliste', 'journalistes', 'article',
      'photo', 'vidéo', 'accueil', 'contact', 'internet', 'site', 'hebdomadaire', 'mensuel', 'quotidien',
    ],
    newsWords: [
      'Journal', 'Matin', 'Soir', 'Info', 'Infos', 'Actu', 'Actus', 'Hebdo', 'Quotidien', 'Dépêche', 'Courrier',
      'Républicain', 'Nouvelles', 'Observateur', 'Télévision', 'Télé', 'Presse',
      '-info', '-infos', '-actu', '-hebdo',
      // Hyphenated names: "Nice-Matin", "Paris-Soir" (the compound's end, its hyphen included).
      '--matin', '--soir',
    ],
    // Only nouns that do not also open outlets' names ("Le Journal de …", "Le Quotidien du …").
    outletNouns: [
      'l’hebdomadaire', "l'hebdomadaire", 'le mensuel', 'l’agence de presse', "l'agence de presse",
      'le site d’information', "le site d'information", 'le site', 'la chaîne',
    ],
    months: [
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
      'décembre', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    ],
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    photoWords: [
      'Photo', 'Photos', 'Photographie', 'Crédit photo', 'Crédits photo', 'Crédit', 'Crédits', 'Illustration', 'Image',
      'Images', 'Vidéo', 'Infographie', 'Archives', 'Capture d’écran', "Capture d'écran", 'Dessin', 'Montage',
    ],
    creditJoiners: ['avec', 'et', 'La rédaction avec', 'la rédaction avec', 'Rédaction avec'],
    citeCredits: ['Avec la contribution de', 'Avec la collaboration de', 'Avec des informations de'],
    copyrightWords: ['Copyright', 'Tous droits réservés', 'Droits réservés'],
    issueWords: ['n°', 'N°', 'no', 'numéro', 'Numéro', 'Hors-série'],
    // "au Monde" → "Le Monde", "aux Échos" → "Les Echos", "à l'Express" → "L'Express"; "L'AFP" → "AFP".
    // Not for words other languages write alone ("Post", "Express", "Presse", "Echo").
    nameForms: [
      ['^(?!(?:Post|Express|Presse|Echo|Écho|Tempo|Opinion|Tribune|Times|Sun|Star|Mirror|Nation|Monitor|Standard|Record|Journal)$)([A-ZÀ-Ý].*)$', 'Le $1'],
      ['^(?!(?:Post|Express|Presse|Echo|Écho|Tempo|Opinion|Tribune|Times|Sun|Star|Mirror|Nation|Monitor|Standard|Record|Journal)$)([A-ZÀ-Ý].*)$', 'La $1'],
      ['^(?!(?:Post|Express|Presse|Echo|Écho|Tempo|Opinion|Tribune|Times|Sun|Star|Mirror|Nation|Monitor|Standard|Record|Journal)$)([A-ZÀ-Ý].*)$', 'Les $1'],
      ['^(?!(?:Post|Express|Presse|Echo|Écho|Tempo|Opinion|Tribune|Times|Sun|Star|Mirror|Nation|Monitor|Standard|Record|Journal)$)([AEIOUHÉÈÊÀÂÎÔ].*)$', "L'$1"],
      ["^[Ll]['’](.+)$", '$1'],
    ],
    cues: [
      {
        id: 'fr-initialement',
        keywords: ['initialement', 'originellement', 'originalement', 'origine', 'première fois', 'abord été'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        pattern: String.raw`${NOT_A_BOOK}(?:(?<![{letter}])(?:[Ii]nitialement|[Oo]riginellement|[Oo]riginalement|[Àà] l${AP}origine) (?:(?:été|avait été) )?(?:publiée?s?|parue?s?|diffusée?s?|mise?s? en ligne|postée?s?)|(?<![{letter}])(?:[Pp]ubliée?s?|[Pp]arue?s?|[Dd]iffusée?s?|[Mm]ise?s? en ligne|[Pp]ostée?s?) (?:initialement|originellement|originalement|à l${AP}origine)|${PIECE} (?:a |est |avait )?(?:(?:d${AP}abord|tout d${AP}abord) (?:été )?(?:publiée?|parue?|diffusée?|mise? en ligne)|(?:été )?(?:publiée?|parue?|diffusée?|mise? en ligne) (?:pour la première fois|en premier|d${AP}abord)))(?: en (?:anglais|français|espagnol|allemand|italien|portugais|néerlandais|version originale))?${WHEN} (?:sur|dans|par|via) ${MEDIA}${ART}{SOURCE}`,
        examples: [
          { text: 'Cet article a été initialement publié sur The Conversation.', source: 'The Conversation' },
          { text: 'Article initialement publié le 12 mars 2020 sur Mediapart.', source: 'Mediapart' },
          { text: 'Ce texte a été publié à l’origine dans le magazine Society.', source: 'Society' },
          { text: 'Cet article a d’abord été publié sur lesjours.fr.', source: 'lesjours.fr' },
        ],
        counterexamples: [
          'Cet article a été initialement publié le 12 mars 2020 à 10h00.',
          'Le roman a été initialement publié en 1966 par Gallimard.',
          'Le livre a été publié pour la première fois en 1966.',
          'Ces résultats ont été initialement présentés à Paris.',
        ],
      },
      {
        id: 'fr-original-traduit',
        keywords: ['original', 'version originale', 'lire l', 'lire la suite', 'traduction', 'traduit', 'adapté', 'adaptation'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.9,
        needsOutlet: false,
        // "L'article original a été publié sur …", "Lire l'article original sur …", "Traduction d'un
        // article paru dans le New York Times".
        pattern: String.raw`(?<![{letter}])(?:(?:[Ll]${AP}article|[Ll]a version|[Ll]e texte|[Vv]ersion|[Aa]rticle|[Tt]exte) original(?:e)?(?: en [{lower}]+)? (?:a été |est |avait été )?(?:publiée?|parue?|disponible|à lire|consultable)${WHEN} (?:sur|dans|par)|[Ll]ire (?:l${AP}article (?:original|complet|en version originale|dans sa version originale|en intégralité|en entier)|la suite(?: de l${AP}article)?|l${AP}intégralité de l${AP}article) (?:sur|dans)|(?:[Tt]raduction|[Tt]raduit|[Aa]daptation|[Aa]dapté)(?: de l${AP}[{lower}]+)? (?:d${AP}un|de l${AP}|de cet|du) (?:article|texte|reportage|éditorial|entretien|enquête|billet|tribune)(?: (?:initialement |originellement |d${AP}abord )?(?:paru|publié|parue|publiée)${WHEN} (?:dans|sur|par)| (?:de|du|d${AP}|paru dans|publié dans|paru sur|publié sur|publié par)))(?:[\s\u00a0]+|(?<=['’])(?=[{upper}]))${MEDIA}${ART}{SOURCE}`,
        examples: [
          { text: 'L’article original a été publié sur Mother Jones.', source: 'Mother Jones' },
          { text: 'Lire l’article original sur le site de Libération.', source: 'Libération' },
          { text: 'Traduction d’un article paru dans le New York Times.', source: 'New York Times' },
          { text: 'Traduit de l’anglais d’un article du Guardian.', source: 'Guardian' },
        ],
        counterexamples: ['Traduit de l’anglais par Jean Dupont.', 'Lire l’article original.', 'La version originale du film est sortie en 1999.'],
      },
      {
        id: 'fr-republie',
        keywords: ['republié'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.95,
        needsOutlet: false,
        pattern: String.raw`(?<![{letter}])[Rr]epubli(?:é|ée|és|ées) (?:ici )?(?:à partir (?:de |du |d${AP}|des )|en provenance (?:de |du |d${AP})|depuis |de |du |d${AP}|des )${MEDIA}${ART}{SOURCE}`,
        examples: [
          { text: 'Cet article est republié à partir de The Conversation sous licence Creative Commons.', source: 'The Conversation' },
          { text: 'Article republié depuis le site de Reporterre.', source: 'Reporterre' },
          { text: 'Ce texte est republié du Courrier des Balkans.', source: 'Courrier des Balkans' },
        ],
        counterexamples: ['Cet article a été republié le 3 mars.', 'Republié avec l’autorisation de l’auteur.'],
      },
      {
        id: 'fr-autorisation',
        keywords: ['autorisation', 'permission'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: true,
        // A person's or a publisher's leave ("avec l'autorisation de l'auteur", "des Éditions Gallimard") is no outlet's.
        pattern: String.raw`(?<![{letter}])(?:[Aa]vec|[Ss]ous|[Gg]râce à|[Pp]ar) (?:l${AP}|la |le )?(?:aimable |gracieuse |bienveillante |amicale )?(?:autorisation|permission|accord) (?:de |du |des |d${AP})${MEDIA}${ART}{SOURCE}`,
        examples: [
          { text: 'Reproduit avec l’aimable autorisation de Libération.', source: 'Libération' },
          { text: 'Republié avec l’autorisation de The Conversation.', source: 'The Conversation' },
          { text: 'Texte publié avec la permission de Courrier international.', source: 'Courrier' },
        ],
        counterexamples: ['Reproduit avec l’autorisation de Jean Dupont.', 'Avec l’aimable autorisation des Éditions Gallimard.', 'Reproduit avec l’autorisation de l’auteur.'],
      },
      {
        id: 'fr-paru-dans',
        keywords: ['paru', 'publié', 'extrait', 'issu', 'tiré', 'publiée', 'article de', 'article d'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // This outlet's own print issue ("Cet article est paru dans notre édition du 12 mars"), or
        // another's ("Article paru dans le numéro 1234 de Marianne", "… paru dans Le Monde du 3 mars").
        pattern: String.raw`(?:${PIECE_AT_START} (?:de |d${AP})[^()\n.;]{1,40}? (?:dans|pour) ${ART}{SOURCE}|(?:${PIECE}(?: (?:est|a|a été|avait été|avait))?|${PIECE_AT_START}) (?:paru|parue|publié|publiée|extrait|extraite|issu|issue|tiré|tirée)${WHEN} (?:dans|du|des|de la|de|sur) (?:(?:le |la |l${AP})?(?:revue|magazine|quotidien|journal|hebdomadaire|mensuel|supplément) (?:${ADJ} )?{SOURCE}|(?:(?:notre|nos|le|la|les|un|une|ce|cette) |l${AP})?(?:(?:dernier|dernière|nouveau|nouvelle|prochain|prochaine) )?(?:édition|numéro|hors-série|supplément|version|colonnes|pages|cahier)(?: (?:papier|imprimée|print|spécial|spéciale|daté|datée))?(?:(?! (?:de |du |des |d${AP})[{upper}«"“])[^.;\n]){0,40}(?: (?:de |du |des |d${AP})(?:(?:la revue|du magazine|du journal|du quotidien|l${AP}hebdomadaire|du mensuel) )?{SOURCE})?|${ART}{SOURCE}))`,
        examples: [
          { text: 'Cet article est paru dans notre édition du 12 mars 2020.', source: '' },
          { text: 'Article paru dans le numéro 1234 de Marianne.', source: 'Marianne' },
          { text: 'Cet article est paru dans Le Monde du 3 mars 2020.', source: 'Le Monde' },
          { text: 'Cet article est extrait du magazine Sciences Humaines.', source: 'Sciences Humaines' },
          { text: '(Article de Valérie Pierre dans La Tribune-Le Progrès)', source: 'La Tribune-Le Progrès' },
        ],
        counterexamples: [
          'L’album est paru dans les bacs en mars.',
          'Le décret est paru dans la nuit.',
          'Publié le 12/03/2020 à 10h00, mis à jour le 13/03/2020 à 08h00',
          'Cet article a été traduit automatiquement.',
        ],
      },
      {
        id: 'fr-avec-agence',
        keywords: ['avec'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.8,
        needsOutlet: true,
        // "(Avec AFP)" closing a paragraph, "Le Figaro avec AFP" or "Avec Reuters" as a line of its own.
        pattern: String.raw`(?:\([\s\u00a0]*|^[\s\u00a0]*(?:(?:[{upper}][^\s()]*|la|le|les|l${AP}[^\s()]*|rédaction|et) ){0,4})[Aa]vec (?:l${AP})?{SOURCE}(?:(?:,| et) (?:l${AP})?[{upper}][^()\n]{1,30})?(?:[\s\u00a0]*\)\.?)?[\s\u00a0]*$`,
        examples: [
          { text: 'Le gouvernement a présenté lundi son projet de réforme. (Avec AFP)', source: 'AFP' },
          { text: 'Le Figaro avec AFP', source: 'AFP' },
          { text: 'La rédaction avec Reuters', source: 'Reuters' },
        ],
        counterexamples: ['Il a signé un partenariat avec Reuters.', 'Se connecter avec Facebook', '(avec Jean Dupont)', 'Entretien avec Marie Dupont'],
      },
      {
        id: 'fr-partenariat',
        keywords: ['partenariat', 'collaboration'],
        role: 'upstream',
        relation: 'produced-by',
        confidence: 0.8,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:${PIECE}|[Aa]rticle|[Cc]ontenu|[Ee]nquête|[Rr]eportage)(?: (?:est|a été))? (?:réalisée?|produite?|publiée?|écrite?|menée?|coproduite?) (?:en partenariat|en collaboration|en coopération) avec ${ART}{SOURCE}`,
        examples: [
          { text: 'Cette enquête a été réalisée en partenariat avec Mediapart.', source: 'Mediapart' },
          { text: 'Cet article est publié en partenariat avec Courrier international.', source: 'Courrier' },
        ],
        counterexamples: ['Contenu réalisé en partenariat avec Renault.', 'Cet article a été réalisé en collaboration avec Jean Dupont.'],
      },
      {
        id: 'fr-selon',
        keywords: ['selon', 'après'],
        role: 'cites',
        confidence: 0.65,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:[Ss]elon|[Dd]${AP}après) (?:(?:des |les |une |un |de nouvelles |nos |ses )?(?:informations|information|exclusivité|révélations|info|infos|sources|chiffres|calculs|données|documents|images|enquête|article|analyse|révélation|estimations|décompte|sondage|propos rapportés|propos recueillis|éléments|témoignages|reportage)(?: ${ADJ}){0,2} (?:de |du |des |d${AP}|obtenue?s? par |publiée?s? par |révélée?s? par |recueillis par |rapportés par |par )(?:l${AP}|le |la |les )?|le |la |les |l${AP})?${KIND}{SOURCE}`,
        examples: [
          { text: 'Selon Mediapart, le conseiller aurait été informé.', source: 'Mediapart' },
          { text: 'Les négociations ont échoué, selon l’AFP.', source: 'AFP' },
          { text: 'D’après des informations du Parisien, le suspect a été arrêté.', source: 'Parisien' },
          { text: 'Selon une enquête du New York Times, le groupe a menti.', source: 'New York Times' },
        ],
        counterexamples: ['Selon la police, personne n’a été blessé.', 'Selon Microsoft, la mise à jour est facultative.', 'Selon Emmanuel Macron, la réforme est nécessaire.', 'selon des sources proches du dossier'],
      },
      {
        id: 'fr-rapporte',
        keywords: ['rapport', 'révèl', 'révél', 'écri', 'indiqu', 'précis', 'affirm', 'appris', 'croit savoir', 'publi', 'dévoil', 'confirm', 'assur', 'expliqu', 'soulign', 'racont'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        // After a clause ("…, rapporte l'AFP", "comme l'a révélé Mediapart") or before one ("Le Parisien révèle que …").
        pattern: String.raw`(?:(?:(?<=[,;»”")][\s\u00a0]{0,2})|(?<![{letter}])(?:[Cc]omme (?:le |l${AP})|[Aa]insi que (?:le |l${AP})|[Cc]e qu${AP}|[Cc]e que ))(?:(?:a|avait|l${AP}a|l${AP}avait) )?(?:rapporte|rapportait|rapportent|rapporté|révèle|révélait|révèlent|révélé|écrit|écrivait|indique|indiquait|indiqué|précise|précisait|précisé|affirme|affirmait|affirmé|assure|assurait|annonce|annonçait|raconte|racontait|souligne|explique|confirme|confirmé|dévoile|dévoilé|croit savoir|appris)(?![{letter}])(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|également|aussi|encore|récemment))? ${ART}${KIND}{SOURCE}|(?<!(?:[Ss]elon|[Dd]${AP}après|à|au|aux|par|pour|avec|sur|dans|[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Dd]es|[Dd]e) ){SOURCE} (?:(?:a|avait|aurait|ont) )?(?:(?:également|aussi|encore|déjà|ainsi|alors|lui-même|de son côté|pour sa part|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|récemment|même) )?(?:rapporte|rapporté|rapportait|révèle|révélé|révélait|écrit|écrivait|publie|publié|publiait|affirme|affirmé|affirmait|assurait|indique|indiqué|indiquait|précise|précisé|dévoile|dévoilé|appris|apprend|croit savoir)(?![{letter}]))`,
        examples: [
          { text: 'Le ministre a démissionné, rapporte l’AFP.', source: 'AFP' },
          { text: 'Comme l’a révélé Mediapart, le contrat a été signé en 2011.', source: 'Mediapart' },
          { text: 'De plus, Mediapart révèle que le conseiller devrait être inquiété.', source: 'Mediapart' },
          { text: 'Le Parisien a révélé mercredi que le ministre avait menti.', source: 'Le Parisien' },
        ],
        counterexamples: ['La police indique que personne n’a été blessé.', 'Microsoft a annoncé une hausse de ses bénéfices.', 'Emmanuel Macron a révélé ses projets.', 'L’entreprise, écrit Jean Dupont, va fermer.'],
      },
      {
        id: 'fr-declare-a',
        keywords: [
          'déclar', 'indiqu', 'confi', 'affirm', 'expliqu', 'précis', 'assur', 'racont', 'dit', 'réagi', 'annonc', 'soulign', 'confirm',
          'ajout', 'estim', 'témoign', 'répond', 'lancé', 'martelé', 'déploré', 'regretté', 'reconnu', 'admis', 'détaillé', 'prévenu',
          'averti', 'commenté', 'démenti', 'insisté',
        ],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // "a déclaré le ministre à l'AFP", "a-t-il confié au Parisien", "a déclaré son porte-parole à Keystone-ATS".
        pattern: String.raw`(?<![{letter}])${SAY}(?![{letter}])(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?(?:(?: (?!qu${AP}|que )[^.;:!?«»“”"\n]{1,50}?)?,?)? (?:à|pour|auprès de|auprès du|au micro de|au micro du|au micro d${AP}|à l${AP}antenne de|sur l${AP}antenne de|au|aux) (?:la |le |les |l${AP})?${KIND}{SOURCE}`,
        examples: [
          { text: '« Nous sommes prêts », a déclaré le ministre à l’AFP.', source: 'AFP' },
          { text: 'Seules les entreprises sont concernées, a déclaré son porte-parole à Keystone-ATS.', source: 'Keystone-ATS' },
          { text: 'Il l’a confié au Parisien dimanche.', source: 'Parisien' },
          { text: '« C’est fini », a-t-il dit à BFMTV.', source: 'BFMTV' },
        ],
        counterexamples: ['a déclaré le ministre à Paris.', 'a-t-il déclaré à la presse.', 'a indiqué le préfet à l’Assemblée nationale.', 'a-t-il expliqué à Jean Dupont.'],
      },
      {
        id: 'fr-interroge-par',
        keywords: ['interrog', 'question', 'contact', 'joint', 'cité', 'citée', 'sollicit', 'interview', 'consult', 'obtenu', 'révél', 'dévoil', 'rapport', 'relay', 'diffus', 'publié', 'procuré', 'entretien', 'micro', 'antenne', 'plateau', 'invité', 'colonnes', 'lire dans', 'lit-on', 'apprend', 'paru', 'publié', 'mis en ligne', 'mise en ligne'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:(?:[Ii]nterrogée?s?|[Cc]ontactée?s?|[Jj]ointe?s?|[Cc]itée?s?|[Ss]ollicitée?s?|[Ii]nterviewée?s?|[Qq]uestionnée?s?|[Cc]onsultée?s?|[Oo]btenue?s?|[Rr]évélée?s?|[Dd]évoilée?s?|[Rr]apportée?s?|[Rr]elayée?s?|[Dd]iffusée?s?|[Pp]ubliée?s?)(?: (?:en \d{4}|le \d{1,2}(?:er)? [{lower}]+(?: \d{4})?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|récemment|notamment|également|aussi))? par |(?:que s${AP}est procurée?s?|qu${AP}a pu consulter|qu${AP}a consultée?s?|qu${AP}a obtenue?s?|qu${AP}a pu se procurer) |(?:[Dd]ans|[Ll]ors d${AP}) (?:un|une|son|sa) (?:entretien|interview|entrevue|tribune) (?:(?:accordée?|publiée?|donnée?) )?(?:au |aux |à |dans )|(?:invitée?s? (?:de |du |d${AP})|au micro (?:de |d${AP}|du )|(?:à|sur) l${AP}antenne (?:de |d${AP}|du )|sur le plateau (?:de |d${AP}|du )|dans les colonnes (?:de |du |d${AP})|(?:peut|pouvait|a pu|a t)-on (?:pu )?lire dans |lit-on dans |a t on pu lire dans |on (?:peut|pouvait) lire dans )|(?:[Uu]n|[Uu]ne|[Dd]ans un|[Dd]ans une|[Dd]${AP}un|[Dd]${AP}une) (?:article|éditorial|entretien|reportage|enquête|tribune|papier|portrait|billet)(?: ${ADJ})? (?:paru|parue|publié|publiée|mis en ligne|mise en ligne)${WHEN} (?:dans|sur|par) |(?:[Oo]n (?:l${AP})?(?:apprend|a appris|apprenait)|apprend-on)(?: [^.;]{0,30}?)? (?:via|par|auprès de|auprès du|dans|du|de) )(?:la |le |les |l${AP})?${KIND}{SOURCE}`,
        examples: [
          { text: 'Interrogé par Le Figaro, le maire a refusé de répondre.', source: 'Le Figaro' },
          { text: 'Mi-novembre 2019, on apprend via l’AFP que la justice va réexaminer le non-lieu.', source: 'AFP' },
          { text: 'Dans un entretien accordé au Monde, la ministre annonce sa démission.', source: 'Monde' },
          { text: 'selon un document que s’est procuré Libération.', source: 'Libération' },
          { text: 'Dans un éditorial publié mardi par Le Figaro, il dénonce la réforme.', source: 'Le Figaro' },
        ],
        counterexamples: ['Interrogé par la police, le suspect a nié.', 'Il était invité de Jean Dupont.', 'On apprend par Jean Dupont que la réunion est annulée.'],
      },
      {
        id: 'fr-journal-nomme',
        keywords: ['quotidien', 'journal', 'hebdomadaire', 'magazine', 'mensuel', 'agence de presse', 'site d', 'média', 'chaîne d', 'tabloïd'],
        role: 'cites',
        // Above the other cites: where they take the same name after its kind, this one says more.
        confidence: 0.62,
        // The kind of outlet before the name says it is one: "le journal Ebdo", "l'agence de presse tchèque ČTK".
        needsOutlet: false,
        pattern: String.raw`(?<![{letter}])(?:[Ll]e |[Ll]a |[Ll]${AP}|[Aa]u |[Dd]u |[Uu]n |[Uu]ne |à la |de la |d${AP}un |d${AP}une )(?:quotidien|journal|hebdomadaire|magazine|mensuel|bimensuel|site d${AP}(?:informations?|actualités?|investigation)|média en ligne|média|agence de presse|chaîne d${AP}informations?(?: en continu)?|tabloïd|titre de presse)(?: ${ADJ}){0,3} (?:l${AP})?{SOURCE}`,
        examples: [
          { text: 'Plainte classée sans suite, mais dévoilée en 2018 par le journal Ebdo.', source: 'Ebdo' },
          { text: 'a-t-il réagi dès les premières heures pour l’agence de presse tchèque ČTK.', source: 'ČTK' },
          { text: 'Le quotidien britannique The Guardian consacre sa une au scandale.', source: 'The Guardian' },
        ],
        counterexamples: ['le journal télévisé de 20 heures', 'Le quotidien de la ville a changé.', 'un magazine de mode'],
      },
    ],
  };
}
