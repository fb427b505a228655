/** Layers and codes added beyond the source document: found from real pastes, marked as from vendor docs, listed everywhere codes are. */
import { expect, test } from '@playwright/test';
import { resultLinks } from './helpers.ts';

const search = (q: string) => `search/?q=${encodeURIComponent(q)}`;

test.describe('real pastes find the added layers on the search page', () => {
  for (const [what, query, first] of [
    ['a legacy FCM send response', '{"multicast_id":5810316827628703959,"success":0,"failure":1,"canonical_ids":0,"results":[{"error":"NotRegistered"}]}', '/fcm-legacy/notregistered/'],
    ['an Android token failure', 'java.io.IOException: SERVICE_NOT_AVAILABLE at com.google.firebase.messaging.GmsRpc.handleResponse(GmsRpc.java:318)', '/fcm-client/service_not_available/'],
    ['an Admin SDK error', 'FirebaseMessagingError: Requested entity was not found. errorInfo: { code: "messaging/registration-token-not-registered" }', '/fcm/unregistered/'],
    ['a Chat login error', 'login failed, code: 70009, desc: ERR_SVR_ACCOUNT_USERSIG_MISMATCH_PUBLICKEY', '/chat-sdk/70009/'],
  ] as const) {
    test(what, async ({ page }) => {
      await page.goto(search(query));
      expect((await resultLinks(page))[0]).toBe(first);
    });
  }

  test('a Flutter Huawei error shows the wrapper and the cause inside it', async ({ page }) => {
    await page.goto(search('PlatformException(907122045, 6003: certificate fingerprint error, null, null)'));
    const links = await resultLinks(page);
    expect(links).toContain('/huawei/907122045/');
    expect(links).toContain('/huawei/6003/');
  });
});

test.describe('added codes are marked and listed like the others', () => {
  test('a permalink says the code is not in the source document and links its vendor page', async ({ page }) => {
    await page.goto('fcm-legacy/notregistered/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('NotRegistered');
    await expect(page.locator('[data-vendor-docs]')).toContainText("not in the source document: from the vendor's docs");
    await expect(page.getByRole('link', { name: 'FCM UNREGISTERED' })).toBeVisible();
  });

  test('the page of a code value lists the added layers too', async ({ page }) => {
    // 1 is a Xiaomi code and an APNs binary-interface status: a comparison page lists both.
    await page.goto('code/1/');
    await expect(page.getByRole('link', { name: 'APNs legacy binary interface' })).toHaveAttribute('href', /\/apns-binary\/1\/$/);
    await expect(page.locator('main')).toContainText('Processing error');
    // 8 is the binary interface's alone: its value page sends the reader on to the permalink.
    await page.goto('code/8/');
    await expect(page).toHaveURL(/\/apns-binary\/8\/$/);
    await expect(page.locator('main')).toContainText('Invalid token');
  });

  test('the API marks every added code as from vendor docs, with its source', async ({ request }) => {
    const api = await (await request.get('api/codes.json')).json();
    const find = (vendor: string, code: string) => api.codes.find((c: { vendor: string; code: string }) => c.vendor === vendor && c.code === code);
    for (const [vendor, code] of [['fcm-legacy', 'NotRegistered'], ['fcm-client', 'SERVICE_NOT_AVAILABLE'], ['chat-sdk', '70009'], ['apns-binary', '8'], ['huawei', '907122045'], ['vivo', '10254']]) {
      const entry = find(vendor!, code!);
      expect(entry, `${vendor}/${code}`).toMatchObject({ fromVendorDocs: true, sourceLines: [] });
      expect(entry.docsUrl).toMatch(/^https:\/\//);
    }
    expect(find('fcm-legacy', 'NotRegistered').related).toContain('/fcm/unregistered/');
    expect(find('fcm', 'UNREGISTERED').aliases.map((a: { text: string }) => a.text)).toContain('messaging/registration-token-not-registered');
    expect(find('xiaomi', '10001').fromVendorDocs).toBe(false);
  });

  test('Pagefind indexes the added pages', async ({ page }) => {
    await page.goto(search('Mismatched Sender'));
    // Full-text search loads Pagefind's index first: allow it the time a busy machine needs.
    await expect(page.locator('#search-status')).toHaveText(/result|Nothing found/, { timeout: 30_000 });
    expect(await resultLinks(page)).toContain('/fcm-legacy/mismatchsenderid/');
  });
});
