import { describe, expect, it } from 'vitest';
import { pageLineFilter, type LogMessage } from '../../src/utils/build-log.ts';

const info = (label: string | null, message: string, newLine = true): LogMessage => ({ label, level: 'info', message, newLine });

describe('pageLineFilter', () => {
  it("drops each generated page's line and the timing on the same line, and keeps the rest", () => {
    const keep = pageLineFilter();
    const events = [
      info('SKIP_FORMAT', '\n generating static routes '),
      info(null, '  ├─ /xiaomi/10001/index.html', false),
      info('SKIP_FORMAT', ' (+2ms) '),
      // As Astro writes them in a terminal, in colour.
      info(null, '  \x1b[34m├─\x1b[39m \x1b[2m/code/503/index.html\x1b[22m', false),
      info('SKIP_FORMAT', ' \x1b[2m(+1ms)\x1b[22m '),
      info(null, '  ├─ /search/index.html', false),
      info('SKIP_FORMAT', ' (cached)'),
      info(null, '✓ Completed in 37.43s.\n'),
      info('build', '20137 page(s) built in 58.5s'),
    ];
    expect(events.filter(keep).map((e) => e.message)).toEqual(['\n generating static routes ', '✓ Completed in 37.43s.\n', '20137 page(s) built in 58.5s']);
  });

  it('keeps warnings and errors, even between a page line and its timing', () => {
    const keep = pageLineFilter();
    expect(keep(info(null, '  ├─ /fcm/UNAVAILABLE/index.html', false))).toBe(false);
    expect(keep({ label: 'build', level: 'error', message: 'Caught error rendering /fcm/UNAVAILABLE/', newLine: true })).toBe(true);
    expect(keep({ label: 'vite', level: 'warn', message: '├─ a warning that looks like a page line', newLine: false })).toBe(true);
  });

  it('keeps a SKIP_FORMAT message that does not follow a page line', () => {
    const keep = pageLineFilter();
    expect(keep(info('SKIP_FORMAT', ' (+2ms) '))).toBe(true);
    expect(keep(info(null, 'a line of text', false))).toBe(true);
  });
});
