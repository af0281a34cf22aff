/**
 * The cue catalogue: every phrase the engine reads as a statement about where a story came from.
 * Each cue keeps the sentences it must read (`examples`, with the source it must find) and the
 * sentences it must not (`counterexamples`) beside it; tests/unit/cues.test.ts runs every example
 * against every cue, so a new cue cannot quietly steal another's sentences.
 */
import { LOWER } from './letters';
import { cleanName, isOutletName, NAME, splitNames } from './names';
import type { Relation } from './types';
import { CUE_TRIGGER } from './trigger';

export { CUE_TRIGGER };

export type CueRole = 'upstream' | 'cites' | 'downstream';

export interface CueExample {
  text: string;
  /** The source name the cue must find (as cleaned, before registry lookup). */
  source: string;
}

export interface Cue {
  id: string;
  role: CueRole;
  /** For upstream cues: how the source feeds this page. */
  relation?: Relation;
  confidence: number;
  /** Only names that look like a news outlet count ("Mozilla reported" is not a citation). */
  needsOutlet: boolean;
  /** Compiled once; the named group `source` holds the name. */
  pattern: RegExp;
  /**
   * Lower-case words the text must contain for the pattern to be worth running: a plain substring
   * test is far cheaper than a Unicode name pattern tried at every capital letter.
   */
  keywords: string[];
  examples: CueExample[];
  counterexamples: string[];
}

const S = String.raw`[ \t\u00a0\n\r]+`;
const SOURCE = `(?<source>${NAME})`;

function cue(definition: Omit<Cue, 'pattern'> & { pattern: string }): Cue {
  return { ...definition, pattern: new RegExp(definition.pattern, 'gu') };
}

