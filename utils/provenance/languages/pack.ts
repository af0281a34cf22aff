/**
 * What a language brings to the engine: one file per language (en.ts, de.ts, …), listed once in
 * index.ts. Each file exports its `words` (plain strings: all the content script's pre-check needs)
 * and `pack()`, which builds the rest (cues with their examples, the words the analysis reads) when
 * the analysis first asks: as a function, none of it rides along in the content script's bundle.
 * The cue patterns are strings in the notation below, compiled in the analysis.
 */
import type { Relation } from '../types';

export type CueRole =
  /** A source of this page's story: a hop of the chain. */
  | 'upstream'
  /** An outlet the text cites for one fact. */
  | 'cites'
  /** An outlet the page says republished it. */
  | 'downstream'
  /**
   * A publication notice that may name this page's own outlet ("Dieser Artikel erschien in der ZEIT
   * Nr. 43/2019" on zeit.de, "This article appears in the March 2020 print edition"): a note on this
   * page's node then, and an upstream hop only when it names another publication.
   */
  | 'edition';

export interface CueExample {
  text: string;
  /** The source name the cue must find (as cleaned, before the registry is asked). */
  source: string;
}

/**
 * One phrase the engine reads as a statement about where a story came from.
 *
 * `pattern` is a regular expression in the packs' notation: a space stands for any run of white
 * space, `{SOURCE}` for the source's name (a quoted name, a domain, or capitalised words joined by
 * the packs' connectors), `{CJK}` for a name written in Chinese or Japanese characters. Compiled
 * with the `u` flag; a pattern must not put a space inside a character class (write `\s` there).
 */
export interface CueDefinition {
  /** Unique across all packs; the pack's code opens it where the language is not English. */
  id: string;
  role: CueRole;
  /** For upstream and edition cues: how the source feeds this page. */
  relation?: Relation;
  confidence: number;
  /** Only names that look like a news outlet count ("Mozilla reported" is not a citation). */
  needsOutlet: boolean;
  pattern: string;
  /**
   * Lower-case words the text must contain for the pattern to be worth running: a substring test is
   * far cheaper than a name pattern tried at every capital letter. Each must be one of the pack's
   * trigger words or part of one (tests/unit/languages.test.ts checks every example passes both).
   */
  keywords: string[];
  examples: CueExample[];
  counterexamples: string[];
}

/** What the content script's pre-check needs of a language: words, nothing compiled. */
export interface PackWords {
  /**
   * Words every cue of the pack needs one of, as the cues write them: a word written with a capital
   * also matches with a small first letter ("Originally": "originally"), one written in lower case
   * matches only so (a menu's "Reports" is no cue), a space matches any white space, and a
   * last `{Cap}` asks for a capital letter after it ("told {Cap}": "told CNN", not "told me"). A
   * word with a `{Cap}` keeps its case as written, the first letter too: "By {Cap}" is a byline's
   * opening, and "by Ailes" inside a sentence lets no page through. The pre-check's pattern and the
   * cue gate are built from these.
   */
  triggers: string[];
  /** Labels a source's name follows, with a colon: "Source", "Quelle", "Fuente", "来源". */
  sourceLabels: string[];
  /** Words that open a byline: "By", "Von", "Par". */
  bylineWords: string[];
  /**
   * The language's most frequent small words, none shared with another pack's ("the", "und", "les"):
   * the content script counts them to tell which packs a page needs (page/language.ts).
   */
  commonWords: string[];
  /** Code points only this script writes, for a language without spaces (kana, Han), first and last. */
  letters?: [number, number];
}

export interface LanguagePack {
  /** ISO 639-1. */
  code: string;
  /** The language's name in English, for the README and the evaluation's lines. */
  name: string;
  words: PackWords;
  cues: CueDefinition[];
  /** Quotation marks, [open, close]: „…“ and »…« in German, «…» in French, 「…」 in Japanese. */
  quotes: [string, string][];
  /** Articles that may open an outlet's name: "The", "Der", "Le", "El". */
  articles: string[];
  /** Small words inside names: "of" (Times of India), "della" (Corriere della Sera). */
  connectors: string[];
  /** Words that join two names: "and", "und", "et" ("CNN and Reuters" is two sources). */
  conjunctions: string[];
  /** Words capitalised only because they open a sentence or a clause ("As Reuters reported"). */
  fillers: string[];
  /** Capitalised words that are never a publisher on their own ("Officials", "Polizei"). */
  notASource: string[];
  /** Words that make a name a news outlet when the registry does not know it ("Times", "Zeitung"). */
  newsWords: string[];
  /** Nouns that introduce an outlet's name and are not part of it ("the newspaper", "die Zeitung"). */
  outletNouns: string[];
  /** Month and weekday names, with their abbreviations: a date is never a source. */
  months: string[];
  days: string[];
  /** Words that make a credit a picture's: "Photo", "Foto", "Bild", "写真". */
  photoWords: string[];
  /**
   * Words that join an agency to a closing credit besides slashes and commas: "mit" ("FR mit dpa"),
   * "with", "con", and whole phrases ("Mit Material von").
   */
  creditJoiners: string[];
  /**
   * Phrases of a closing credit that make the agencies in it cited rather than the source: "With
   * additional reporting by", "Con información de".
   */
  citeCredits: string[];
  /** Words that mark the owner's line in a footer: "Copyright", "Alle Rechte vorbehalten". */
  copyrightWords: string[];
  /** Words that number an issue and so end a name ("der ZEIT Nr. 43": "ZEIT"): "Nr", "No", "Ausgabe". */
  issueWords: string[];
  /**
   * Other spellings of an inflected name to look up in the registry, most likely first: German
   * genitive and adjective endings ("des Handelsblatts" → "Handelsblatt", "der Süddeutschen
   * Zeitung" → "Süddeutsche Zeitung"). As [pattern, replacement] pairs, applied one at a time.
   */
  nameForms?: [string, string][];
}
