/**
 * Which of Astro's build messages the build's logger prints. Astro writes a
 * line for every page it generates (the page's path, then on the same line
 * the time it took): 40,000 writes to the terminal at 20,000 entries, about
 * 1.5 s of the build's main thread in a CPU profile (tests/bench/README.md,
 * fifth pass). Every other message, warnings and errors included, is kept;
 * Astro's own summary ("N page(s) built in …") still counts the pages.
 */

/** The fields of Astro's log message this reads (AstroLoggerMessage). */
export interface LogMessage {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

// A page line starts with the tree branch Astro draws before the page's path ("  ├─ /xiaomi/10001/index.html").
const PAGE_LINE = /^\s*(?:\x1b\[[\d;]*m)*[├└]─/;

/**
 * A filter for one build's messages, in order: false for a page's line and for
 * the timing Astro appends to it (the next SKIP_FORMAT message), true for the rest.
 */
export function pageLineFilter(): (event: LogMessage) => boolean {
  let afterPageLine = false;
  return (event) => {
    if (event.level === 'info' && event.label === null && !event.newLine && PAGE_LINE.test(event.message)) {
      afterPageLine = true;
      return false;
    }
    if (afterPageLine) {
      afterPageLine = false;
      if (event.level === 'info' && event.label === 'SKIP_FORMAT') return false;
    }
    return true;
  };
}
