/** The whole compact index (see utils/lookup-index.ts): what word suggestions and category browsing read. */
import type { APIRoute } from 'astro';
import { compactLookupIndex } from '../../data/compact-lookup-index.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await compactLookupIndex()), { headers: { 'Content-Type': 'application/json' } });
