/** The cue trigger on its own: the content script's pre-check needs it, and nothing of the registry. */

/**
 * A cheap test that is true for any text a cue could match: a page whose text fails it has no cue.
 * Kept in step with CUES by tests/unit/cues.test.ts (every example passes it).
 */
export const CUE_TRIGGER =
  /originally|first\s+(?:reported|appeared|published|broke|to\s+report)|broken\s+by|broke\s+the|republished|reprinted|reposted|reproduced|syndicated|cross-?posted|(?:produced|published|reported)\s+(?:by|in\s+(?:partnership|collaboration))|according\s+to|reported|reports\b|contributed|reporting\s+(?:by|from)/i;
