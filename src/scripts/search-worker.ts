/**
 * The search page's Web Worker: runs each search (search-core.ts: the lookup's
 * index and engine, then Pagefind) off the page's main thread, so building the
 * lookup's tables and answering does not block a person scrolling or typing.
 * The page sends a request; rows come back as messages. A search the page has
 * since replaced stops early.
 */
import { runSearch, type SearchMessage, type SearchRequest } from './search-core.ts';

let latest = 0;
const send = (message: SearchMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  latest = request.id;
  runSearch(request, send, () => latest !== request.id).catch((error: unknown) => send({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }));
});
