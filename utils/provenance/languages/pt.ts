/**
 * Portuguese (Portugal and Brazil): "Este artigo foi publicado originalmente em/no …", "Publicado em
 * VEJA de 11 de maio de 2022, edição nº 2788", "Reproduzido do site …", "Fonte: Lusa", "Por …",
 * "segundo o jornal …", "informou a agência Lusa", "disse à Agência Brasil", "(Com Reuters)",
 * "Com informações da Folhapress". Datelines ("Lisboa, 12 mar (Lusa) -") are the registry's agency
 * tokens: they need no cue here.
 *
 * "Com informações de X" is read as a citation, like Spanish "Con información de": the agencies
 * helped the newsroom's own text; "(Com Reuters)" and "Com material da Reuters" credit the wire copy.
 */
import type { LanguagePack, PackWords } from './pack';

export const words: PackWords = {
  triggers: [
    'Originalmente', 'Originariamente', 'publicado inicialmente', 'publicada inicialmente', 'publicado pela primeira vez',
    'publicada pela primeira vez', 'publicou pela primeira vez', 'apareceu pela primeira vez', 'edição impressa',
    'versão impressa', 'Este artigo', 'Este texto', 'Esta reportagem', 'Esta matéria', 'Esta coluna',
    'Esta entrevista', 'Esta crônica', 'Esta crónica', 'Esta notícia', 'Publicado em', 'Publicada em',
    'Texto publicado', 'Republicado', 'Republicada', 'Reproduzido', 'Reproduzida', 'Reblogado', 'Repostado',
    'Com autorização', 'Com a autorização', 'Com permissão', 'Com a permissão', 'Sob licença', 'Segundo ',
    'De acordo com', 'Conforme ', 'informou', 'informaram', 'noticiou', 'noticiaram', 'revelou', 'publicou',
    'apurou', 'antecipou', 'mostrou', 'divulgou', 'reportou', 'noticia ', 'revela ', 'informa ', 'publica ',
    'revelaram', 'publicaram', 'informado', 'noticiado', 'avançou', 'avança ', 'escreveu', 'escreve ',
    // Verbs of telling ("disse à", "afirmou ao"), in either case at a sentence's start.
    'Disse', 'Diz ', 'Dizia', 'Afirmou', 'Afirmaram', 'Afirma ', 'Declarou', 'Declararam', 'Contou', 'Contaram', 'Explicou', 'Explicaram',
    'Confirmou', 'Confirmaram', 'Garantiu', 'Assegurou', 'Relatou', 'Admitiu', 'Reconheceu', 'Comentou', 'Ressaltou',
    'Acrescentou', 'Adiantou', 'Frisou', 'Salientou', 'Sublinhou', 'Alertou', 'Avaliou', 'Defendeu',
    'Em entrevista', 'Em declarações', 'Em conversa', 'entrevista à', 'entrevista ao', 'entrevista concedida',
    'entrevista exclusiva', 'declarações à', 'declarações ao', 'Com informações', 'Com informação', 'Com material',
    '(Com ', '*Com ',
  ],
  sourceLabels: ['Fonte', 'Fontes', 'Fonte original', 'Artigo original'],
  bylineWords: ['Por', 'Da Redação', 'Da Redação,', 'Redação', 'Redação,', 'Autor', 'Autora', 'Texto'],
  commonWords: ['não', 'uma', 'os', 'dos', 'pelo', 'pela', 'ao', 'foi', 'são', 'também', 'em'],
};

/**
 * The rest of the pack, built when the analysis first asks for it (languages/index.ts): a function,
 * so that the content script, which takes only `words`, carries none of its cues and examples.
 */
