/** Each code's category, action and retry by place (utils/browse-facets.ts): what category browsing on the search page reads. */
import type { APIRoute } from 'astro';
import { compactLookupIndex } from '../../../data/lookup-shards.ts';
import { buildFacets } from '../../../utils/browse-facets.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildFacets((await compactLookupIndex()).codes)), { headers: { 'Content-Type': 'application/json' } });
