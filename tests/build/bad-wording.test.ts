/**
 * The build refuses an alias or a vendor message that two entries of one
 * vendor carry: the lookup could not say which code the text names.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';

let project: FixtureProject;
beforeAll(() => {
  project = fixtureProject();
});
afterAll(() => project.dispose());

const entry = (code: string, wording: string) =>
  `---\ncode: "${code}"\nvendor: xiaomi\n${wording}\ndescriptions:\n  - text: A test code.\n    from: document\n    line: 1\nsourceLines: [1]\ncategory: invalid-request\naction: fix-request\nretryable: false\nguidance:\n  from: site\n---\n`;

it('fails naming the file and the field of a shared alias and of a shared message', () => {
  const alias = (text: string) => `aliases:\n  - text: ${text}\n    kind: sdk-constant\n    source: Test SDK\n    url: https://example.com/sdk`;
  const message = (text: string) => `messages:\n  - text: ${text}\n    lang: zh\n    url: https://example.com/doc`;
  project.write('content/codes/xiaomi/99990.md', entry('99990', `${alias('TEST_SHARED_NAME')}\n${message('"测试 消息。"')}`));
  project.write('content/codes/xiaomi/99991.md', entry('99991', `${alias('test-shared-name')}\n${message('测试消息')}`));
  const { status, output } = project.build();
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/codes\/xiaomi\/9999[01]\.md: aliases\.0\.text: "(TEST_SHARED_NAME|test-shared-name)" is also an alias of xiaomi 9999[01]/);
  expect(output).toMatch(/content\/codes\/xiaomi\/9999[01]\.md: messages\.0\.text: "(测试 消息。|测试消息)" is also a message of xiaomi 9999[01]/);
}, 240_000);
