/**
 * Synthetic code entries that grow a copy of the project (never content/):
 * the benchmarks (tests/bench/) and the build tests (tests/build/) use them to
 * see the site at thousands of entries.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_TABLES } from '../../src/schema.ts';

export function countEntries(dir: string): number {
  const root = join(dir, 'content/codes');
  return readdirSync(root).reduce((n, vendor) => n + readdirSync(join(root, vendor)).length, 0);
}

const WORDS = (
  'token device message quota push channel request server client certificate signature timestamp payload ' +
  'invalid expired missing limit exceeded unauthorized forbidden unavailable timeout network package title ' +
  'content length format parameter template region application account permission sensitive frequency'
).split(' ');

/** Words of push errors in Chinese, for the CJK meanings real entries have (synthetic texts made of them). */
const CJK_WORDS = (
  '推送 消息 设备 令牌 参数 无效 错误 超过 限制 频率 签名 证书 应用 服务器 网络 超时 请求 内容 长度 格式 ' +
  '标题 地区 账号 权限 敏感 失败 过期 缺少 未授权 禁止 不可用 包名 模板 次数 每天 发送 撤回 标签 别名 通道'
).split(' ');

/**
 * A meaning in Chinese as real ones run: 211 of the 452 real entries have one (a vendor's
 * description, or a message), 6–176 characters, median 31 (content/, 2026-11-29). Here every
 * other entry but a few (about 47 %) has one of 3–24 words, 7–51 characters. Only with
 * `chinese` (addSyntheticEntries): at 20,000 entries they put the lookup's shards over their
 * budgets (tests/bench/README.md, "Scale, fifteenth pass").
 */
export function syntheticCjkText(i: number): string | undefined {
  if (i % 2 === 1 || i % 16 === 0) return undefined;
  const count = 3 + ((i * 7) % 22);
  // A multiplicative hash of (i, k) picks each word, so texts differ as real ones do (a simple modulus repeated them).
  const words = Array.from({ length: count }, (_, k) => CJK_WORDS[(Math.imul(i * 64 + k, 2654435761) >>> 16) % CJK_WORDS.length]!);
  return `${words.join('')}。`;
}

/**
 * A body of what-to-do prose as long as real ones run: the real entries' bodies are 56–2,927
 * characters, median 284, mean 366, and 141 of 452 hold a link (content/, 2026-11-29). Lengths
 * here cycle through 150–579 characters (mean about 365), every third body links its vendor's
 * page, and some name a field in code spans, as real ones do. Without bodies the benchmark
 * left out the Markdown a real entry renders, stores and indexes.
 */
export function syntheticBody(i: number, vendor: string): string {
  const length = 90 + ((i * 37) % 430);
  const sentences: string[] = [];
  let chars = 0;
  for (let s = 0; chars < length; s++) {
    const words = Array.from({ length: 8 + ((i + s) % 7) }, (_, k) => WORDS[(i * 11 + s * 5 + k * 3) % WORDS.length]!);
    if ((i + s) % 4 === 0) words[3] = `\`${words[3]}\``;
    const sentence = `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
    sentences.push(sentence);
    chars += sentence.length + 1;
  }
  const link = i % 3 === 0 ? ` See [${vendor}'s list](https://push.example/${vendor}/codes#${i}).` : '';
  return `${sentences.join(' ')}${link}\n`;
}

export interface SyntheticOptions {
  /** Give about 47 % of the entries a meaning in Chinese, as real ones have (syntheticCjkText). Default: none. */
  chinese?: boolean;
}

/**
 * Adds synthetic entries until the project holds `total` codes, spread over
 * the ten vendors like real ones (numeric codes, one or two meanings, some
 * with a name and an HTTP status, a body as long as real ones, and with
 * `chinese` a Chinese meaning as often as real ones), so vendor tables and
 * the build's work grow as they would.
 */
export function addSyntheticEntries(dir: string, total: number, { chinese = false }: SyntheticOptions = {}): number {
  const existing = countEntries(dir);
  let added = 0;
  for (let i = 0; existing + added < total; i++, added++) {
    const vendor = DOCUMENT_TABLES[i % DOCUMENT_TABLES.length]!;
    const code = String(7_000_000 + i);
    const words = (n: number) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ');
    const cjk = chinese ? syntheticCjkText(i) : undefined;
    const text = `${words(1).replace(/^./, (c) => c.toUpperCase())} ${words(6 + (i % 9))} (synthetic ${i}).`;
    const lines = [
      '---',
      `code: "${code}"`,
      `vendor: ${vendor}`,
      ...(i % 4 === 0 ? [`name: SYNTHETIC_${WORDS[i % WORDS.length]!.toUpperCase()}_${i}`, 'httpStatus: 400'] : []),
      'descriptions:',
      `  - text: "${text}"`,
      '    from: document',
      `    line: ${i + 1}`,
      ...(i % 10 === 0 ? [`  - text: "Also: ${words(5)}."`, '    from: document', `    line: ${i + 2}`] : []),
      ...(cjk ? [`  - text: "${cjk}"`, '    from: document', `    line: ${i + 3}`] : []),
      `sourceLines: [${i + 1}]`,
      'category: invalid-request',
      'action: fix-request',
      'retryable: false',
      'guidance:',
      '  from: site',
      '---',
      syntheticBody(i, vendor),
    ];
    mkdirSync(join(dir, 'content/codes', vendor), { recursive: true });
    writeFileSync(join(dir, 'content/codes', vendor, `${code}.md`), lines.join('\n'));
  }
  return existing + added;
}
