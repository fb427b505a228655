/**
 * Cross-entry rules and queries over the whole catalogue of codes. Pure:
 * works on plain objects so it can be unit-tested without Astro.
 */
import { DOCUMENT_TABLES, VENDOR_SLUG_PATTERN, type CodeEntry } from '../schema.ts';
import { foldName, foldWording } from './lookup/index.ts';
import { codeSlug } from './urls.ts';
import { guidanceProblems, relatedAdviceProblems, type VendorFacts } from './guidance-rules.ts';
import { unsafeHtml } from './unsafe-html.ts';
import { textLang } from './text-lang.ts';

export interface CodeRecord {
  /** Collection id, "vendor/code". */
  id: string;
  /** Path of the entry file, for error messages. */
  filePath: string;
  data: CodeEntry;
  /** The entry's Markdown body, for the rules on what it tells the reader (see guidance-rules.ts). */
  body?: string;
  /**
   * The whole file as written, to refuse unsafe HTML in the body by file line (unsafe-html.ts); or a function that
   * reads it, called when the file is checked: the build then holds one file at a time, not 16 MB of them at
   * 20,000 entries while Astro's content store is loaded.
   */
  source?: string | (() => string);
}

export interface VendorRecord {
  id: string;
  /** Path of the vendor file, for error messages (defaults to content/vendors/<id>.md). */
  filePath?: string;
  data: VendorFacts & { order: number; name: string };
  /** The whole file as written, or a function that reads it (see CodeRecord.source). */
  source?: string | (() => string);
}

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
  }
}

/** Key that identifies a code within the whole site; codes differing only in case collide in URLs. */
export function codeKey(vendor: string, code: string): string {
  return `${vendor}/${codeSlug(code)}`;
}

/** A `related` link ("vendor/code") as the key of the code it names (see codeKey). */
export function relatedKey(target: string): string {
  const slash = target.indexOf('/');
  return codeKey(target.slice(0, slash), target.slice(slash + 1));
}

/** True for a vendor whose table is one of the source document's ten; false for a layer added beyond it. */
export function vendorFromDocument(slug: string): boolean {
  return (DOCUMENT_TABLES as readonly string[]).includes(slug);
}

/**
 * Vendors split for the home page: the source document's tables first, in
 * their order, then the layers added beyond the document, in theirs.
 */
export function groupVendors<T extends VendorRecord>(vendors: readonly T[]): { document: T[]; added: T[] } {
  const byOrder = sortVendors(vendors);
  return { document: byOrder.filter((v) => vendorFromDocument(v.id)), added: byOrder.filter((v) => !vendorFromDocument(v.id)) };
}

/** True for a code the source document does not have, added from the vendor's docs. */
export function fromVendorDocs(data: Pick<CodeEntry, 'sourceLines'>): boolean {
  return data.sourceLines.length === 0;
}

/** Vendors in display order (their `order`; see vendorSchema). */
export function sortVendors<T extends { data: { order: number } }>(vendors: readonly T[]): T[] {
  return [...vendors].sort((a, b) => a.data.order - b.data.order);
}

function vendorProblems(vendors: readonly VendorRecord[]): string[] {
  const problems: string[] = [];
  const byOrder = new Map<number, string>();
  for (const v of vendors) {
    const file = v.filePath ?? `content/vendors/${v.id}.md`;
    if (!VENDOR_SLUG_PATTERN.test(v.id)) {
      problems.push(`${file}: file name: "${v.id}" is not a vendor slug; expected lower-case letters, digits and single hyphens (fcm-legacy)`);
    }
    const other = byOrder.get(v.data.order);
    if (other) problems.push(`${file}: order: ${v.data.order} is already the order of ${other}; give each vendor its own place`);
    else byOrder.set(v.data.order, file);
  }
  return problems;
}

/**
 * Throws a CatalogError listing every vendor with a bad slug or a shared
 * `order`, and every entry that names an unknown vendor, sits in another
 * vendor's folder, repeats a vendor+code, relates to a code that does not
 * exist, or shares an alias or a message with another entry of its vendor
 * (the lookup could not tell them apart), or breaks a guidance rule
 * (guidance-rules.ts, the cross-vendor advice rule included), or has a body
 * that would run code in the browser (unsafe-html.ts). Each problem names
 * the file and the field or line.
 */
