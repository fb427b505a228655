/**
 * Which part of a vendor table cut into parts holds each code (lower-case
 * slugs, part by part): the vendor page reads it to send an old
 * `/<vendor>/#code-…` link on to the part that has the row. Only for vendors
 * whose table has parts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/load-catalog.ts';
import { codeSlug } from '../../utils/urls.ts';

export const getStaticPaths = (async () => {
  const { vendors, tablePartsByVendor } = await loadCatalog();
  return vendors
    .map((vendor) => ({ vendor: vendor.id, parts: tablePartsByVendor.get(vendor.id)! }))
    .filter(({ parts }) => parts.length > 1)
    .map(({ vendor, parts }) => ({ params: { vendor }, props: { parts: parts.map((p) => p.map((c) => codeSlug(c.data.code))) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.parts), { headers: { 'Content-Type': 'application/json' } });
