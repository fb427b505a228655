/**
 * The importer owns only the fields it writes: run on the source document
 * against a copy of content/, it changes nothing that people wrote.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-project.ts';

const dir = mkdtempSync(join(tmpdir(), 'push-codes-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(p.slice(root.length), readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return files;
}

it('re-importing the source document leaves every entry file as it is', () => {
  cpSync(join(PROJECT_ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const before = snapshot(join(dir, 'content'));
  const run = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/cli/import.ts', 'tests/fixtures/source-document.txt', '--content', join(dir, 'content')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/0 entries created, 0 updated, 314 unchanged/);
  const after = snapshot(join(dir, 'content'));
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const changed = [...before].filter(([p, text]) => after.get(p) !== text).map(([p]) => p);
  expect(changed).toEqual([]);
  // Codes added beyond the document (new layers, vendors' own docs) carry no source lines; the
  // importer owns only the document's 314 rows, so every other entry file is an added one.
  const codeFiles = [...before.keys()].filter((p) => /(^|\/)codes\//.test(p));
  const added = codeFiles.filter((p) => /^sourceLines: \[\]$/m.test(before.get(p)!));
  expect(added.length).toBeGreaterThan(0);
  expect(added.length).toBe(codeFiles.length - 314);
  for (const p of added) expect(after.get(p), p).toBe(before.get(p));
});
