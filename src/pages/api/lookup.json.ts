/** The compact index the lookup box, the search page and the 404 page load (see utils/lookup-index.ts). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/load-catalog.ts';
import { buildLookupIndex, toCompact } from '../../utils/lookup-index.ts';

export const GET: APIRoute = async () => {
  const { vendors, codes } = await loadCatalog();
  return new Response(JSON.stringify(toCompact(buildLookupIndex(vendors, codes))), { headers: { 'Content-Type': 'application/json' } });
};