export function pack(): LanguagePack {
  /** The piece a credit line speaks of: "Este artigo", "Esta reportagem", "O texto". */
  const PIECE = String.raw`(?:[Ee]st[ea]|[Oo]|[Aa]) (?:artigo|texto|reportagem|matéria|coluna|crônica|crónica|entrevista|publicação|notícia|análise|ensaio|post|conteúdo|investigação|peça)`;
  /** The kind of outlet before its name, with up to two adjectives: "o jornal britânico", "a agência de notícias". */
  const NOUN = String.raw`(?:(?:o |a |os |as )?(?:jornal|diário|revista|agência de notícias|agência|agências|rede de televisão|rede|emissora|canal|rádio|portal de notícias|portal|site|blog|semanário|publicação|programa)(?: [{lower}]+){0,2} )`;
  /** A print issue: "a edição impressa", "a edição 187". */
  const PRINT = String.raw`(?:edição impressa|versão impressa|edição em papel|edição de papel|edição dominical|edição semanal|edição|número|suplemento)`;
  /** A language an article first appeared in: "originalmente em inglês no …". */
  const TONGUE = String.raw`(?:em (?:inglês|espanhol|castelhano|francês|alemão|italiano|russo|árabe|chinês|japonês|ucraniano) )`;
  /** Where a piece appeared: "em", "no", "na", "pelo". */
  const IN = String.raw`(?:em|no|na|nos|nas|pelo|pela|pelos|pelas|através do|através da)`;
  /** Verbs of telling: "disse à", "afirmou ao". */
  const TOLD = String.raw`(?:[Dd]isse|[Dd]isseram|[Dd]iz|[Dd]izia|[Aa]firmou|[Aa]firmaram|[Aa]firma|[Dd]eclarou|[Dd]eclararam|[Cc]ontou|[Cc]ontaram|[Ee]xplicou|[Ee]xplicaram|[Cc]onfirmou|[Cc]onfirmaram|[Gg]arantiu|[Aa]ssegurou|[Rr]elatou|[Aa]dmitiu|[Rr]econheceu|[Cc]omentou|[Rr]essaltou|[Aa]crescentou|[Aa]diantou|[Ff]risou|[Ss]alientou|[Ss]ublinhou|[Ii]nformou|[Aa]lertou|[Aa]valiou|[Dd]efendeu)`;
  /** Verbs of reporting: "informou", "noticiou", "revelou". */
  const REPORTED = String.raw`(?:informou|informaram|informa|avançou|avança|escreveu|escreve|noticiou|noticiaram|noticia|revelou|revelaram|revela|publicou|publicaram|publica|apurou|antecipou|mostrou|divulgou|reportou|havia informado|tinha revelado|já tinha noticiado)`;

  return {
    code: 'pt',
    name: 'Portuguese',
    words,
    quotes: [['“', '”'], ['«', '»'], ['"', '"']],
    // "a Folha", "o Estadão": the sentence's article, unless the name has it ("O Globo", "A Bola").
    articles: ['O', 'A', 'Os', 'As'],
    // "Folha de S.Paulo", "Jornal do Brasil", "Correio da Manhã", "Diário de Notícias".
    connectors: ['de', 'do', 'da', 'dos', 'das', 'e'],
    conjunctions: ['e', 'ou'],
    fillers: [
      'segundo', 'como', 'também', 'mas', 'e', 'ou', 'já', 'depois', 'ontem', 'hoje', 'além', 'enquanto', 'então',
      'embora', 'quando', 'onde', 'este', 'esta', 'esse', 'essa', 'isso', 'isto', 'aqui', 'ali', 'ele', 'ela', 'eles',
      'elas', 'nós', 'eu', 'agora', 'antes', 'inclusive', 'sem', 'com', 'para', 'desde', 'até', 'após', 'sobre',
      'entre', 'originalmente', 'ainda', 'conforme', 'porém', 'contudo', 'entretanto', 'recentemente', 'anteriormente',
    ],
    notASource: [
      'polícia', 'polícia federal', 'polícia militar', 'polícia civil', 'psp', 'gnr', 'governo', 'ministério', 'ministro',
      'ministra', 'empresa', 'companhia', 'agência', 'jornal', 'revista', 'fonte', 'fontes', 'autor', 'autora', 'redação',
      'redacção', 'imprensa', 'mídia', 'procuradoria', 'ministério público', 'tribunal', 'justiça', 'exército',
      'presidente', 'porta-voz', 'prefeitura', 'câmara', 'câmara municipal', 'congresso', 'senado', 'planalto',
      'palácio do planalto', 'itamaraty', 'autoridades', 'especialistas', 'estudo', 'relatório', 'foto', 'imagem',
      'arquivo', 'contato', 'contacto', 'início', 'artigo', 'texto', 'leitores', 'usuários', 'utilizadores', 'site',
      'página', 'casa branca', 'brasil', 'portugal', 'angola', 'moçambique', 'cabo verde', 'lisboa', 'porto',
      'são paulo', 'rio de janeiro', 'brasília', 'estados unidos', 'europa',
    ],
    newsWords: [
      // Not "Imprensa": "a Assessoria de Imprensa" is no outlet.
      'Notícias', 'Noticias', 'Diário', 'Gazeta', 'Tribuna', 'Folha', 'Correio', 'Jornal', 'Notícia',
      'Televisão', 'Rádio', 'Conteúdo', 'Expresso', 'Observador', 'Semanário', '-notícias',
    ],
    outletNouns: [
      'agência de notícias', 'rede de televisão', 'canal de televisão', 'portal de notícias', 'site de notícias',
      'jornal online', 'jornal digital', 'revista', 'semanário', 'emissora', 'portal', 'site',
    ],
    months: [
      'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro',
      'dezembro', 'fev', 'abr', 'mai', 'ago', 'dez',
    ],
    days: [
      'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'terça', 'quarta',
    ],
    photoWords: [
      'Foto', 'Fotos', 'Fotografia', 'Fotógrafo', 'Imagem', 'Imagens', 'Crédito', 'Créditos', 'Ilustração',
      'Infografia', 'Divulgação', 'Reprodução', 'Arquivo', 'Cortesia', 'Vídeo',
    ],
    creditJoiners: ['com', 'e', 'Com material de', 'Com material da', 'Com material do', 'com material da', 'com material de'],
    citeCredits: [
      // Not "Com informações da agência": the engine reads these in either case, and "da Agência Brasil" is a name.
      'Com informações das agências', 'Com informações de', 'Com informações da',
      'Com informações do', 'Com informações das', 'Com informações dos', 'Com informação de', 'Com informação da',
      'Com informação do', 'Colaborou', 'Colaboraram', 'Com colaboração de',
    ],
    copyrightWords: ['Copyright', 'Todos os direitos reservados', 'Direitos reservados'],
    issueWords: ['Nº', 'N°', 'nº', 'Número', 'Edição'],
    // "O Estado de S. Paulo", "Folha de S. Paulo": a name read up to its abbreviation's full stop.
    nameForms: [
      ['^(.+) de S$', '$1 de S. Paulo'],
      ['^(.+) de S$', '$1 de S.Paulo'],
    ],
    cues: [
      {
        id: 'pt-publicado-originalmente',
        keywords: ['originalmente', 'originariamente', 'inicialmente', 'pela primeira vez'],
        role: 'upstream',
        relation: 'originally-published',
        confidence: 0.95,
        needsOutlet: false,
        // Not "por": that is the Spanish cue's ("publicado originalmente por …" reads the same).
        pattern: String.raw`(?<![{letter}])(?:(?:[Pp]ublicad[oa]s?|[Pp]ublicou|[Pp]ublicaram|[Vv]eiculad[oa]|[Aa]pareceu) (?:originalmente|originariamente|inicialmente|pela primeira vez)|[Oo]riginalmente publicad[oa]s?|[Oo]riginariamente publicad[oa]s?) (?:(?:em|no|na) (?:dia )?[0-9][^.;]{0,28}? )?${TONGUE}?${IN} (?:site d[oa] (?:jornal |revista )?)?${NOUN}?{SOURCE}`,
        examples: [
          { text: 'Este artigo foi publicado originalmente em The Conversation. Leia o original.', source: 'The Conversation' },
          { text: 'Este texto foi publicado originalmente no site do jornal O Globo.', source: 'O Globo' },
          { text: 'Publicado originalmente na Folha de S.Paulo.', source: 'Folha de S.Paulo' },
          { text: 'Este artigo foi originalmente publicado no The Intercept Brasil.', source: 'The Intercept Brasil' },
        ],
        counterexamples: [
          'O livro foi publicado originalmente em 1966.',
          'Publicado originalmente em 15 de maio de 2023, às 10h02.',
          'O romance foi publicado originalmente em inglês em 1953.',
          'Atualizado em 12/03/2020 às 10h. Publicado originalmente em 11/03/2020.',
        ],
      },
      {
        id: 'pt-edicao',
        keywords: ['edição', 'versão impressa', 'publicado em', 'publicada em', 'este ', 'esta '],
        role: 'edition',
        relation: 'originally-published',
        confidence: 0.85,
        needsOutlet: false,
        // The outlet's own print issue ("Publicado em VEJA de 11 de maio de 2022, edição nº 2788"), or another's.
        pattern: String.raw`(?:(?:(?<![{letter}])${PIECE} (?:foi |é |será )?(?:publicad[oa]|saiu|sai|faz parte|integra|está) (?:também |originalmente )?(?:n[ao]|em|d[ao])|(?<![{letter}])(?:[Tt]exto )?[Pp]ublicad[oa] n[ao]) (?:${PRINT}(?: [^.;,]{1,40}?)?? (?:da revista|do jornal|da|do|de) {SOURCE}|${PRINT})|(?<![{letter}])[Pp]ublicad[oa] em {SOURCE} de [0-9]{1,2} de [{lower}]+ de [0-9]{4},? (?:edição|ed\.)|(?<![{letter}])[Ee]st[ea] (?:artigo|texto|reportagem|matéria|coluna|crônica|crónica|entrevista|análise|ensaio) (?:foi|é) (?:publicad[oa]|veiculad[oa]) (?:também )?(?:n[ao]|em) ${NOUN}?{SOURCE})`,
        examples: [
          { text: 'Publicado em VEJA de 11 de maio de 2022, edição nº 2788', source: 'VEJA' },
          { text: 'Esta reportagem foi publicada na edição 187 da revista Piauí.', source: 'Piauí' },
          { text: 'Este texto foi publicado na edição impressa de 12 de março de 2020.', source: '' },
          { text: 'Este artigo foi publicado no jornal Nexo.', source: 'Nexo' },
        ],
        counterexamples: [
          'A edição impressa do jornal foi às bancas no domingo.',
          'O livro foi publicado em 1998.',
          'Publicado em 12/03/2020 às 10h00',
          'Publicado em Lisboa de 12 de maio de 2020.',
          'Este artigo foi publicado em Lisboa no ano passado.',
        ],
      },
      {
        id: 'pt-republicado',
        keywords: ['republicad', 'reproduzid', 'reblogado', 'repostado'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.9,
        needsOutlet: false,
        // "republicado de …" is the Spanish cue's: it reads the same in both.
        pattern: String.raw`(?<![{letter}])(?:[Rr]epublicad[oa]s? (?:aqui )?(?:d[oa]s?|a partir d[oa])|[Rr]eproduzid[oa]s? (?:aqui )?(?:d[oa]s?|de|a partir d[oa]|a partir de)|[Rr]eblogado (?:d[oa]|de)|[Rr]epostado (?:d[oa]|de)) (?:(?:site|jornal|blog|portal|revista) )?{SOURCE}`,
        examples: [
          { text: 'Reproduzido do site Outras Palavras.', source: 'Outras Palavras' },
          { text: 'Este artigo é republicado do The Conversation sob uma licença Creative Commons.', source: 'The Conversation' },
          { text: 'Texto reproduzido de Carta Maior.', source: 'Carta Maior' },
        ],
        counterexamples: [
          'As fotos foram reproduzidas do álbum da família.',
          'Proibida a reprodução total ou parcial.',
          'O vídeo foi reproduzido de forma ilegal.',
        ],
      },
      {
        id: 'pt-autorizacao',
        keywords: ['autorização', 'permissão', 'licença'],
        role: 'upstream',
        relation: 'republished',
        confidence: 0.85,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:[Cc]om|[Ss]ob) (?:a )?(?:devida |prévia |expressa )?(?:autorização|permissão|licença) (?:expressa )?(?:d[oa]s?|de) ${NOUN}?{SOURCE}`,
        examples: [
          { text: 'Reproduzido com autorização da Folha de S.Paulo.', source: 'Folha de S.Paulo' },
          { text: 'Publicado com permissão do The New York Times.', source: 'The New York Times' },
        ],
        counterexamples: ['Publicado com autorização do autor.', 'Com autorização de João Silva.', 'Com permissão da Microsoft.'],
      },
      {
        id: 'pt-segundo',
        keywords: ['segundo', 'de acordo com', 'conforme'],
        role: 'cites',
        // Above pt-informou: "conforme revelou o Estadão" is one citation, read here.
        confidence: 0.72,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])(?:[Ss]egundo|[Dd]e acordo com|[Cc]onforme) (?:(?:${REPORTED}|apurado por|publicado por|revelado por|noticiado por) )?(?:(?:uma |a |as |o |os )?(?:reportagem|matéria|notícia|informações|informação|levantamento|publicação|apuração|texto|artigo|dados|análise|relatório) (?:[{lower}]+ )?(?:d[oa]s? |de |publicad[oa] (?:pel[oa]|n[oa]) |n[oa] )?)?${NOUN}?(?:o |a |os |as )??{SOURCE}`,
        examples: [
          { text: 'Segundo o jornal Folha de S.Paulo, o ministro deve deixar o cargo.', source: 'Folha de S.Paulo' },
          { text: 'As negociações fracassaram, de acordo com a agência Reuters.', source: 'Reuters' },
          { text: 'Conforme revelou o Estadão, o governo prepara cortes.', source: 'Estadão' },
          { text: 'Segundo informações da CNN Brasil, a reunião foi cancelada.', source: 'CNN Brasil' },
        ],
        counterexamples: [
          'Segundo a Polícia Federal, não houve feridos.',
          'De acordo com a Microsoft, a atualização é opcional.',
          'Segundo o Ministério da Saúde, há 300 casos.',
          'Segundo Silva, a chuva continua.',
        ],
      },
      {
        id: 'pt-informou',
        keywords: ['inform', 'notici', 'revel', 'public', 'apurou', 'antecipou', 'mostrou', 'divulgou', 'reportou', 'avanç', 'escreve'],
        role: 'cites',
        confidence: 0.7,
        needsOutlet: true,
        pattern: String.raw`(?:(?<![{letter}])(?:[Ii]nformou|[Ii]nformaram|[Aa]vançou|[Aa]vança|[Ee]screveu|[Ee]screve|[Nn]oticiou|[Nn]oticiaram|[Rr]evelou|[Pp]ublicou|[Aa]purou|[Aa]ntecipou|[Mm]ostrou|[Dd]ivulgou|[Rr]eportou) (?:(?:nesta|neste|na|no) [{lower}-]+ |hoje |ontem |em primeira mão )?${NOUN}?(?:o |a |os |as )??{SOURCE}|(?<!(?<![{letter}])(?:[Ss]obre|[Dd][eoa]s?|[Àà]|[Aa]o|[Cc]om|[Pp]ara|[Pp]el[oa]) (?:\S+ ){0,2})${NOUN}?{SOURCE} (?:(?:já|também|hoje|ontem|então) )?${REPORTED}(?![{letter}]))`,
        examples: [
          { text: 'O presidente renunciou, informou a agência Lusa.', source: 'Lusa' },
          { text: 'A Folha de S.Paulo revelou nesta terça-feira que o governo prepara cortes.', source: 'Folha de S.Paulo' },
          { text: 'Como mostrou o Estadão, o projeto foi engavetado.', source: 'Estadão' },
          { text: 'A Reuters noticiou que as negociações serão retomadas.', source: 'Reuters' },
        ],
        counterexamples: [
          'A Polícia informou que não houve feridos.',
          'O Ministério da Saúde divulgou 300 casos.',
          'A Apple revelou o novo telefone.',
          'O presidente publicou um vídeo nas redes sociais.',
        ],
      },
      {
        id: 'pt-disse-a',
        keywords: [
          'disse', 'diz', 'afirm', 'declar', 'cont', 'explic', 'confirm', 'garantiu', 'assegurou', 'relatou', 'admitiu',
          'reconheceu', 'comentou', 'ressaltou', 'acrescentou', 'adiantou', 'frisou', 'salientou', 'sublinhou', 'inform',
          'entrevista', 'declarações', 'conversa',
        ],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        pattern: String.raw`(?:(?<![{letter}])${TOLD} (?:[^.;:“”"«»]{0,60}? )?(?:à|ao|às|aos) ${NOUN}?{SOURCE}|(?<![{letter}])(?:(?:[Ee]m|[Nn]uma) (?:uma )?)?(?:(?:longa|breve|rápida) )?(?:[Ee]ntrevista|declarações|conversa) (?:exclusiva |telefônica |telefónica )?(?:concedida )?(?:à|ao|com o|com a|com) ${NOUN}?{SOURCE})`,
        examples: [
          { text: 'O ministro disse à Lusa que o acordo está próximo.', source: 'Lusa' },
          { text: 'A diretora afirmou à Agência Brasil que as obras começam em maio.', source: 'Agência Brasil' },
          { text: 'Em entrevista ao jornal O Globo, o técnico criticou a arbitragem.', source: 'O Globo' },
          { text: 'O ex-goleiro concedeu uma longa entrevista à emissora CNN Brasil.', source: 'CNN Brasil' },
        ],
        counterexamples: [
          'O ministro disse à imprensa que não haverá mudanças.',
          'Disse ao João que fosse embora.',
          'Explicou aos jornalistas que o plano continua.',
          'Em entrevista à Maria Silva, o ator falou da carreira.',
          'Numa conversa com o presidente Lula, o ministro pediu apoio.',
        ],
      },
      {
        id: 'pt-com-informacoes',
        keywords: ['com informações', 'com informação'],
        role: 'cites',
        confidence: 0.6,
        needsOutlet: true,
        pattern: String.raw`(?<![{letter}])[Cc]om (?:informações|informação) (?:adicionais )?(?:d[aoe]s?|de) (?:(?:agência|agências) (?:de notícias )?)?{SOURCE}`,
        examples: [
          { text: 'Com informações da Agência Brasil', source: 'Agência Brasil' },
          { text: '(Com informações da Reuters e da AFP)', source: 'Reuters' },
          { text: '*Com informações do Estadão', source: 'Estadão' },
        ],
        counterexamples: ['Com informações da Polícia Militar.', 'Com informações de agências internacionais.', 'Com informações do governo do estado.'],
      },
      {
        id: 'pt-com-agencia',
        keywords: ['(com ', '*com ', 'com material'],
        role: 'upstream',
        relation: 'wire',
        confidence: 0.8,
        needsOutlet: true,
        pattern: String.raw`(?:(?<![{letter}])[Cc]om material (?:d[aoe]s?|de) (?:(?:agência|agências) )?{SOURCE}|(?:\(|\*)\s*[Cc]om (?:a |o )?(?:agências? )?{SOURCE}(?:\)|\s*$))`,
        examples: [
          { text: 'O ministro viaja na segunda-feira a Bruxelas. (Com Reuters)', source: 'Reuters' },
          { text: '*Com Agência Brasil', source: 'Agência Brasil' },
          { text: 'Com material da Lusa.', source: 'Lusa' },
        ],
        counterexamples: ['(Com João Silva)', 'Com material de arquivo.', '(Com agências)'],
      },
    ],
  };
}
