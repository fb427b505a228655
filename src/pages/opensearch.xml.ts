/** Lets the browser's address bar search the site. */
import type { APIRoute } from 'astro';
import { withBase } from '../utils/urls.ts';

export const GET: APIRoute = ({ site, url }) => {
  // Absolute when SITE_URL is known; otherwise root-relative, which browsers resolve against this file.
  // The absolute form is resolved from this file's own URL, which carries the base path: built
  // from BASE_URL with SITE_URL set, the template lost /docs/push/ (tests/build/site-url.test.ts).
  const path = withBase(import.meta.env.BASE_URL, '/search/');
  const search = site ? new URL('search/', new URL(url.pathname, site)).href : path;
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
