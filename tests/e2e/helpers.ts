/** Shared helpers for the browser tests. */
import { expect, type Page } from '@playwright/test';
import { BASE_PATH, BASE_PORT } from '../playwright.config.ts';

/** Origin + path of the BASE_PATH build's server. */
export const BASE_SITE = `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`;

/**
 * Fails the test if the page requests anything outside the local test
 * servers (the site must work offline, with no third party).
 */
export function forbidExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') external.push(request.url());
  });
  return external;
}

/**
 * Waits until a click or a key has taken the page to `url` and the new page's scripts have run.
 * `toHaveURL` alone matches as soon as the URL changes, before them: a key pressed then is the
 * plain page's (Enter in the header box submits the form to the search page). Module scripts
 * have run by DOMContentLoaded.
 */
export async function arrivedAt(page: Page, url: RegExp): Promise<void> {
  await expect(page).toHaveURL(url);
  await page.waitForLoadState('domcontentloaded');
}

/** Runs a search from the header box the way a person does: `/`, type, Enter. */
export async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?/);
}

/** The links of the search results, in rank order, once the search has finished. */
export async function resultLinks(page: Page): Promise<string[]> {
  await expect(page.locator('#search-status')).toHaveText(/result|Nothing found/);
  return page.locator('main #search-results > li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
