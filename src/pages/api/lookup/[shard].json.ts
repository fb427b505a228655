/** One shard of the lookup index (see utils/lookup-shards.ts), named by its number. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardedLookupIndex } from '../../../data/lookup-shards.ts';

export const getStaticPaths = (async () => {
  const { shards } = await shardedLookupIndex();
  return shards.map((records, n) => ({ params: { shard: String(n) }, props: { records } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.records), { headers: { 'Content-Type': 'application/json' } });
