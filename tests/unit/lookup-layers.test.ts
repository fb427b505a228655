/**
 * The layers added beyond the source document, as real pastes name them:
 * the lookup finds their codes, and a name two layers share is shown for
 * both, with the layer the surrounding words point to first.
 */
import { describe, expect, it } from 'vitest';
import { lookup, type LookupIndex } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';

const index: LookupIndex = contentIndex();
const ids = (query: string) => lookup(index, query).answers.map((a) => `${a.item.vendor}/${a.item.code}`);

describe('lookup(): pastes from the added layers find their page first', () => {
  it.each([
    ['a legacy FCM send response', '{"multicast_id":5810316827628703959,"success":0,"failure":1,"canonical_ids":0,"results":[{"error":"NotRegistered"}]}', 'fcm-legacy/NotRegistered'],
    ['an Android token failure', 'java.io.IOException: SERVICE_NOT_AVAILABLE\n\tat com.google.firebase.messaging.GmsRpc.handleResponse(GmsRpc.java:318)', 'fcm-client/SERVICE_NOT_AVAILABLE'],
    ['a Flutter token failure', 'E/flutter: [firebase_messaging/unknown] java.io.IOException: java.util.concurrent.ExecutionException: java.io.IOException: FIS_AUTH_ERROR', 'fcm-client/FIS_AUTH_ERROR'],
    ['a Chat login error', 'login failed, code: 70009, desc: ERR_SVR_ACCOUNT_USERSIG_MISMATCH_PUBLICKEY', 'chat-sdk/70009'],
    ['an APNs binary status', 'APNs binary interface error-response status 8 for notification 42', 'apns-binary/8'],
  ])('%s', (_, query, first) => expect(ids(query)[0]).toBe(first));

  it('an Admin SDK error names the HTTP v1 page its code stands for', () => {
    const answers = ids('FirebaseMessagingError: Requested entity was not found. errorInfo: { code: "messaging/registration-token-not-registered", message: "Requested entity was not found." }');
    expect(answers[0]).toBe('fcm/UNREGISTERED');
  });

  it('the old v1 name APNS_AUTH_ERROR finds THIRD_PARTY_AUTH_ERROR', () => {
    expect(ids('APNS_AUTH_ERROR')[0]).toBe('fcm/THIRD_PARTY_AUTH_ERROR');
  });

  it('reads the counts of a legacy FCM body as counts, not as codes of other vendors', () => {
    const answers = ids('{"multicast_id":1,"success":0,"failure":1,"results":[{"error":"InvalidRegistration"}]}');
    expect(answers[0]).toBe('fcm-legacy/InvalidRegistration');
  });
});

describe('lookup(): a Huawei plugin error shows the wrapper and the cause inside it', () => {
  it('reads both 907122045 and the 6003 in its message', () => {
    const answers = ids('PlatformException(907122045, 6003: certificate fingerprint error, null, null)');
    expect(answers).toContain('huawei/907122045');
    expect(answers).toContain('huawei/6003');
  });
});

describe('lookup(): InternalServerError, a name of APNs and of FCM legacy', () => {
  it('alone, shows both meanings', () => {
    expect(ids('InternalServerError').slice(0, 2).sort()).toEqual(['apns/InternalServerError', 'fcm-legacy/InternalServerError']);
  });

  it.each([
    ['a legacy FCM body', '{"multicast_id":216,"success":0,"failure":1,"results":[{"error":"InternalServerError"}]}'],
    ['registration_ids beside it', 'send failed: error=InternalServerError registration_ids=[abc]'],
    ['the word fcm in the line', 'InternalServerError returned by fcm while sending'],
  ])('with %s, puts FCM legacy first and still shows APNs', (_, query) => {
    const answers = ids(query);
    expect(answers[0]).toBe('fcm-legacy/InternalServerError');
    expect(answers).toContain('apns/InternalServerError');
  });

  it('with an APNs reason key, keeps APNs first', () => {
    expect(ids('{"reason":"InternalServerError"}')[0]).toBe('apns/InternalServerError');
  });
});
