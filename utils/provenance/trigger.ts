/** The cue trigger on its own: the content script's pre-check needs it, and nothing of the registry. */

/**
 * A cheap test that is true for any text a cue could match: a page whose text fails it has no cue.
 * Kept in step with CUES by tests/unit/cues.test.ts (every example passes it).
 */
export const CUE_TRIGGER =
  /originally|first\s+(?:reported|appeared|published|broke|to\s+report)|broken\s+by|broke\s+the|republished|reprinted|reposted|reproduced|syndicated|cross-?posted|(?:produced|published|reported)\s+(?:by|in\s+(?:partnership|collaboration))|according\s+to|reported|reports\b|contributed|reporting\s+(?:by|from)/i;

/**
 * The cue words as the cues' own patterns write them: lower case but for a first letter that may
 * open a sentence ("Originally", "According"). The pre-check reads the whole page with it, so it
 * must not take a menu's "REPORTS" or a section called "Reports" for one. It has no word edge,
 * so that it holds also where a word runs on into the next node's ("reportsThe"). Kept in step
 * with CUES by tests/unit/cues.test.ts (every example passes it).
 */
export const CUE_TRIGGER_CASED =
  /[Oo]riginally|[Ff]irst\s+(?:reported|appeared|published|broke|to\s+report)|[Bb]roken\s+by|broke\s+the|[Rr]e(?:published|printed|posted|produced)|syndicated|cross-?posted|(?:produced|published)\s+(?:by|in\s+(?:partnership|collaboration))|[Aa]ccording\s+to|report(?:ed|s)|contributed|[Rr]eporting\s+(?:by|from)/;
