import { describe, expect, it } from 'vitest';
import { adviceGroups, agreementSentence, codeValueGroups, codeValueKeys, codeValueTable, type ValueFacts } from '../../src/utils/code-value.ts';

const entry = (vendor: string, code: string, action: ValueFacts['action'], retryable: boolean, httpStatus?: number) => ({
  id: `${vendor}/${code}`,
  data: { vendor, code, action, retryable, ...(httpStatus !== undefined ? { httpStatus } : {}) },
});
const codes = [
  entry('huawei', '503', 'retry-backoff', true),
  entry('honor', '503', 'retry-backoff', true),
  entry('fcm', 'UNAVAILABLE', 'retry-backoff', true, 503),
  entry('apns', 'ServiceUnavailable', 'retry-backoff', true, 503),
  entry('apns', 'BadDeviceToken', 'remove-token', false, 400),
  entry('xiaomi', '10001', 'retry-backoff', true),
  entry('honor', '10001', 'fix-request', false),
];
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('codeValueGroups()', () => {
  it('puts entries whose code is the value apart from those whose HTTP status is', () => {
    const groups = codeValueGroups(codes, '503');
    expect(ids(groups.byCode)).toEqual(['huawei/503', 'honor/503']);
    expect(ids(groups.byHttp)).toEqual(['fcm/UNAVAILABLE', 'apns/ServiceUnavailable']);
  });

  it('matches error names in any case and looks for no HTTP status in a name', () => {
    const groups = codeValueGroups(codes, 'baddevicetoken');
    expect(ids(groups.byCode)).toEqual(['apns/BadDeviceToken']);
    expect(groups.byHttp).toEqual([]);
  });

  it('does not list an entry twice when its code and HTTP status are both the value', () => {
    const both = [entry('x', '404', 'fix-request', false, 404)];
    expect(codeValueGroups(both, '404')).toEqual({ byCode: both, byHttp: [] });
  });
});

describe('codeValueKeys()', () => {
  it('gives a page to every code value and every HTTP status', () => {
    expect(codeValueKeys(codes).sort()).toEqual(['10001', '400', '503', 'baddevicetoken', 'serviceunavailable', 'unavailable'].sort());
  });
});

describe('codeValueTable()', () => {
  it('holds every value codeValueKeys() gives, each with the groups codeValueGroups() gives', () => {
    const odd = [...codes, entry('x', '404', 'fix-request', false, 404), entry('y', 'E1', 'fix-request', false, 4000)];
    const table = codeValueTable(odd);
    expect([...table.keys()]).toEqual(codeValueKeys(odd));
    for (const [value, groups] of table) expect(groups, value).toEqual(codeValueGroups(odd, value));
  });
});

describe('adviceGroups() and agreementSentence()', () => {
  it('says plainly when all agree', () => {
    const { byCode, byHttp } = codeValueGroups(codes, '503');
    const groups = adviceGroups([...byCode, ...byHttp]);
    expect(groups).toHaveLength(1);
    expect(agreementSentence(groups)).toBe('All 4 agree on what to do: Retry with back-off; a retry can help.');
  });

  it('says where they differ, one group per answer', () => {
    const groups = adviceGroups(codeValueGroups(codes, '10001').byCode);
    expect(groups.map((g) => [g.advice, ids(g.entries)])).toEqual([
      ['Retry with back-off; a retry can help', ['xiaomi/10001']],
      ['Fix the request; retry will not help', ['honor/10001']],
    ]);
    expect(agreementSentence(groups)).toBe('They differ on what to do (2 different answers): check which vendor returned it.');
  });

  it('counts a different retry as a different answer', () => {
    const groups = adviceGroups([entry('a', '1', 'fix-request', true), entry('b', '1', 'fix-request', false)]);
    expect(groups).toHaveLength(2);
  });

  it('speaks of one entry and of two plainly', () => {
    expect(agreementSentence(adviceGroups([codes[0]!]))).toBe('What to do: Retry with back-off; a retry can help.');
    expect(agreementSentence(adviceGroups(codes.slice(0, 2)))).toBe('Both agree on what to do: Retry with back-off; a retry can help.');
  });
});
