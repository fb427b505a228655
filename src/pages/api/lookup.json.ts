/** The compact index the lookup and search page load: every code, one line of meaning. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { summary } from '../../utils/catalog.ts';
import type { LookupIndex } from '../../utils/lookup.ts';

export const GET: APIRoute = async () => {
  const { vendors, codes } = await loadCatalog();
  const index: LookupIndex = {
    vendors: vendors.map((v) => ({ slug: v.id, name: v.data.shortName, aliases: v.data.aliases })),
    codes: codes.map(({ data }) => ({
      v: data.vendor,
      c: data.code,
      ...(data.name && data.name !== data.code ? { n: data.name } : {}),
      ...(data.httpStatus !== undefined ? { h: data.httpStatus } : {}),
      d: summary(data),
    })),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
