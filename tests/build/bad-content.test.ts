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

  it('on an entry that breaks the schema', () => {
    project.write('content/codes/xiaomi/99999.md', entry(`code: "99999"\nvendor: xiaomi\nhttpStatus: 999\n${valid}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/xiaomi\/99999/);
    expect(output).toMatch(/httpStatus/);
  });

  it('on an entry with no description that is not marked incomplete', () => {
    project.write('content/codes/oppo/99999.md', entry(`code: "99999"\nvendor: oppo\ndescriptions: []\nsourceLines: [1]\n${classification}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/oppo\/99999/);
    expect(output).toMatch(/descriptions/);
    expect(output).toMatch(/incomplete/);
  });

  it('on an entry that does not say what to do (no category, action, retryable or guidance)', () => {
    const unclassified = 'descriptions:\n  - text: A test code.\n    from: document\n    line: 1\nsourceLines: [1]';
    project.write('content/codes/vivo/99997.md', entry(`code: "99997"\nvendor: vivo\n${unclassified}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/vivo\/99997/);
    for (const field of ['category', 'action', 'retryable', 'guidance']) expect(output).toContain(field);
  });

  it('on guidance said to come from the vendor without its link', () => {
    project.write('content/codes/vivo/99996.md', entry(`code: "99996"\nvendor: vivo\n${valid.replace('from: site', 'from: vendor')}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/vivo\/99996/);
    expect(output).toMatch(/guidance/);
    expect(output).toMatch(/url/);
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

  it('on a related link to a code that does not exist', () => {
    project.write('content/codes/xiaomi/99998.md', entry(`code: "99998"\nvendor: xiaomi\nrelated: [honor/424242]\n${valid}`));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/xiaomi/99998.md: related: "honor/424242" is not a code of this site');
  });
});
