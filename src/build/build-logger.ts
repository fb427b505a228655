/**
 * The build's log destination (astro.config.mjs `logger`): Astro's own node
 * destination, less the line Astro writes for every generated page
 * (src/utils/build-log.ts says why). Level and format are Astro's.
 */
import type { AstroLoggerDestination, AstroLoggerLevel } from 'astro';
import nodeLogger from 'astro/logger/node';
import { pageLineFilter } from '../utils/build-log.ts';

export default function buildLogger(config: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const destination = nodeLogger(config);
  const keep = pageLineFilter();
  return {
    ...destination,
    write(event) {
      if (keep(event)) destination.write(event);
    },
  };
}