export function validateCatalog(vendors: readonly VendorRecord[], codes: readonly CodeRecord[]): void {
  // No vendors means no content was read (the build reads Astro's content store from disk): an empty site must not ship.
  if (!vendors.length) throw new CatalogError(['content/vendors/: no vendor was loaded; expected one file per vendor (was the content store read?)']);
  const problems = vendorProblems(vendors);
  const vendorIds = new Set(vendors.map((v) => v.id));
  const seen = new Map<string, string>();
  for (const { id, filePath, data } of codes) {
    if (!vendorIds.has(data.vendor)) {
      problems.push(`${filePath}: vendor: unknown vendor "${data.vendor}"; expected one of ${[...vendorIds].sort().join(', ')}`);
    }
    const folder = id.split('/')[0];
    if (folder !== data.vendor) {
      problems.push(`${filePath}: vendor: "${data.vendor}" but the file is in content/codes/${folder}/; move it or fix the field`);
    }
    const key = codeKey(data.vendor, data.code);
    const first = seen.get(key);
    if (first) {
      problems.push(`${filePath}: code: ${data.vendor} code "${data.code}" is already defined in ${first}; merge the two into one entry with several descriptions`);
    } else {
      seen.set(key, filePath);
    }
  }
  for (const { filePath, data } of codes) {
    for (const target of data.related) {
      if (!seen.has(relatedKey(target))) {
        problems.push(`${filePath}: related: "${target}" is not a code of this site`);
      }
    }
  }
  problems.push(...sharedWordings(codes));
  for (const record of [...vendors, ...codes]) {
    const source = typeof record.source === 'function' ? record.source() : (record.source ?? '');
    for (const { line, what } of unsafeHtml(source)) {
      problems.push(`${record.filePath ?? `content/vendors/${record.id}.md`}:${line}: body: ${what}; bodies must not run code in the browser (show code in \`backticks\`)`);
    }
  }
  const vendorFacts = new Map(vendors.map((v) => [v.id, v.data]));
  problems.push(...guidanceProblems(vendorFacts, codes));
  problems.push(...relatedAdviceProblems(vendorFacts, codes));
  if (problems.length) throw new CatalogError(problems);
}

/** An alias (compared as names are) or a message (compared as copied text) that two entries of one vendor carry. */
function sharedWordings(codes: readonly CodeRecord[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, { filePath: string; code: string }>();
  const check = (record: CodeRecord, field: string, kind: string, folded: string, text: string) => {
    const key = `${record.data.vendor}\n${kind}\n${folded}`;
    const first = owners.get(key);
    if (!first) owners.set(key, { filePath: record.filePath, code: record.data.code });
    else if (first.filePath !== record.filePath) {
      problems.push(`${record.filePath}: ${field}: "${text}" is also ${kind === 'alias' ? 'an alias' : 'a message'} of ${record.data.vendor} ${first.code} (${first.filePath}); one text must name one code`);
    }
  };
  for (const record of codes) {
    record.data.aliases.forEach((a, i) => check(record, `aliases.${i}.text`, 'alias', foldName(a.text), a.text));
    record.data.messages.forEach((m, i) => check(record, `messages.${i}.text`, 'message', foldWording(m.text), m.text));
  }
  return problems;
}

/** Order of codes in a vendor table: the source document's order, then codes added from vendor docs by HTTP status and name. */
export function compareCodes(a: CodeEntry, b: CodeEntry): number {
  const la = a.sourceLines[0] ?? Number.POSITIVE_INFINITY;
  const lb = b.sourceLines[0] ?? Number.POSITIVE_INFINITY;
  if (la !== lb) return la - lb;
  const ha = a.httpStatus ?? 0;
  const hb = b.httpStatus ?? 0;
  if (ha !== hb) return ha - hb;
  return a.code.localeCompare(b.code);
}

/** Groups codes by their value (case-insensitive), across vendors: "10001" → [xiaomi, honor]. */
export function groupByCodeValue<T extends { data: { code: string } }>(codes: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const c of codes) {
    const key = codeSlug(c.data.code);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/** Previous and next item in a list, or undefined at the ends. */
export function neighbours<T>(list: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: list[index - 1], next: list[index + 1] };
}

/** The text shown when an entry has no description. */
export const MISSING_DESCRIPTION = 'The source document lists this code without a description.';

/** One-line meaning of a code, for tables, titles and tickets. */
export function summary(data: Pick<CodeEntry, 'descriptions'>): string {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const { text } of data.descriptions) {
    const key = sameWording(text);
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(text);
  }
  return texts.join(' / ') || MISSING_DESCRIPTION;
}

/**
 * The one-line meaning in the site's language, for titles, link previews, ticket text and the lines that
 * compare vendors. A vendor's Chinese wording stays on the page (and in the lookup's summary(), which finds
 * a pasted Chinese text), but a ticket line that repeats the meaning in two languages reads as noise. An
 * entry with no English text keeps all it has.
 */
export function headline(data: Pick<CodeEntry, 'descriptions'>): string {
  const english = data.descriptions.filter((d) => textLang(d.text) === undefined);
  return summary({ descriptions: english.length ? english : data.descriptions });
}

/**
 * A wording with case, punctuation and English articles left out: a vendor's
 * "The specified token is invalid." repeats the document's "Specified Token is
 * invalid." and adds nothing to a one-line meaning (the permalink shows both).
 */
function sameWording(text: string): string {
  return foldWording(text)
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
