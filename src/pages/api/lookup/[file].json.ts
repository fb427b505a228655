/**
 * api/lookup/<file>.json on the dev server only. A build writes these files in
 * its second step, beside Pagefind (src/build/lookup-files.ts), so here they
 * have no page; `astro dev` has no second step, so it serves them from the
 * same function (src/utils/lookup-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compactLookupIndex } from '../../../data/compact-lookup-index.ts';
import { lookupFiles } from '../../../utils/lookup-files.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const files = lookupFiles(await compactLookupIndex());
  return [...files].map(([file, value]) => ({ params: { file }, props: { value } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.value), { headers: { 'Content-Type': 'application/json' } });
