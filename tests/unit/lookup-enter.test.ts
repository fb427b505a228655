/** enterAnswer(): what Enter opens in a lookup box with nothing highlighted. */
import { describe, expect, it } from 'vitest';
import { enterAnswer, lookup } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';

const index = contentIndex();
const opened = (query: string) => {
  const a = enterAnswer(lookup(index, query, { limit: 12 }));
  return a && `${a.item.vendor}/${a.item.code}`;
};

const FCM_BODY = '{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNREGISTERED"}]}}';

describe('enterAnswer(): the one answer when the text leaves no doubt', () => {
  it.each([
    ['huawei 80300007', 'huawei/80300007'], // the named vendor, though Honor has the code too
    ['honor 80300007', 'honor/80300007'],
    ['90001', 'server/90001'], // one vendor has it
    ['BadDeviceToken', 'apns/BadDeviceToken'],
    ['{"code":"80300007","msg":"All the tokens are invalid","requestId":"1640117701769"}', 'huawei/80300007'], // Huawei's own message
    [FCM_BODY, 'fcm/UNREGISTERED'], // Honor's 404 is ruled out by the FCM keys
  ])('%s → %s', (query, id) => expect(opened(query)).toBe(id));

  it.each([
    ['80300007'], // Huawei and Honor alike
    ['410'], // two APNs reasons
    ['BadDeviceTokn'], // only "Did you mean"
    ['rate limit'], // a topic, no code
    ['fcm InternalServerError'], // FCM's legacy API and its client SDK both spell it
    ['nothing here'],
  ])('%s → the search page', (query) => expect(opened(query)).toBeUndefined());
});
