/** The shards' manifest (see utils/lookup-shards.ts): what an exact lookup fetches first. */
import type { APIRoute } from 'astro';
import { shardedLookupIndex } from '../../../data/lookup-shards.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await shardedLookupIndex()).manifest), { headers: { 'Content-Type': 'application/json' } });
