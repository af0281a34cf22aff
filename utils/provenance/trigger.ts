/** The cue trigger on its own: the content script's pre-check needs it, and nothing of the registry. */

/**
 * A cheap test that is true for any text a cue could match: a page whose text fails it has no cue.
 * Kept in step with CUES by tests/unit/cues.test.ts (every example passes it).
 */
export const CUE_TRIGGER =
  /originally|first\s+(?:reported|appeared|published|broke|to\s+report)|broken\s+by|broke\s+the|republished|reprinted|reposted|reproduced|syndicated|cross-?posted|(?:produced|published|reported)\s+(?:by|in\s+(?:partnership|collaboration))|according\s+to|reported|reports\b|contributed|reporting\s+(?:by|from)/i;

/**
 * CUE_TRIGGER without its one word edge: true for every text it is true for, also when the text
 * runs on into the next node's ("reportsThe"), so it can check text before it is split into blocks.
 */
export const CUE_TRIGGER_ANYWHERE = new RegExp(CUE_TRIGGER.source.replace(String.raw`reports\b`, 'reports'), 'i');
