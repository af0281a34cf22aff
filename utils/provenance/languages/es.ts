/**
 * Spanish (Spain and Latin America): "Este artículo fue publicado originalmente en …", "apareció
 * originalmente en …", "Reproducido con autorización de …", "Fuente: EFE", "Por Agencia EFE",
 * "según el diario …", "informó la agencia EFE", "dijo a la agencia Reuters", "(Con información de
 * AFP, EFE y Reuters)". Datelines ("Tegucigalpa, 2 ene (EFE).-", "MADRID, 24 Oct. (EUROPA PRESS) -")
 * are the registry's agency tokens: they need no cue here.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    'Originalmente', 'Originariamente', 'publicado inicialmente', 'publicada inicialmente', 'publicado por primera vez',
    'publicada por primera vez', 'publicó por primera vez', 'apareció inicialmente', 'apareció por primera vez',
    'apareció primero', 'edición impresa', 'versión impresa', 'edición en papel', 'Este artículo', 'Esta nota',
    'Este texto', 'Este reportaje', 'Esta columna', 'Esta entrevista', 'Esta crónica', 'Esta historia',
    'Una versión de', 'Republicado', 'Republicada', 'Reproducido', 'Reproducida', 'Reblogueado', 'Rebloggeado',
    'Se reproduce', 'Se republica', 'Reproducimos', 'Republicamos', 'Con autorización', 'Con la autorización',
    'Con permiso', 'Con el permiso', 'Bajo licencia', 'Según ', 'De acuerdo con', 'De acuerdo a', 'informó',
    'informaron', 'informa ', 'reportó', 'reporta ', 'publicó', 'publica ', 'reveló', 'revela ', 'difundió',
    'adelantó', 'adelanta ', 'destacó', 'divulgó', 'escribió', 'escribe ', 'dio a conocer', 'dieron a conocer',
    'reportaron', 'publicaron', 'revelaron', 'ha informado', 'ha publicado', 'ha revelado', 'había informado',
    'había publicado', 'había revelado',
    // Verbs of telling ("dijo a", "aseguraba a", "en diálogo con"), in either case at a sentence's start; whole
    // words, not stems: "confirm", "declar", "indic" would let every English page through.
    'Dijo', 'Dijeron', 'Dice ', 'Decía', 'Dicho', 'Aseguró', 'Aseguraba', 'Aseguraron', 'Asegura ', 'Asegurado',
    'Manifestó', 'Manifestaron', 'Declaró', 'Declararon', 'Declaraba', 'Declarado', 'Declaraciones', 'Explicó',
    'Explicaron', 'Explica ', 'Explicado', 'Contó', 'Contaron', 'Confirmó', 'Confirmaron', 'Confirmado', 'Afirmó',
    'Afirmaron', 'Afirma ', 'Señaló', 'Señalaron', 'Indicó', 'Indicaron', 'Comentó', 'Precisó', 'Detalló', 'Sostuvo',
    'Relató', 'Admitió', 'Reconoció', 'Advirtió', 'Expresó', 'Agregó', 'Añadió', 'Insistió', 'Respondió', 'Aseveró',
    'Subrayó', 'entrevista con', 'entrevista a', 'entrevista concedida', 'diálogo con', 'conversación con',
    'Con información', 'Con informaciones', 'Con datos de', 'Con reportes de', 'Con material', 'Con despachos',
    'Con cables', '(Con ',
  ],
  sourceLabels: ['Fuente', 'Fuentes', 'Fuente original', 'Artículo original', 'Vía'],
  bylineWords: ['Por', 'Redacción', 'Redacción,', 'Autor', 'Autora', 'Escrito por'],
  commonWords: ['el', 'los', 'las', 'y', 'pero', 'más', 'fue', 'está', 'también', 'sus', 'muy', 'desde', 'hasta'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** The piece a credit line speaks of: "Este artículo", "Esta nota", "El reportaje". */
  const PIECE = String.raw`(?:[Ee]st[ea]|[Ee]l|[Ll]a) (?:artículo|nota|texto|reportaje|columna|crónica|entrevista|publicación|historia|análisis|ensayo|informe|investigación|contenido|pieza|material)`;
  /** The piece a notice of publication speaks of, this page's own: "Este artículo", "Esta entrevista". */
  const THIS_PIECE = String.raw`(?:[Ee]st[ea] (?:artículo|nota|texto|reportaje|columna|crónica|entrevista|análisis|ensayo|informe|investigación)|[Uu]na versión de (?:este|esta) [{lower}]+)`;
  /** The kind of outlet before its name, with up to two adjectives: "el diario estadounidense", "la agencia de noticias". */
  const NOUN = String.raw`(?:(?:el |la |los |las )?(?:diario|periódico|rotativo|matutino|vespertino|semanario|revista|agencia de noticias|agencia|agencias|cadena de televisión|cadena|canal|emisora|televisora|radio|portal de noticias|portal|sitio web|sitio de noticias|sitio|medio digital|medio|web|blog|noticiero|publicación)(?: [{lower}]+){0,2} )`;
  /** A print issue: "la edición impresa", "el número 245". */
  const PRINT = String.raw`(?:edición impresa|versión impresa|edición en papel|edición de papel|edición dominical|edición semanal|edición|número|suplemento)`;
  /** A language an article first appeared in: "originalmente en inglés en …". */
  const TONGUE = String.raw`(?:en (?:inglés|francés|portugués|alemán|italiano|catalán|gallego|euskera|ruso|árabe|chino|japonés|ucraniano) )`;
  /** Verbs of telling: "dijo a", "aseguraba a", "manifestó el funcionario a". */
  const TOLD = String.raw`(?:[Dd]ijo|[Dd]ijeron|[Dd]ice|[Dd]ecía|[Hh]a dicho|[Hh]abía dicho|[Aa]seguró|[Aa]seguraron|[Aa]seguraba|[Aa]segura|[Hh]a asegurado|[Mm]anifestó|[Mm]anifestaron|[Dd]eclaró|[Dd]eclararon|[Dd]eclaraba|[Hh]a declarado|[Ee]xplicó|[Ee]xplicaron|[Ee]xplica|[Hh]a explicado|[Cc]ontó|[Cc]ontaron|[Cc]onfirmó|[Cc]onfirmaron|[Hh]a confirmado|[Aa]firmó|[Aa]firmaron|[Aa]firma|[Ss]eñaló|[Ss]eñalaron|[Ii]ndicó|[Ii]ndicaron|[Cc]omentó|[Pp]recisó|[Dd]etalló|[Ss]ostuvo|[Rr]elató|[Aa]dmitió|[Rr]econoció|[Aa]dvirtió|[Ee]xpresó|[Aa]gregó|[Aa]ñadió|[Ii]nsistió|[Rr]espondió|[Aa]severó|[Ss]ubrayó)`;
  /** Verbs of reporting: "informó", "publicó", "reveló". */
  const REPORTED = String.raw`(?:informó|informaron|informa|escribió|escribe|reportó|reportaron|reporta|publicó|publicaron|publica|reveló|revelaron|revela|difundió|divulgó|adelantó|adelanta|destacó|ha informado|ha publicado|ha revelado|había informado|había publicado|había revelado|dio a conocer|dieron a conocer)`;

  return {
    code: 'es',
    name: 'Spanish',
    words,
    quotes: [['«', '»'], ['“', '”'], ['"', '"']],
    articles: ['El', 'La', 'Los', 'Las'],
    // "Diario de Sevilla", "La Voz de Galicia", "La Voz del Interior"; "y" joins two names ("EFE y Reuters").
    connectors: ['de', 'del', 'y'],
    conjunctions: ['y', 'e', 'o'],
    fillers: [
      'según', 'como', 'así', 'también', 'pero', 'y', 'o', 'e', 'ya', 'luego', 'después', 'ayer', 'hoy', 'además',
      'mientras', 'entonces', 'aunque', 'cuando', 'donde', 'este', 'esta', 'ese', 'esa', 'eso', 'esto', 'aquí',
      'allí', 'él', 'ella', 'ellos', 'ellas', 'nosotros', 'yo', 'ahora', 'antes', 'incluso', 'sin', 'con', 'para',
      'desde', 'hasta', 'tras', 'sobre', 'entre', 'originalmente', 'asimismo', 'igualmente', 'finalmente',
      'recientemente', 'anteriormente', 'previamente', 'mañana', 'anoche', 'todavía', 'aún', 'sin embargo',
    ],
    notASource: [
      'policía', 'policía nacional', 'guardia civil', 'carabineros', 'gobierno', 'ministerio', 'ministro', 'ministra',
      'empresa', 'compañía', 'agencia', 'diario', 'periódico', 'revista', 'fuente', 'fuentes', 'autor', 'autora',
      'redacción', 'medios', 'fiscalía', 'tribunal', 'justicia', 'ejército', 'presidente', 'presidenta', 'portavoz',
      'vocero', 'vocera', 'ayuntamiento', 'alcaldía', 'municipalidad', 'gobernación', 'congreso', 'senado',
      'autoridades', 'expertos', 'estudio', 'informe', 'foto', 'imagen', 'archivo', 'contacto', 'inicio', 'portada',
      'artículo', 'nota', 'texto', 'lectores', 'usuarios', 'sitio', 'página', 'casa blanca', 'estados unidos',
      'gobierno de españa', 'españa', 'méxico', 'argentina', 'chile', 'colombia', 'perú', 'venezuela', 'ecuador',
      'bolivia', 'uruguay', 'paraguay', 'cuba', 'guatemala', 'honduras', 'nicaragua', 'panamá', 'costa rica',
      'el salvador', 'república dominicana', 'puerto rico', 'francia', 'alemania', 'italia', 'inglaterra', 'reino unido',
      'europa', 'latinoamérica', 'américa latina', 'madrid', 'barcelona', 'buenos aires', 'santiago', 'lima', 'bogotá',
      'caracas', 'londres', 'nueva york', 'parís', 'washington',
    ],
    newsWords: [
      // Not "Prensa": "la Secretaría de Prensa", "la Sociedad Interamericana de Prensa" are no outlets.
      'Diario', 'Noticias', 'Heraldo', 'Crónica', 'Gaceta', 'Tribuna', 'Informador', 'Periódico',
      'Semanario', 'Confidencial', 'Noticiero', 'Televisión', 'Radio', 'Expreso', 'Observador', 'Mercurio',
      'Espectador', 'Siglo', 'Universo', 'Telediario', 'Informativos', '-noticias', '-diario',
    ],
    outletNouns: [
      'agencia de noticias', 'agencia informativa', 'cadena de televisión', 'canal de televisión', 'diario digital',
      'periódico digital', 'portal de noticias', 'sitio web', 'sitio de noticias', 'medio digital', 'revista',
      'semanario', 'rotativo', 'matutino', 'vespertino', 'emisora', 'televisora', 'portal', 'medio',
    ],
    months: [
      'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
      'noviembre', 'diciembre', 'ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'sept', 'oct', 'nov',
      'dic',
    ],
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'lun', 'mié', 'jue', 'vie', 'sáb', 'dom'],
    photoWords: [
      'Foto', 'Fotos', 'Fotografía', 'Fotografías', 'Fotógrafo', 'Imagen', 'Imágenes', 'Cortesía', 'Crédito', 'Créditos',
      'Ilustración', 'Infografía', 'Gráfico', 'Archivo', 'Captura', 'Video', 'Vídeo',
    ],
    creditJoiners: ['con', 'y', 'Con material de', 'con material de', 'Con despachos de', 'con despachos de'],
    // "(Con información de AFP, EFE y Reuters)": the agencies helped, they are cited, not the source.
    citeCredits: [
      'Con información de las agencias', 'Con información de la agencia', 'Con información de', 'Con informaciones de',
      'Con información adicional de', 'Con reportes de', 'Con datos de', 'Con la colaboración de', 'Con colaboración de',
      'Colaboración', 'Colaboró',
    ],
    copyrightWords: ['Copyright', 'Todos los derechos reservados', 'Derechos reservados', 'Prohibida su reproducción'],
    issueWords: ['Núm', 'Número', 'No', 'Nº', 'N°', 'Edición'],
    cues: [
      {
        id: 'es-publicado-originalmente',
        keywords: ['originalmente', 'originariamente', 'inicialmente', 'por primera vez'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        pattern: String.raw`(?<![{letter}])(?:(?:[Pp]ublicad[oa]s?|[Pp]ublicó|[Pp]ublicaron) (?:originalmente|originariamente|inicialmente|por primera vez)|[Oo]riginalmente publicad[oa]s?|[Oo]riginariamente publicad[oa]s?) (?:el [^.;]{1,30}? )?${TONGUE}?(?:en|por|a través de) ${NOUN}?{SOURCE}`,
        examples: [
          { text: 'Este artículo fue publicado originalmente en The Conversation. Lea el original.', source: 'The Conversation' },
          { text: 'Publicado originalmente en inglés por The New York Times.', source: 'The New York Times' },
          { text: 'Esta nota se publicó originalmente en el diario La Nación de Costa Rica.', source: 'La Nación' },
          { text: 'Artículo publicado originalmente en elfaro.net', source: 'elfaro.net' },
        ],
        counterexamples: [
          'El libro fue publicado originalmente en 1966.',
          'Publicado originalmente el 15 de mayo de 2023 a las 10:02.',
          'La novela fue publicada originalmente en inglés en 1953.',
          '«Este artículo fue publicado originalmente en El País», dijo.',
        ],
      },
      {
        id: 'es-aparecio-originalmente',
        keywords: ['apareció', 'aparecido', 'aparecida'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.9,
        needsOutlet: false,
        pattern: String.raw`(?<![{letter}])(?:[Aa]pareció|[Aa]parecid[oa]s?|[Hh]a aparecido) (?:originalmente|originariamente|inicialmente|primero|por primera vez|previamente) (?:el [^.;]{1,30}? )?en ${NOUN}?{SOURCE}`,
        examples: [
          { text: 'Este artículo apareció originalmente en Project Syndicate.', source: 'Project Syndicate' },
          { text: 'Una versión de este texto apareció por primera vez en Nexos.', source: 'Nexos' },
          { text: 'El reportaje, aparecido originalmente en la revista Gatopardo, ganó un premio.', source: 'Gatopardo' },
        ],
        counterexamples: [
          'El personaje apareció por primera vez en 1939.',
          'Los síntomas aparecieron originalmente en marzo.',
          'El cantante apareció primero en el escenario.',
        ],
      },
      {
        id: 'es-edicion',
        keywords: ['edición', 'versión impresa', 'este ', 'esta ', 'una versión'],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // The outlet's own print issue ("… en la edición impresa del 12 de marzo"), or another's.
        pattern: String.raw`(?:(?<![{letter}])${THIS_PIECE} (?:apareció|aparece|se publicó|se publica|fue publicad[oa]|ha sido publicad[oa]|está publicad[oa]|forma parte) (?:también )?${TONGUE}?(?:en|del|de)|(?<![{letter}])[Pp]ublicad[oa] en) (?:la |el )?(?:${PRINT}(?: [^.;,]{1,40}?)?? (?:de la revista|del diario|del periódico|del semanario|de|del) {SOURCE}|${PRINT}|${NOUN}?{SOURCE})`,
        examples: [
          { text: 'Este artículo se publicó en la edición impresa del 12 de marzo de 2020.', source: '' },
          { text: 'Este artículo apareció en el número 245 de la revista Letras Libres.', source: 'Letras Libres' },
          { text: 'Publicado en la edición impresa de El Tiempo.', source: 'El Tiempo' },
          { text: 'Esta entrevista fue publicada en Jot Down.', source: 'Jot Down' },
        ],
        counterexamples: [
          'El libro apareció en 1998.',
          'La edición impresa del diario se agotó el lunes.',
          'Este artículo forma parte de una serie sobre el cambio climático.',
          'Este artículo fue publicado en colaboración con la universidad.',
        ],
      },
      {
        id: 'es-republicado',
        keywords: ['republica', 'reproduc', 'reblog'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        pattern: String.raw`(?<![{letter}])(?:[Rr]epublicad[oa]s?|[Rr]eproducid[oa]s?|[Rr]eblogueado|[Rr]ebloggeado|[Ss]e republica|[Ss]e reproduce|[Rr]eproducimos|[Rr]epublicamos) (?:aquí |íntegramente )?(?:de|desde|del) (?:(?:el |la )?(?:diario|periódico|sitio(?: web)?|portal|blog|revista|medio) )?{SOURCE}`,
        examples: [
          { text: 'Este artículo es republicado de The Conversation bajo una licencia Creative Commons.', source: 'The Conversation' },
          { text: 'Republicado desde eldiario.es', source: 'eldiario.es' },
          { text: 'Reproducido del blog Tercera Información.', source: 'Tercera Información' },
        ],
        counterexamples: [
          'Prohibida su reproducción total o parcial.',
          'Las fotos fueron reproducidas del álbum familiar.',
          'Republicado con permiso.',
          'El virus se reproduce de forma rápida.',
        ],
      },
      {
        id: 'es-autorizacion',
        keywords: ['autorización', 'permiso', 'licencia'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:[Cc]on|[Bb]ajo) (?:la |el )?(?:debida |expresa |previa )?(?:autorización|permiso|licencia) (?:expresa )?(?:de|del) ${NOUN}?{SOURCE}`,
        examples: [
          { text: 'Reproducido con autorización de The New York Times.', source: 'The New York Times' },
          { text: 'Publicado con la autorización del diario Clarín.', source: 'Clarín' },
          { text: 'Traducido y publicado con permiso de The Washington Post.', source: 'The Washington Post' },
        ],
        counterexamples: ['Reproducido con autorización del autor.', 'Con autorización de Juan Pérez.', 'Con permiso de Microsoft.'],
      },
      {
        id: 'es-segun',
        keywords: ['según', 'de acuerdo'],
        role: 'cites',
        // Above es-informa: "Según informó la agencia EFE" is one citation, read here.
        confidence: 0.72,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:[Ss]egún|[Dd]e acuerdo (?:con|a)) (?:(?:lo )?(?:que )?(?:${REPORTED}|recoge|recogió|citado por|informado por|publicado por|revelado por) )?(?:(?:fuentes|expertos|analistas|funcionarios|documentos) (?:[{lower}]+ )?(?:citad[oa]s|consultad[oa]s|obtenid[oa]s) por )?(?:(?:un|una|el|la|los|las) (?:[{lower}]+ )?(?:informe|reporte|artículo|nota|publicación|investigación|reportaje|información|informaciones|despacho|cable|análisis|encuesta|datos|fuentes citadas) (?:[{lower}]+ )?(?:de la |del |de |publicad[oa] por |en (?:el |la )?)?)?${NOUN}?{SOURCE}`,
        examples: [
          { text: 'Según el diario estadounidense The New York Times, la reunión se celebrará el lunes.', source: 'The New York Times' },
          { text: 'Las negociaciones fracasaron, de acuerdo con la agencia Reuters.', source: 'Reuters' },
          { text: 'Según informó la agencia EFE, el presidente viajará a Madrid.', source: 'EFE' },
          { text: 'De acuerdo con un reporte de Bloomberg, la empresa prepara despidos.', source: 'Bloomberg' },
        ],
        counterexamples: [
          'Según la Policía Nacional, no hubo heridos.',
          'Según Microsoft, la actualización es opcional.',
          'De acuerdo con el Ministerio de Salud, hay 300 casos.',
          'Según Pérez, la lluvia continuará.',
        ],
      },
      {
        id: 'es-informa',
        keywords: ['inform', 'report', 'public', 'revel', 'difund', 'divulg', 'adelant', 'destac', 'escrib', 'dio a conocer'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        pattern: String.raw`(?:(?<![{letter}])(?:[Ii]nformó|[Ii]nformaron|[Ii]nforma|[Ee]scribió|[Ee]scribe|[Rr]eportó|[Rr]eporta|[Pp]ublicó|[Pp]ublica|[Rr]eveló|[Rr]evela|[Dd]ifundió|[Dd]ivulgó|[Aa]delantó|[Aa]delanta|[Dd]estacó) (?:(?:este|esta) [{lower}]+ |hoy |ayer |el [{lower}]+ |en exclusiva |a su vez )?${NOUN}?{SOURCE}|(?<!(?<![{letter}])(?:[Ss]obre|[Dd]e|[Dd]el|[Aa]|[Cc]on|[Pp]ara) (?:\S+ ){0,2})${NOUN}?{SOURCE} (?:(?:ya|también|hoy|ayer|entonces) )?${REPORTED}(?![{letter}]))`,
        examples: [
          { text: 'El presidente renunció, informó la agencia EFE.', source: 'EFE' },
          { text: 'El País publicó este lunes que el Gobierno prepara una reforma.', source: 'El País' },
          { text: 'Así lo reveló el diario Clarín en su edición del domingo.', source: 'Clarín' },
          { text: 'Reuters informó que las negociaciones se reanudarán.', source: 'Reuters' },
        ],
        counterexamples: [
          'La Policía informó que no hubo heridos.',
          'El Ministerio de Salud reportó 300 casos.',
          'Microsoft publicó una actualización.',
          'Juan Pérez publica en Twitter cada día.',
        ],
      },
      {
        id: 'es-dijo-a',
        keywords: [
          'dij', 'dice', 'decía', 'dicho', 'asegur', 'manifest', 'declar', 'explic', 'cont', 'confirm', 'afirm',
          'señal', 'indic', 'coment', 'precis', 'detall', 'sostuv', 'relat', 'admit', 'reconoc', 'advirt', 'expres',
          'agreg', 'añad', 'insist', 'respond', 'asever', 'subray', 'entrevista', 'diálogo con', 'conversación con',
        ],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        pattern: String.raw`(?:(?<![{letter}])${TOLD} (?:[^.;:“”"«»]{0,60}? )?(?:a|al) ${NOUN}?{SOURCE}|(?<![{letter}])(?:[Ee]n (?:unas |una )?)?(?:(?:larga|breve|extensa) )?(?:[Dd]eclaraciones|[Ee]ntrevista|diálogo|conversación|charla) (?:exclusiva |telefónica )?(?:concedida )?(?:a|al|con) ${NOUN}?{SOURCE})`,
        examples: [
          { text: '“No vemos ninguna amenaza”, manifestó el funcionario a la agencia Reuters, bajo condición de anonimato.', source: 'Reuters' },
          { text: 'El investigador aseguraba a AFP que el termómetro marcó 20,75 grados.', source: 'AFP' },
          { text: 'En diálogo con Infobae, el alcalde pidió calma.', source: 'Infobae' },
          { text: 'En una entrevista concedida a EFE, el escritor habló de su nueva novela.', source: 'EFE' },
        ],
        counterexamples: [
          'El ministro dijo a la prensa que no habrá cambios.',
          'Dijo a Pérez que se fuera.',
          'Explicó a los periodistas que el plan sigue en pie.',
          'En una entrevista con Juan Pérez, el actor habló de su carrera.',
          'Concedió una entrevista a la televisión pública.',
        ],
      },
      {
        id: 'es-con-informacion',
        keywords: ['con información', 'con informaciones', 'con datos', 'con reportes'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        // The agencies that helped with a story ("(Con información de AFP, EFE y Reuters)"): cited.
        pattern: String.raw`(?<![{letter}])[Cc]on (?:información|informaciones|datos|reportes) (?:adicional |adicionales )?(?:de|del) (?:(?:las |la )?agencias? (?:de noticias )?)?{SOURCE}`,
        examples: [
          { text: '(Con información de AFP, EFE y Reuters)', source: 'AFP' },
          { text: 'Con información de la agencia EFE.', source: 'EFE' },
          { text: 'Redacción con información de Europa Press', source: 'Europa Press' },
        ],
        counterexamples: ['Con información de la Policía Nacional.', 'Con información de agencias.', 'Con datos de Microsoft.'],
      },
      {
        id: 'es-con-material',
        keywords: ['con material', 'con despachos', 'con cables', '(con '],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.8,
        needsOutlet: true,
        pattern: String.raw`(?:(?<![{letter}])[Cc]on (?:material|despachos|cables) (?:de|del) (?:(?:las |la )?agencias? )?{SOURCE}|\([Cc]on (?:la |las )?(?:agencias? )?{SOURCE}\))`,
        examples: [
          { text: 'Con despachos de AFP.', source: 'AFP' },
          { text: 'El ministro viajará el lunes a Bruselas. (Con EFE)', source: 'EFE' },
          { text: 'Con material de la agencia Reuters.', source: 'Reuters' },
        ],
        counterexamples: ['(Con Juan Pérez)', 'Con material de archivo.', 'Con cables de cobre.'],
      },
    ],
  };
}
