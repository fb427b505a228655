/**
 * Reads the security headers back out of the host files people deploy
 * (public/_headers for Netlify and Cloudflare Pages, the README's nginx
 * `add_header` lines and vercel.json). `serve --secure` sends what
 * dist/_headers says and the tests compare the three, so what is tested is
 * what a host will send, not the module the files were generated from.
 * Pure: text in, headers out.
 */

export type Headers = Record<string, string>;

/** Netlify `_headers`: the headers of the `/*` rule (the site has no other rule). */
export function headersFromNetlify(text: string): Headers {
  const headers: Headers = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** nginx: every `add_header Name "value" always;` line. */
export function headersFromNginx(text: string): Headers {
  const headers: Headers = {};
  for (const match of text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"(?:\s+always)?\s*;/gm)) headers[match[1]!] = match[2]!;
  return headers;
}

/** vercel.json: the headers of the rule whose source matches every path. */
export function headersFromVercel(json: string): Headers {
  const config = JSON.parse(json) as { headers?: { source: string; headers: { key: string; value: string }[] }[] };
  const rule = config.headers?.find((r) => r.source === '/(.*)');
  return Object.fromEntries((rule?.headers ?? []).map((h) => [h.key, h.value]));
}

/** The fenced code block of `language` in a Markdown text, without the list indentation around it. */
export function fencedBlock(markdown: string, language: string): string {
  const match = new RegExp('^( *)```' + language + '\\n([\\s\\S]*?)\\n *```', 'm').exec(markdown);
  if (!match) throw new Error(`no \`\`\`${language} block`);
  const indent = match[1]!.length;
  return match[2]!.split('\n').map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
}
