/**
 * Rules that keep "what to do" honest across the catalogue: what is credited to
 * a vendor links to that vendor's own documentation, and a body points the
 * reader at fields the vendor really returns. They need the vendors and the
 * entry bodies, so they run with the catalogue check (validateCatalog), not in
 * the per-entry schema. Pure: plain objects in, problem lines out.
 */
import type { CodeEntry } from '../schema.ts';

/** What these rules read of a vendor (the rest of vendorSchema is not needed). */
export interface VendorFacts {
  shortName: string;
  kind?: string;
  docsUrl?: string;
  docsHosts?: readonly string[];
  responseFields?: readonly string[];
}

export interface EntryFacts {
  filePath: string;
  /** `code`, `action` and `related` are needed only by the cross-vendor rule (relatedAdviceProblems). */
  data: Pick<CodeEntry, 'vendor' | 'category' | 'guidance' | 'descriptions'> & Partial<Pick<CodeEntry, 'code' | 'action' | 'related'>>;
  /** The entry's Markdown body; without it the body rules are skipped. */
  body?: string;
}

/** The vendor's documentation hosts: `docsHosts`, or else the host of `docsUrl`. */
export function vendorDocsHosts(vendor: VendorFacts): string[] {
  if (vendor.docsHosts?.length) return [...vendor.docsHosts];
  return vendor.docsUrl ? [new URL(vendor.docsUrl).host] : [];
}

/** True when `url` is on one of `hosts` (same host exactly; a host with a path also needs that path prefix). */
export function onDocsHost(url: string, hosts: readonly string[]): boolean {
  const { host, pathname } = new URL(url);
  return hosts.some((h) => {
    const slash = h.indexOf('/');
    if (slash < 0) return host === h;
    const prefix = h.slice(slash);
    return host === h.slice(0, slash) && (pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
  });
}

/** Layers whose codes reach the app through an SDK callback: their `responseFields` are the callback's. */
const SDK_KINDS = new Set(['push-client', 'channel-client-sdk', 'chat-sdk']);

/** A sentence that speaks of what the vendor sent back (not of the request the sender built). */
const ABOUT_RESPONSE = /\brespon(?:se|ses|ds)\b|\breturn(?:s|ed)?\b|\bcallback\b/i;

/**
 * Words a body sets in backticks in sentences about the response, outside
 * fenced code blocks (example responses). A request field that shares a name
 * with some vendor's response field (FCM's `message`, say) is not counted
 * unless the sentence is about the response.
 */
export function backtickedWords(body: string): string[] {
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const sentences = prose.split(/(?<=[.!?:])\s+|\n+/).filter((s) => ABOUT_RESPONSE.test(s));
  return sentences.flatMap((s) => [...s.matchAll(/`([^`\n]+)`/g)].map((m) => (m[1] ?? '').trim()));
}

/**
 * Problems, one line each naming the file and the field:
 * - guidance or a description `from: vendor` whose URL is not on the vendor's documentation hosts;
 * - a body naming, in a sentence about the response, a response field (any vendor's) that its own vendor does not return;
 * - a device-side code (category `client-state` at a server or channel vendor) whose body sends
 *   the reader to a field of the vendor's server response, which never carries that code.
 */
export function guidanceProblems(vendors: ReadonlyMap<string, VendorFacts>, entries: readonly EntryFacts[]): string[] {
  const problems: string[] = [];
  const anyVendorField = new Set([...vendors.values()].flatMap((v) => v.responseFields ?? []));
  for (const { filePath, data, body } of entries) {
    const vendor = vendors.get(data.vendor);
    if (!vendor) continue; // validateCatalog reports the unknown vendor
    const hosts = vendorDocsHosts(vendor);
    const where = `${vendor.shortName}'s documentation (${hosts.join(', ')})`;
    if (hosts.length && data.guidance.from === 'vendor' && data.guidance.url && !onDocsHost(data.guidance.url, hosts)) {
      problems.push(`${filePath}: guidance.url: ${data.guidance.url} is not on ${where}; credit the vendor with its own page, or mark the guidance \`from: site\``);
    }
    data.descriptions.forEach((d, i) => {
      if (hosts.length && d.from === 'vendor' && d.url && !onDocsHost(d.url, hosts)) {
        problems.push(`${filePath}: descriptions.${i}.url: ${d.url} is not on ${where}; a description from the vendor quotes the vendor's own page`);
      }
    });
    if (body === undefined) continue;
    const own = new Set(vendor.responseFields ?? []);
    const named = [...new Set(backtickedWords(body).filter((w) => anyVendorField.has(w)))];
    for (const field of named.filter((w) => !own.has(w))) {
      problems.push(`${filePath}: body: names \`${field}\`, which ${vendor.shortName} does not return (its fields: ${[...own].join(', ') || 'none listed'}); name the field this vendor uses`);
    }
    if (data.category === 'client-state' && !SDK_KINDS.has(vendor.kind ?? '')) {
      for (const field of named.filter((w) => own.has(w))) {
        problems.push(`${filePath}: body: names \`${field}\` of ${vendor.shortName}'s server response, but a client-state code reaches the app through the SDK on the device; say where the app reads it (the SDK's callback or exception)`);
      }
    }
  }
  return problems;
}

/**
 * The same situation gets the same advice at every vendor, or the page says why
 * not: when an entry relates to a code of another vendor whose action differs,
 * its body names that code in backticks (or, for a code spelt the same, names
 * the other vendor), so a reader comparing the two pages sees the reason.
 */
export function relatedAdviceProblems(vendors: ReadonlyMap<string, VendorFacts>, entries: readonly EntryFacts[]): string[] {
  const byKey = new Map(entries.filter((e) => e.data.code !== undefined).map((e) => [`${e.data.vendor}/${e.data.code}`.toLowerCase(), e]));
  const problems: string[] = [];
  for (const { filePath, data, body } of entries) {
    if (body === undefined || data.action === undefined || data.code === undefined) continue;
    for (const target of data.related ?? []) {
      const other = byKey.get(target.toLowerCase());
      if (!other || other.data.vendor === data.vendor || other.data.action === undefined || other.data.action === data.action) continue;
      const otherCode = other.data.code ?? '';
      const otherVendor = vendors.get(other.data.vendor)?.shortName ?? other.data.vendor;
      const sameSpelling = otherCode.toLowerCase() === data.code.toLowerCase();
      const says = sameSpelling ? body.includes(otherVendor) : body.includes(`\`${otherCode}\``);
      if (!says) {
        problems.push(`${filePath}: body: relates to ${otherVendor} \`${otherCode}\` (action ${other.data.action}) but advises ${data.action}; say why the advice differs, naming ${sameSpelling ? otherVendor : `\`${otherCode}\``} in the body`);
      }
    }
  }
  return problems;
}
