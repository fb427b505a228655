/** Lets the browser's address bar search the site. */
import type { APIRoute } from 'astro';
import { withBase } from '../utils/urls.ts';

export const GET: APIRoute = ({ site }) => {
  // Absolute when SITE_URL is known; otherwise relative to this file, which browsers resolve.
  const path = withBase(import.meta.env.BASE_URL, '/search/');
  const search = site ? new URL(path, site).href : path;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Push Error Codes</ShortName>
  <Description>Look up push service error codes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${search}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
