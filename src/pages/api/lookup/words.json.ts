/** The word index's manifest (see utils/lookup-words.ts): what a text with no exact answer fetches next; null while the index is whole. */
import type { APIRoute } from 'astro';
import { shardedLookupIndex } from '../../../data/lookup-shards.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await shardedLookupIndex()).words), { headers: { 'Content-Type': 'application/json' } });