export const CUES: readonly Cue[] = [
  cue({
    id: 'first-reported-by',
    keywords: ['first', 'broken'],
    role: 'upstream',
    relation: 'first-reported',
    confidence: 0.85,
    needsOutlet: true,
    pattern: String.raw`\b(?:[Ff]irst${S}reported${S}(?:on${S})?by|[Ff]irst${S}broke${S}by|[Bb]roken${S}by)${S}${SOURCE}`,
    examples: [
      { text: 'Hegseth’s order was first reported by The Record.', source: 'The Record' },
      { text: 'The news was first reported by the Argus Leader on Friday.', source: 'The Argus Leader' },
      { text: 'The deal, first reported by Bloomberg News, values the company at $2 billion.', source: 'Bloomberg News' },
    ],
    counterexamples: [
      'The bug was first reported by Mozilla engineers in March.',
      'It was first reported by a neighbour who heard shots.',
      '“It was first reported by The Record,” the spokesman said.',
    ],
  }),
  cue({
    id: 'source-first-reported',
    keywords: ['first reported', 'first to report', 'broke the'],
    role: 'upstream',
    relation: 'first-reported',
    confidence: 0.8,
    needsOutlet: true,
    pattern: String.raw`${SOURCE}${S}(?:first${S}reported|was${S}the${S}first${S}to${S}report|broke${S}the${S}news)\b`,
    examples: [
      { text: 'The Wall Street Journal first reported the talks on Tuesday.', source: 'The Wall Street Journal' },
      { text: 'As Axios first reported, the memo went out Friday.', source: 'Axios' },
      { text: 'The Texas Tribune was the first to report the closure.', source: 'The Texas Tribune' },
    ],
    counterexamples: ['Microsoft first reported the flaw in 2019.', 'She first reported the problem to her manager.'],
  }),
  cue({
    id: 'originally-published',
    keywords: ['originally'],
    role: 'upstream',
    relation: 'originally-published',
    confidence: 0.95,
    needsOutlet: false,
    pattern: String.raw`\b[Oo]riginally${S}(?:published|posted|ran|aired)${S}(?:on|in|by|at|with)${S}${SOURCE}`,
    examples: [
      { text: 'This article was originally published on NBCNews.com', source: 'NBCNews.com' },
      { text: 'This article was originally published on The Huffington Post.', source: 'The Huffington Post' },
      { text: 'Originally published at www.courtneykirchoff.com on November 18, 2011.', source: 'courtneykirchoff.com' },
      { text: 'This story originally ran in The Philadelphia Inquirer.', source: 'The Philadelphia Inquirer' },
    ],
    counterexamples: [
      'This story was originally published at 2:05 p.m. and has been updated.',
      'The novel was originally published in 1966.',
      'Originally published on November 18, 2011.',
      '[originally published in 1966]',
    ],
  }),
  cue({
    id: 'originally-appeared',
    keywords: ['appeared'],
    role: 'upstream',
    relation: 'originally-published',
    confidence: 0.95,
    needsOutlet: false,
    pattern: String.raw`\b(?:[Oo]riginally|[Ff]irst)${S}appeared${S}(?:on|in|at)${S}${SOURCE}`,
    examples: [
      { text: 'This article originally appeared on Time.com.', source: 'Time.com' },
      { text: 'This article originally appeared on The Atlantic.', source: 'The Atlantic' },
      { text: 'A version of this story first appeared in The Guardian.', source: 'The Guardian' },
    ],
    counterexamples: [
      'That is how he first appeared to me, standing in the rain.',
      'The character first appeared in 1939.',
      'The symptoms first appeared on Monday.',
    ],
  }),
  cue({
    id: 'first-published-in',
    keywords: ['first published'],
    role: 'upstream',
    relation: 'originally-published',
    confidence: 0.9,
    needsOutlet: false,
    pattern: String.raw`\b[Ff]irst${S}published${S}(?:on|in|by|at)${S}${SOURCE}`,
    examples: [{ text: 'This essay was first published in The New Yorker.', source: 'The New Yorker' }],
    counterexamples: ['First published February 1, 2016: 9:03 AM ET', 'First published on November 29, 2016'],
  }),
  cue({
    id: 'republished-from',
    keywords: ['republished', 'reprinted', 'reposted', 'reproduced'],
    role: 'upstream',
    relation: 'republished',
    confidence: 0.95,
    needsOutlet: false,
    pattern: String.raw`\b(?:[Rr]epublished|[Rr]eprinted|[Rr]eposted|[Rr]eproduced)${S}(?:here${S})?(?:with${S}(?:the${S})?(?:kind${S})?permission${S})?(?:from|of)${S}${SOURCE}`,
    examples: [
      { text: 'Republished with permission from The Conversation.', source: 'The Conversation' },
      { text: 'This article is republished from The Conversation under a Creative Commons license.', source: 'The Conversation' },
      { text: 'Reprinted from Stateline, a project of the Pew Charitable Trusts.', source: 'Stateline' },
      { text: 'Reprinted with permission of The Texas Tribune.', source: 'The Texas Tribune' },
    ],
    counterexamples: ['The photos are reprinted from the family album.', 'Republished with permission.'],
  }),
  cue({
    id: 'produced-by',
    keywords: ['produced', 'published', 'reported'],
    role: 'upstream',
    relation: 'produced-by',
    confidence: 0.85,
    needsOutlet: true,
    pattern: String.raw`\b(?:[Tt]his|[Tt]he)${S}(?:story|article|report|piece|investigation)${S}(?:was|is)${S}(?:produced|published|reported)${S}(?:by|in${S}partnership${S}with|in${S}collaboration${S}with)${S}${SOURCE}`,
    examples: [
      { text: 'This story was produced by KFF Health News.', source: 'KFF Health News' },
      { text: 'This article was produced in partnership with The Marshall Project.', source: 'The Marshall Project' },
    ],
    counterexamples: ['This story was produced by Jane Doe and edited by John Smith.'],
  }),
  cue({
    id: 'according-to-report',
    keywords: ['according'],
    role: 'cites',
    confidence: 0.8,
    needsOutlet: false,
    pattern: String.raw`\b[Aa]ccording${S}to${S}(?:a|an|the)${S}(?:[${LOWER}-]+${S}){0,2}(?:report|story|article|investigation|analysis|dispatch)${S}(?:in|by|from|on)${S}${SOURCE}`,
    examples: [
      { text: 'The plant will close, according to a report in the Argus Leader.', source: 'The Argus Leader' },
      { text: 'According to an investigation by ProPublica, the fund lost millions.', source: 'ProPublica' },
    ],
    counterexamples: ['According to a report in March, sales fell.'],
  }),
  cue({
    id: 'according-to',
    keywords: ['according'],
    role: 'cites',
    confidence: 0.6,
    needsOutlet: true,
    pattern: String.raw`\b[Aa]ccording${S}to${S}${SOURCE}`,
    examples: [{ text: 'The talks stalled, according to The New York Times.', source: 'The New York Times' }],
    counterexamples: ['According to Microsoft, the update is optional.', 'According to Smith, it rained.'],
  }),
  cue({
    id: 'source-reported',
    keywords: ['report'],
    role: 'cites',
    confidence: 0.7,
    needsOutlet: true,
    pattern: String.raw`${SOURCE}${S}(?:(?:has|had|have|also|previously|earlier|recently|later|separately|exclusively)${S})?(?:reported|reports)\b`,
    examples: [
      { text: 'Last week, the Washington Post reported that the plan was shelved.', source: 'The Washington Post' },
      { text: 'Motherboard reported last month that the alerts were tested.', source: 'Motherboard' },
      { text: 'The Korea Times reported that the vote failed.', source: 'The Korea Times' },
      { text: 'Yahoo Finance reported earlier this year that sales rose.', source: 'Yahoo Finance' },
      { text: 'But as Reuters reported, the sharing economy is a lie.', source: 'Reuters' },
    ],
    counterexamples: [
      'Mozilla reported that Firefox had 100 million users.',
      'Officials reported no injuries.',
      'The company reported a loss.',
      '“The Times reported it wrong,” he said.',
    ],
  }),
  cue({
    id: 'reported-by',
    keywords: ['reported'],
    role: 'cites',
    confidence: 0.7,
    needsOutlet: true,
    pattern: String.raw`(?<![Ff]irst${S})\b(?:[Aa]s${S})?(?:was${S}|were${S}|been${S})?reported${S}by${S}${SOURCE}`,
    examples: [{ text: 'The layoffs, as reported by The Verge, hit 200 staff.', source: 'The Verge' }],
    counterexamples: ['The fault was reported by a passenger.', 'It was reported by Apple in its filing.'],
  }),
  cue({
    id: 'contributed',
    keywords: ['contributed'],
    role: 'cites',
    confidence: 0.6,
    needsOutlet: true,
    pattern: String.raw`${SOURCE}${S}contributed${S}(?:to${S})?(?:this${S}|the${S})?(?:report|story|reporting|article)`,
    examples: [{ text: 'The Associated Press contributed to this report.', source: 'The Associated Press' }],
    counterexamples: ['Jane Doe and John Smith contributed to this report.'],
  }),
  cue({
    id: 'additional-reporting',
    keywords: ['reporting'],
    role: 'cites',
    confidence: 0.6,
    needsOutlet: true,
    pattern: String.raw`\b(?:[Ww]ith${S})?(?:[Aa]dditional${S})?[Rr]eporting${S}(?:by|from)${S}${SOURCE}`,
    examples: [{ text: 'With additional reporting by AFP.', source: 'AFP' }],
    counterexamples: ['Additional reporting by Jane Doe in Paris.'],
  }),
  cue({
    id: 'reprinted-on',
    keywords: ['reprinted', 'republished', 'syndicated', 'posted'],
    role: 'downstream',
    confidence: 0.9,
    needsOutlet: false,
    pattern: String.raw`\b(?:was|is|were|are|has|have)(?:${S}also)?(?:${S}been)?${S}(?:also${S})?(?:reprinted|republished|syndicated|cross-?posted)${S}(?:on|in|by|at)${S}${SOURCE}`,
    examples: [
      { text: 'This article was reprinted on Wired.com.', source: 'Wired.com' },
      { text: 'This story has also been republished by The Guardian.', source: 'The Guardian' },
    ],
    counterexamples: ['This article was reprinted with permission.'],
  }),
];

