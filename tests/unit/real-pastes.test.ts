/**
 * The real-text benchmark set keeps its shape: every case says where it was
 * copied from, what kind of text it is and which page answers it, and a case
 * that does not wait for a later page names an entry that exists in content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/utils/import-entries.ts';
import { REAL_PASTES } from '../bench/real-pastes.ts';

const CODES = new URL('../../content/codes/', import.meta.url).pathname;
const entries = new Set(
  readdirSync(CODES).flatMap((vendor) =>
    readdirSync(join(CODES, vendor)).map((file) => {
      const { data } = splitFrontmatter(readFileSync(join(CODES, vendor, file), 'utf8'));
      return `${data.vendor}/${data.code}`;
    }),
  ),
);
const KINDS = ['log-line', 'json-body', 'phrase', 'name', 'code'];

describe('tests/bench/real-pastes.ts', () => {
  it('holds at least 150 cases', () => {
    expect(REAL_PASTES.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every case an http(s) source, a known kind and an expected vendor/code', () => {
    const bad = REAL_PASTES.filter(
      (c) => !/^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/.test(c.source) || !KINDS.includes(c.kind) || !/^[a-z][a-z-]*\/[^/\s]+$/.test(c.expect) || !c.q.trim(),
    );
    expect(bad).toEqual([]);
  });

  it('names an existing entry wherever a case does not wait for a later page', () => {
    const missing = REAL_PASTES.filter((c) => !c.needs && !entries.has(c.expect)).map((c) => c.expect);
    expect(missing).toEqual([]);
  });

  it('holds each pasted text once', () => {
    const seen = new Set<string>();
    const twice = REAL_PASTES.filter((c) => (seen.has(c.q) ? true : (seen.add(c.q), false))).map((c) => c.q);
    expect(twice).toEqual([]);
  });
});
