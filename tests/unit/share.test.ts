import { describe, expect, it } from 'vitest';
import { shareDescription, shareTitle } from '../../src/utils/share.ts';

describe('shareTitle()', () => {
  it('reads vendor, code and meaning, without the closing full stop', () => {
    expect(shareTitle('Huawei', '80300007', 'Specified Token is invalid.')).toBe('Huawei 80300007 · Specified Token is invalid');
  });

  it('cuts a long meaning with an ellipsis', () => {
    const title = shareTitle('Xiaomi', '1', 'word '.repeat(60));
    expect(title.length).toBeLessThan(140);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('shareDescription()', () => {
  it('says what to do and whether a retry helps before the meaning', () => {
    expect(shareDescription('Huawei', '80300007', 'Specified Token is invalid.', { action: 'remove-token', retryable: false }))
      .toBe('Remove the token; retry will not help. Huawei error 80300007: Specified Token is invalid.');
  });

  it('stays within 200 characters', () => {
    expect(shareDescription('X', '1', 'long '.repeat(100), { action: 'nothing', retryable: false }).length).toBeLessThanOrEqual(200);
  });
});
