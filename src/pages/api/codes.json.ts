/** The machine-readable list: every code and vendor, from the same collection as the pages. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/load-catalog.ts';
import { fromVendorDocs, relatedKey, vendorFromDocument } from '../../utils/catalog-rules.ts';
import { permalinkPath, vendorPath, withBase } from '../../utils/urls.ts';

export const GET: APIRoute = async () => {
  const { vendors, codes, codesByVendor, codeByKey } = await loadCatalog();
  const base = import.meta.env.BASE_URL;
  // Root-relative URLs (with the base path): right wherever the site is hosted.
  const url = (path: string) => withBase(base, path);
  // `related` holds "vendor/code" links (checked by validateCatalog): publish them as permalinks.
  const relatedUrl = (target: string) => {
    const { data: other } = codeByKey.get(relatedKey(target))!;
    return url(permalinkPath(other.vendor, other.code));
  };
  const body = {
    vendors: vendors.map((v) => ({
      slug: v.id,
      name: v.data.name,
      kind: v.data.kind,
      // One of the source document's ten tables, or a layer added beyond it.
      fromSourceDocument: vendorFromDocument(v.id),
      platform: v.data.platform,
      docsUrl: v.data.docsUrl,
      count: codesByVendor.get(v.id)!.length,
      url: url(vendorPath(v.id)),
    })),
    codes: codes.map(({ data }) => ({
      vendor: data.vendor,
      code: data.code,
      name: data.name ?? null,
      httpStatus: data.httpStatus ?? null,
      descriptions: data.descriptions,
      incomplete: data.incomplete,
      category: data.category,
      action: data.action,
      retryable: data.retryable,
      guidance: data.guidance,
      related: data.related.map(relatedUrl),
      docsUrl: data.docsUrl ?? null,
      sourceLines: data.sourceLines,
      fromVendorDocs: fromVendorDocs(data),
      aliases: data.aliases,
      messages: data.messages,
      url: url(permalinkPath(data.vendor, data.code)),
    })),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
