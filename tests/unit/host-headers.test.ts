import { describe, expect, it } from 'vitest';
import { fencedBlock, headersFromNetlify, headersFromNginx, headersFromVercel } from '../../src/utils/host-headers.ts';
import { netlifyHeaders, nginxHeaders, SECURITY_HEADERS, vercelJson } from '../../src/utils/security-headers.ts';

describe('reading headers back from host files', () => {
  it.each([
    ['headersFromNetlify', headersFromNetlify, netlifyHeaders()],
    ['headersFromNginx', headersFromNginx, nginxHeaders()],
    ['headersFromVercel', headersFromVercel, vercelJson()],
  ])('%s reads every header the generator wrote', (_name, read, text) => expect(read(text)).toEqual(SECURITY_HEADERS));

  it('headersFromNetlify reads only the /* rule, and skips comments', () => {
    expect(headersFromNetlify('# note\n/*\n  A: 1\n/admin/*\n  B: 2\n')).toEqual({ A: '1' });
  });

  it('headersFromNginx reads add_header lines and nothing else', () => {
    expect(headersFromNginx('location / {\n  try_files $uri =404;\n  add_header X-A "a b" always;\n}')).toEqual({ 'X-A': 'a b' });
  });

  it('a header missing from one file shows as a difference', () => {
    expect(headersFromNginx(nginxHeaders().split('\n').slice(1).join('\n'))).not.toEqual(SECURITY_HEADERS);
  });
});

describe('fencedBlock()', () => {
  it('takes a block out of a list item, without its indentation', () => {
    expect(fencedBlock('- nginx:\n\n  ```nginx\n  a;\n    b;\n  ```\n', 'nginx')).toBe('a;\n  b;');
  });
  it('fails when there is none', () => expect(() => fencedBlock('text', 'json')).toThrow(/no ```json/));
});
