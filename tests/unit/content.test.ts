/**
 * Every entry in content/ says what to do: it passes the schema,
 * including the required classification, explains itself in a body, and its
 * related links go both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/utils/import-entries.ts';
import { codeSchema, type CodeEntry } from '../../src/schema.ts';

const CODES = new URL('../../content/codes/', import.meta.url).pathname;
const files = readdirSync(CODES).flatMap((vendor) => readdirSync(join(CODES, vendor)).map((file) => `${vendor}/${file}`));
const entries = files.map((file) => {
  const { data, body } = splitFrontmatter(readFileSync(join(CODES, file), 'utf8'));
  return { file, data, body, parsed: codeSchema.safeParse(data) };
});
const valid = (e: (typeof entries)[number]) => e.parsed.data as CodeEntry;

describe('content/codes', () => {
  it('holds the 314 codes of the source document, 27 APNs reasons, 2 FCM codes and the added layers\' codes from vendor docs', () => {
    expect(entries.filter((e) => valid(e).sourceLines.length > 0)).toHaveLength(314);
    const count = (vendor: string) => entries.filter((e) => valid(e).vendor === vendor).length;
    expect(count('apns-binary')).toBe(12);
    expect(count('fcm-legacy')).toBe(14);
    expect(count('fcm-client')).toBe(8);
    expect(count('chat-sdk')).toBe(8);
    // Manufacturer codes the document lacks, from the vendors' own pages and SDK sources.
    const added = { huawei: 57, vivo: 1, meizu: 8, oppo: 1 };
    for (const [vendor, n] of Object.entries(added)) {
      expect(entries.filter((e) => valid(e).vendor === vendor && valid(e).sourceLines.length === 0), vendor).toHaveLength(n);
    }
    expect(entries.length).toBe(314 + 27 + 2 + 12 + 14 + 8 + 8 + Object.values(added).reduce((a, b) => a + b, 0));
  });

  it('gives every entry a category, an action, retryable and the source of its classification', () => {
    const problems = entries.flatMap((e) => (e.parsed.success ? [] : e.parsed.error.issues.map((i) => `${e.file}: ${i.path.join('.')}: ${i.message}`)));
    expect(problems).toEqual([]);
    for (const e of entries) {
      for (const field of ['category', 'action', 'retryable', 'guidance']) expect(e.data, `${e.file} lacks ${field}`).toHaveProperty(field);
    }
  });

  it('explains in its body what to do, in two sentences at least', () => {
    const sentences = (text: string) => text.split(/[.!?:](?:\s|$)/).filter((s) => /\w/.test(s)).length;
    const short = entries.filter((e) => sentences(e.body) < 2).map((e) => e.file);
    expect(short).toEqual([]);
  });

  it('links related codes both ways', () => {
    const related = new Map(entries.map((e) => [`${valid(e).vendor}/${valid(e).code}`, valid(e).related]));
    const oneWay: string[] = [];
    for (const [key, targets] of related) for (const t of targets) if (!related.get(t)?.includes(key)) oneWay.push(`${key} → ${t}`);
    expect(oneWay).toEqual([]);
  });

  it('marks codes added from vendor docs with their link, and has no entry left without a meaning', () => {
    for (const e of entries) {
      const d = valid(e);
      if (d.sourceLines.length === 0) {
        expect(d.docsUrl, e.file).toMatch(/^https:\/\//);
        expect(d.descriptions.every((x) => x.from === 'vendor' && x.url), e.file).toBe(true);
      }
      expect(d.incomplete, e.file).toBe(false);
    }
  });

  it('lists all 32 APNs reasons Apple documents, and FCM THIRD_PARTY_AUTH_ERROR and UNSPECIFIED_ERROR', () => {
    const apns = entries.filter((e) => valid(e).vendor === 'apns' && valid(e).code !== '200');
    expect(apns).toHaveLength(32);
    const fcm = entries.filter((e) => valid(e).vendor === 'fcm').map((e) => valid(e).code);
    expect(fcm).toEqual(expect.arrayContaining(['THIRD_PARTY_AUTH_ERROR', 'UNSPECIFIED_ERROR']));
  });
});