export interface CueMatch {
  cue: Cue;
  /** The cleaned source name. */
  source: string;
  /** Where the whole phrase starts and ends in the text. */
  start: number;
  end: number;
  /** Where the source name starts and ends in the text. */
  sourceStart: number;
  sourceEnd: number;
}

/** True when `index` falls inside an open quotation in `text` ("“It was first reported by…”"). */
function insideQuotation(text: string, index: number): boolean {
  let open = 0;
  let straight = 0;
  const from = Math.max(0, index - 600);
  for (let i = from; i < index; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201c) open++;
    else if (ch === 0x201d) open = Math.max(0, open - 1);
    else if (ch === 0x22) straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** Every cue match in a piece of text, with names cleaned and non-outlets dropped where a cue asks. */
/** Matches kept per cue and text: bounds the work on a block that repeats one phrase endlessly. */
const MAX_MATCHES_PER_CUE = 50;

export function matchCues(text: string, cues: readonly Cue[] = CUES): CueMatch[] {
  if (!CUE_TRIGGER.test(text)) return [];
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const matches: CueMatch[] = [];
  for (const candidate of cues) {
    if (!candidate.keywords.some((word) => lower.includes(word))) continue;
    const pattern = candidate.pattern;
    pattern.lastIndex = 0;
    let found = 0;
    for (let match = pattern.exec(text); match && found < MAX_MATCHES_PER_CUE; match = pattern.exec(text), found++) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const raw = match.groups?.source;
      if (!raw) continue;
      const rawStart = match.index + match[0].lastIndexOf(raw);
      if (insideQuotation(text, match.index)) continue;
      const cleaned = cleanName(raw);
      if (!cleaned) continue;
      const matchEnd = match.index + match[0].length;
      const sourceLeads = rawStart === match.index;
      for (const name of splitNames(cleaned)) {
        if (candidate.needsOutlet && !isOutletName(name)) continue;
        const firstWord = name.split(' ')[0].toLowerCase();
        const sourceStart = rawStart + Math.max(0, raw.toLowerCase().indexOf(firstWord));
        const sourceEnd = Math.min(rawStart + raw.length, sourceStart + name.length);
        matches.push({
          cue: candidate,
          source: name,
          start: sourceLeads ? sourceStart : match.index,
          end: sourceLeads ? matchEnd : sourceEnd,
          sourceStart,
          sourceEnd,
        });
      }
    }
  }
  // A phrase matched by a stronger cue is not matched again by a weaker one ("first reported" vs "reported").
  matches.sort((a, b) => a.start - b.start || b.cue.confidence - a.cue.confidence);
  return matches.filter(
    (match, index) =>
      !matches.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.sourceStart <= match.sourceStart &&
          other.sourceEnd >= match.sourceEnd &&
          (other.cue.confidence > match.cue.confidence ||
            (other.cue.confidence === match.cue.confidence && otherIndex < index)),
      ),
  );
}
