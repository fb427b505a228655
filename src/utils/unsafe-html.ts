/**
 * Markdown bodies are rendered as trusted HTML, so a body must not carry
 * what runs code in a reader's browser: a raw `<script>`, an `on…=` event
 * attribute, a `javascript:` link. The build refuses them (catalog-rules.ts),
 * naming file and line; the CSP stays as the second line of defence. Code
 * blocks and `code spans` are left alone: showing `<script>` as text is fine.
 * Pure: a file's text in, findings out.
 */

export interface UnsafeHtml {
  /** 1-based line in the file (frontmatter counted). */
  line: number;
  what: string;
}

const RULES: { pattern: RegExp; what: string }[] = [
  { pattern: /<script\b/gi, what: 'a raw <script> element' },
  // Inside a tag, which may span lines: <img src=x\n onerror=…>.
  { pattern: /<[a-z][^<>]*?[\s/"']on[a-z]+\s*=/gi, what: 'an on…= event attribute' },
  { pattern: /\]\(\s*<?\s*javascript:/gi, what: 'a javascript: link' },
  { pattern: /^\s{0,3}\[[^\]]+\]:\s*<?\s*javascript:/gim, what: 'a javascript: link' },
  { pattern: /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:/gi, what: 'a javascript: link' },
];

/** Blanks fenced code blocks and code spans, keeping every line break so offsets still give lines. */
function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let fence: string | undefined;
  const lines = text.split('\n').map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return blank(line);
    }
    if (marker) {
      fence = marker;
      return blank(line);
    }
    return line;
  });
  return lines.join('\n').replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

/** Where the body starts: after the closing `---` of the frontmatter, if there is one. */
function bodyStart(text: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

export function unsafeHtml(fileText: string): UnsafeHtml[] {
  const start = bodyStart(fileText);
  const body = withoutCode(fileText.slice(start));
  const firstLine = fileText.slice(0, start).split('\n').length;
  const found: UnsafeHtml[] = [];
  for (const { pattern, what } of RULES) {
    for (const match of body.matchAll(pattern)) {
      // An attribute on a later line of a tag is reported on its own line.
      const at = match.index! + match[0].length - 1;
      found.push({ line: firstLine + body.slice(0, at).split('\n').length - 1, what });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
