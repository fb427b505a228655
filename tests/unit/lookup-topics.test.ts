/** Topic words name a category to browse across vendors. */
import { describe, expect, it } from 'vitest';
import { lookup, topicsOf } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';

const index = contentIndex();

describe('topicsOf(): a typed topic word or phrase names categories', () => {
  it.each([
    ['rate limit', ['rate-limit']],
    ['Rate-Limit', ['rate-limit']],
    ['quota', ['rate-limit']],
    ['oauth', ['authentication']],
    ['certificate', ['authentication']],
    ['token', ['token-invalid', 'authentication']],
    ['server error', ['server-fault']],
    ['constructor', []], // not read from an object's prototype
    ['the quota ran out again for all our users', []], // a sentence is words, not a topic
  ])('%s → %j', (text, categories) => expect(topicsOf(text, text)).toEqual(categories));

  it('sets vendor words aside', () => expect(topicsOf('huawei quota', 'quota')).toEqual(['rate-limit']));
});

describe('lookup(): topics of a typed query', () => {
  it.each([
    ['rate limit', ['rate-limit']],
    ['huawei quota', ['rate-limit']],
    ['hms oauth', ['authentication']],
    ['80300007', []],
  ])('%s → %j', (query, topics) => expect(lookup(index, query).topics).toEqual(topics));

  it('reads no topic in a paste', () => expect(lookup(index, '{"error": "quota"}').topics).toEqual([]));
});
