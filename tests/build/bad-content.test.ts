/**
 * The build refuses bad content and says where: each case builds a copy of
 * the project with one bad entry and expects a non-zero exit naming the file
 * and the field.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';

let project: FixtureProject;
beforeEach(() => {
  project = fixtureProject();
});
afterEach(() => project.dispose());

const entry = (fields: string) => `---\n${fields}\n---\n`;
const classification = 'category: invalid-request\naction: fix-request\nretryable: false\nguidance:\n  from: site';
const valid = `descriptions:\n  - text: A test code.\n    from: document\n    line: 1\nsourceLines: [1]\n${classification}`;

describe('the build fails on bad content', () => {
  it('passes on the real content (control)', () => {
    const { status, output } = project.build();
    expect(output).not.toMatch(/problem/);
    expect(status).toBe(0);
  });

  // Each schema rule, one bad entry each: [case, file, front matter, field line expected in the output].
  const schemaCases: [string, string, string, string][] = [
    ['an HTTP status out of range', 'content/codes/xiaomi/99999.md', `code: "99999"\nvendor: xiaomi\nhttpStatus: 999\n${valid}`, 'httpStatus: Too big: expected number to be <=599'],
    ['a code that is neither a number nor a name', 'content/codes/xiaomi/12-34.md', `code: "12 34"\nvendor: xiaomi\n${valid}`, 'code: expected an integer like "-1" or "90001", or an error name like "ExpiredToken"'],
    ['a document description without its line', 'content/codes/xiaomi/99997.md', `code: "99997"\nvendor: xiaomi\ndescriptions:\n  - text: A.\n    from: document\nsourceLines: [1]\n${classification}`, 'descriptions.0: a description from the document needs `line`; one from the vendor needs `url`'],
    ['an entry from neither the document nor the vendor docs', 'content/codes/xiaomi/99996.md', `code: "99996"\nvendor: xiaomi\ndescriptions:\n  - text: A.\n    from: vendor\n    url: https://example.com/\n${classification}`, 'docsUrl: an entry not imported from the source document needs `docsUrl`'],
    ['an unknown category', 'content/codes/xiaomi/99995.md', `code: "99995"\nvendor: xiaomi\n${valid.replace('category: invalid-request', 'category: weird')}`, 'category: Invalid option: expected one of "success"'],
    ['a related link that is not "vendor/code"', 'content/codes/xiaomi/99994.md', `code: "99994"\nvendor: xiaomi\nrelated: ["server 90001"]\n${valid}`, 'related.0: expected "vendor/code"'],
    ['a link that is not http(s), such as javascript:', 'content/codes/xiaomi/99993.md', `code: "99993"\nvendor: xiaomi\ndescriptions:\n  - text: A.\n    from: vendor\n    url: "javascript:alert(1)"\ndocsUrl: https://example.com/\n${classification}`, 'descriptions.0.url: Invalid URL'],
    ['a success that asks for an action', 'content/codes/honor/99999.md', `code: "99999"\nvendor: honor\n${valid.replace('category: invalid-request\naction: fix-request', 'category: success\naction: remove-token')}`, 'action: a `success` code has action `nothing`'],
    ['a token to remove that is said to be retryable', 'content/codes/honor/99998.md', `code: "99998"\nvendor: honor\n${valid.replace('action: fix-request\nretryable: false', 'action: remove-token\nretryable: true')}`, 'retryable: a code whose action is `remove-token` is not retryable'],
    ['a retry that is said not to be retryable', 'content/codes/honor/99997.md', `code: "99997"\nvendor: honor\n${valid.replace('action: fix-request', 'action: retry-backoff')}`, 'retryable: a code whose action is a retry (retry-backoff, retry-after-wait) is retryable'],
    ['a fixed wait the vendor does not give', 'content/codes/honor/99996.md', `code: "99996"\nvendor: honor\n${valid.replace('action: fix-request\nretryable: false', 'action: retry-after-wait\nretryable: true')}`, 'action: a code whose action is `retry-after-wait` takes its wait from the vendor'],
    ['a vendor with a bad docsUrl', 'content/vendors/xiaomi.md', 'name: Xiaomi\nshortName: Xiaomi\nkind: manufacturer-channel\nplatform: Android\ndocsUrl: not-a-url\norder: 30', 'docsUrl: Invalid URL'],
  ];
  it.each(schemaCases)('on an entry that breaks the schema: %s', (_case, file, fields, fieldLine) => {
    project.write(file, entry(fields));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:`);
    expect(output).toContain(fieldLine);
  });

  it('on a body with a raw <script>, naming the file and the line', () => {
    project.write('content/codes/oppo/99998.md', `${entry(`code: "99998"\nvendor: oppo\n${valid}`)}Fine text, and \`<script>\` as code.\n\n<script>alert(1)</script>\n`);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/oppo/99998.md:17: body: a raw <script> element');
  });

  it('on an entry with no description that is not marked incomplete', () => {
    project.write('content/codes/oppo/99999.md', entry(`code: "99999"\nvendor: oppo\ndescriptions: []\nsourceLines: [1]\n${classification}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/oppo/99999.md:');
    expect(output).toContain('descriptions: an entry with no description must be marked `incomplete: true`');
  });

  it('on an entry that does not say what to do (no category, action, retryable or guidance)', () => {
    const unclassified = 'descriptions:\n  - text: A test code.\n    from: document\n    line: 1\nsourceLines: [1]';
    project.write('content/codes/vivo/99997.md', entry(`code: "99997"\nvendor: vivo\n${unclassified}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/vivo/99997.md:');
    for (const field of ['category', 'action', 'retryable', 'guidance']) expect(output).toMatch(new RegExp(`^\\s*${field}\\b.*(Required|Invalid)`, 'm'));
  });

  it('on guidance said to come from the vendor without its link', () => {
    project.write('content/codes/vivo/99996.md', entry(`code: "99996"\nvendor: vivo\n${valid.replace('from: site', 'from: vendor')}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/vivo/99996.md:');
    expect(output).toContain('guidance.url: guidance from the vendor needs `url`');
  });

  it('on a vendor that does not exist', () => {
    project.write('content/codes/nokia/1.md', entry(`code: "1"\nvendor: nokia\n${valid}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/nokia/1.md: vendor: unknown vendor "nokia"');
  });

  it('on two entries with the same vendor and code', () => {
    project.write('content/codes/xiaomi/10001-copy.md', entry(`code: "10001"\nvendor: xiaomi\n${valid}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/xiaomi/10001-copy.md: code: xiaomi code "10001" is already defined in content/codes/xiaomi/10001.md');
  });

  // The catalogue's guidance rules (src/utils/guidance-rules.ts), which need the vendor and the body.
  const guidanceCases: [string, string, string, string][] = [
    ['vendor guidance linking off the vendor\'s documentation', 'content/codes/huawei/99999.md', `code: "99999"\nvendor: huawei\n${valid.replace('from: site', 'from: vendor\n  url: https://stackoverflow.com/q/1')}`, "content/codes/huawei/99999.md: guidance.url: https://stackoverflow.com/q/1 is not on Huawei's documentation (developer.huawei.com"],
    ['a body naming a field the vendor does not return', 'content/codes/xiaomi/99999.md', `code: "99999"\nvendor: xiaomi\n${valid}\n---\nKeep \`msg\` of the response for a ticket. Then fix it.\n`, 'content/codes/xiaomi/99999.md: body: names `msg`, which Xiaomi does not return'],
    ['related codes of two vendors with different advice, the body silent on why', 'content/codes/honor/99995.md', `code: "99995"\nvendor: honor\nrelated: [vivo/10311]\n${valid}\n---\nFix the request. Then send again.\n`, 'content/codes/honor/99995.md: body: relates to vivo `10311` (action nothing) but advises fix-request; say why the advice differs'],
    ['a device-side code sending the reader to the server response', 'content/codes/huawei/99998.md', `code: "99998"\nvendor: huawei\n${valid.replace('category: invalid-request', 'category: client-state')}\n---\nLog \`code\` from the response. Then fix it.\n`, "content/codes/huawei/99998.md: body: names `code` of Huawei's server response, but a client-state code reaches the app through the SDK"],
  ];
  it.each(guidanceCases)('on an entry that breaks a guidance rule: %s', (_case, file, fields, problem) => {
    // A case whose front matter carries its own body ends it with "---\n<body>".
    project.write(file, fields.includes('\n---\n') ? `---\n${fields}` : entry(fields));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain(problem);
  });

  it('on two files that are one entry (the same name as .md and .mdx)', () => {
    // Astro's glob() loader logs this and keeps one of the two; the codes' loader (src/build/entry-files-loader.ts) refuses it.
    project.write('content/codes/xiaomi/10001.mdx', entry(`code: "10001"\nvendor: xiaomi\n${valid}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/xiaomi/10001.md and content/codes/xiaomi/10001.mdx are both the entry "xiaomi/10001" of the codes collection');
  });

  it('on a related link to a code that does not exist', () => {
    project.write('content/codes/xiaomi/99998.md', entry(`code: "99998"\nvendor: xiaomi\nrelated: [honor/424242]\n${valid}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/xiaomi/99998.md: related: "honor/424242" is not a code of this site');
  });
});
