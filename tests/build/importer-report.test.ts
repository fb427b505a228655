/**
 * The importer on a copy of the project, as a person runs it: the README's
 * example entry keeps its comments, an entry the document no longer lists is
 * named and left in place, and the report lists the document's anomalies.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT_ROOT, removeProject } from '../helpers/project-copy.ts';
import { readmeExampleEntry } from '../helpers/readme-example.ts';

const DOCUMENT = join(PROJECT_ROOT, 'tests/fixtures/source-document.txt');
let dir = '';
const importOnce = () => spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/cli/import.ts', DOCUMENT], { cwd: dir, encoding: 'utf8' });
const example = () => join(dir, 'content/codes/huawei/80300007.md');
const stale = () => join(dir, 'content/codes/xiaomi/99999.md');
const STALE = '---\ncode: "99999"\nvendor: xiaomi\nsourceLines: [60]   # a row the document dropped\n---\nKept by hand.\n';

let first: ReturnType<typeof importOnce>;
beforeAll(() => {
  dir = copyProject('push-codes-importer-');
  // The README's example entry, as if its line numbers were written before the document moved.
  rmSync(join(dir, 'content/codes/huawei/80300007.mdx'));
  writeFileSync(example(), readmeExampleEntry().replace('line: 146', 'line: 140').replace('[146]', '[140]'));
  writeFileSync(stale(), STALE);
  first = importOnce();
}, 120_000);
afterAll(() => removeProject(dir));

describe('npm run import, on a copy of the project', () => {
  it('updates the README example and keeps each of its comments', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/1 updated, 313 unchanged/);
    const text = readFileSync(example(), 'utf8');
    const comments = readmeExampleEntry().split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));
    for (const comment of comments) expect(text).toContain(comment);
    expect(text).toContain('    line: 146\n');
    expect(text).toMatch(/\nsourceLines: \[146\] # empty for a code/);
    expect(text).toContain('\nrelated: [honor/80300007] # optional');
  });

  it('names the entry the document no longer lists and leaves it as it was', () => {
    expect(first.stdout).toContain('Entries the document no longer lists (1):\n  xiaomi/99999.md: code 99999 (was on line 60) is not in the document; left in place\n');
    expect(readFileSync(stale(), 'utf8')).toBe(STALE);
  });

  it("lists the document's anomalies, one line each", () => {
    expect(first.stdout).toContain(
      [
        'Anomalies handled (5):',
        '  line 155 (huawei): empty-description: 907135701 has no description',
        '  line 303 (meizu): duplicate-code: 110010 already listed on line 293',
        '  line 333 (apns): continuation: empty code cell continues 403 from line 332',
        '  line 334 (apns): continuation: empty code cell continues 403 from line 333',
        '  line 335 (apns): continuation: empty code cell continues 403 from line 334',
      ].join('\n'),
    );
  });

  it('changes nothing on a second run', () => {
    const before = readFileSync(example(), 'utf8');
    const second = importOnce();
    expect(second.stdout).toMatch(/0 entries created, 0 updated, 314 unchanged/);
    expect(readFileSync(example(), 'utf8')).toBe(before);
  }, 120_000);
});
