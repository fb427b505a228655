/**
 * The search-quality benchmark's queries, each with the answer a support
 * engineer expects, written by hand (not derived from the search code).
 * `expect` lists "vendor/code" permalinks (code as written in content/):
 * - unique, name, phrase, paste: expect[0] is the right answer;
 * - shared: every vendor that has the code; all of them must come before
 *   any other result. With `ordered`, expect[0] must also come first (a
 *   vendor word in the query).
 */
export type Kind = 'unique code' | 'shared code' | 'error name' | 'phrase' | 'paste';

export interface BenchQuery {
  kind: Kind;
  q: string;
  expect: string[];
  ordered?: boolean;
}

const unique = [
  'server/90001', 'server/90009', 'server/90024', 'server/90047', 'server/90051', 'server/90056', 'server/91000',
  'client/800001', 'client/800009', 'client/800016', 'client/6014', 'client/9523', 'client/70016',
  'xiaomi/1', 'xiaomi/10017', 'xiaomi/10030', 'xiaomi/66303', 'xiaomi/200001', 'xiaomi/200002',
  'huawei/-5', 'huawei/6003', 'huawei/80100016', 'huawei/80300002', 'huawei/907135000', 'huawei/907135701',
  'oppo/-2', 'oppo/11', 'oppo/13', 'oppo/33', 'oppo/55',
  'vivo/10000', 'vivo/10072', 'vivo/10103', 'vivo/10302', 'vivo/10808',
  'meizu/520', 'meizu/1003', 'meizu/110002', 'meizu/110003',
  'honor/80100000', 'honor/80300008', 'honor/80300010', 'honor/10300',
];

const shared: [string, string[], boolean?][] = [
  ['0', ['xiaomi/0', 'oppo/0', 'vivo/0']],
  ['-1', ['xiaomi/-1', 'oppo/-1']],
  ['200', ['meizu/200', 'honor/200', 'apns/200']],
  ['500', ['meizu/500', 'honor/500']],
  ['502', ['huawei/502', 'honor/502']],
  ['503', ['huawei/503', 'honor/503']],
  ['10001', ['xiaomi/10001', 'honor/10001']],
  ['10205', ['vivo/10205', 'honor/10205']],
  ['10207', ['vivo/10207', 'honor/10207']],
  ['80100003', ['huawei/80100003', 'honor/80100003']],
  ['80300007', ['huawei/80300007', 'honor/80300007']],
  ['huawei 80300007', ['huawei/80300007', 'honor/80300007'], true],
  ['honor 80300007', ['honor/80300007', 'huawei/80300007'], true],
  ['hms 80100003', ['huawei/80100003', 'honor/80100003'], true],
  ['oppo -1', ['oppo/-1', 'xiaomi/-1'], true],
  ['mipush 0', ['xiaomi/0', 'oppo/0', 'vivo/0'], true],
  ['vivo 10205', ['vivo/10205', 'honor/10205'], true],
  ['flyme 200', ['meizu/200', 'honor/200', 'apns/200'], true],
  ['apple 200', ['apns/200', 'meizu/200', 'honor/200'], true],
];

const names: [string, string][] = [
  ['INVALID_ARGUMENT', 'fcm/INVALID_ARGUMENT'],
  ['invalid argument', 'fcm/INVALID_ARGUMENT'],
  ['Invalid Argument', 'fcm/INVALID_ARGUMENT'],
  ['UNREGISTERED', 'fcm/UNREGISTERED'],
  ['unregistered', 'fcm/UNREGISTERED'],
  ['SENDER_ID_MISMATCH', 'fcm/SENDER_ID_MISMATCH'],
  ['sender id mismatch', 'fcm/SENDER_ID_MISMATCH'],
  ['QUOTA_EXCEEDED', 'fcm/QUOTA_EXCEEDED'],
  ['quota_exceeded', 'fcm/QUOTA_EXCEEDED'],
  ['quota exceeded', 'fcm/QUOTA_EXCEEDED'],
  ['UNAVAILABLE', 'fcm/UNAVAILABLE'],
  ['internal', 'fcm/INTERNAL'],
  ['BadCertificate', 'apns/BadCertificate'],
  ['bad certificate', 'apns/BadCertificate'],
  ['BadCertificateEnvironment', 'apns/BadCertificateEnvironment'],
  ['bad certificate environment', 'apns/BadCertificateEnvironment'],
  ['ExpiredProviderToken', 'apns/ExpiredProviderToken'],
  ['expired provider token', 'apns/ExpiredProviderToken'],
  ['InvalidProviderToken', 'apns/InvalidProviderToken'],
  ['invalid_provider_token', 'apns/InvalidProviderToken'],
  ['ExpiredToken', 'apns/ExpiredToken'],
  ['expired token', 'apns/ExpiredToken'],
  ['EXPIREDTOKEN', 'apns/ExpiredToken'],
  ['410', 'apns/ExpiredToken'],
  ['429', 'fcm/QUOTA_EXCEEDED'],
  ['fcm 404', 'fcm/UNREGISTERED'],
  ['firebase 503', 'fcm/UNAVAILABLE'],
];

const phrases: [string, string][] = [
  ['sensitive words', 'huawei/80100016'],
  ['withdrawal too frequent', 'server/90051'],
  ['repeated withdrawal', 'server/90050'],
  ['push times exceed the daily limit', 'server/90047'],
  ['JSON format parsing failed', 'server/90001'],
  ['MsgRandom', 'server/90005'],
  ['duplicate tags', 'server/90022'],
  ['offline message storage time', 'server/90026'],
  ['user refused push pop-up permission', 'client/800016'],
  ['create notification channel', 'client/800013'],
  ['IM account not logged in', 'client/6014'],
  ['PublicKey does not exist', 'client/70016'],
  ['invalid regid too frequently', 'xiaomi/10030'],
  ['ImeiMd5 is empty', 'xiaomi/65041'],
  ['callback URL is too long', 'xiaomi/65037'],
  ['Xiaomi ID is too long', 'xiaomi/66304'],
  ['fingerprint certificate', 'huawei/6003'],
  ['connect to HMS Core', 'huawei/907135003'],
  ['sub-user operation', 'huawei/907122069'],
  ['invalid AuthToken', 'oppo/11'],
  ['IP blocklist', 'oppo/26'],
  ['image upload exceeds the daily limit', 'oppo/34'],
  ['link jump', 'oppo/59'],
  ['profileId length', 'vivo/10092'],
  ['push channel of this application is closed', 'vivo/10043'],
  ['tag combination name already exists', 'vivo/10612'],
  ['click_action', 'vivo/10806'],
  ['message fold', 'meizu/520'],
  ['service overload', 'meizu/519'],
  ['passthrough exceeds the limit', 'meizu/110053'],
  ['duplicate token', 'honor/80300006'],
  ['receipt mismatch', 'honor/80200020'],
  ['device token has expired', 'apns/ExpiredToken'],
  ['message rate quota', 'fcm/QUOTA_EXCEEDED'],
  ['unable to process the request in time', 'fcm/UNAVAILABLE'],
  // Shorter, more generic phrases: several pages share the words, the right one says exactly this.
  ['server busy', 'meizu/1003'],
  ['system busy', 'xiaomi/10002'],
  ['traffic control', 'huawei/503'],
  ['timestamp is empty', 'honor/10001'],
  ['message body size exceeds', 'honor/80300008'],
  ['alias is empty', 'xiaomi/65012'],
  ['invalid topic', 'xiaomi/20209'],
  ['title cannot be empty', 'vivo/10055'],
  ['signature verification failed', 'oppo/16'],
  ['request expired', 'xiaomi/10037'],
  ['push token is empty', 'client/800009'],
  ['registration timeout', 'client/800008'],
  ['incorrect HTTP method', 'oppo/12'],
  ['device offline', 'xiaomi/65003'],
  ['certificate is invalid', 'apns/BadCertificate'],
  ['failed to push message', 'meizu/513'],
  ['frequent request', 'honor/503'],
  ['service not found', 'honor/404'],
  ['too many topics', 'xiaomi/65035'],
];

const pastes: [string, string][] = [
  ['{"ActionStatus":"FAIL","ErrorCode":90018,"ErrorInfo":"Number of requested accounts exceeds the limit"}', 'server/90018'],
  ['{"ActionStatus":"FAIL","ErrorInfo":"push times exceed daily limit","ErrorCode":90047}', 'server/90047'],
  ['push failed ErrorCode 90047', 'server/90047'],
  ['[2026-03-10 12:00:01.123] req=8a7d6c5b4a3f2e1d uid=100234 ts=1741600000 push failed ErrorCode 90024 retry=3', 'server/90024'],
  ['{"code":"80300007","msg":"All the tokens are invalid","requestId":"157440955549500001002006"}', 'huawei/80300007'],
  ['{"code":"80100003","msg":"Illegal payload, the message body is invalid","requestId":"157440955549500001002007"}', 'huawei/80100003'],
  ['HMS push response code 80300002 requestId=15744095554950000', 'huawei/80300002'],
  ['honor push error: {"code":80300007,"message":"ALL Push Tokens are invalid"}', 'honor/80300007'],
  ['code=80300008', 'honor/80300008'],
  ['{"reason":"ExpiredToken","timestamp":1700000000000}', 'apns/ExpiredToken'],
  ['HTTP/2 403 apns-id: 6f2c1e9a-1b2c-4d5e-8f90-a1b2c3d4e5f6 {"reason":"InvalidProviderToken"}', 'apns/InvalidProviderToken'],
  [':status 403 {"reason":"BadCertificate"}', 'apns/BadCertificate'],
  ['{"error":{"code":404,"message":"Requested entity was not found.","status":"UNREGISTERED","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNREGISTERED"}]}}', 'fcm/UNREGISTERED'],
  ['"status": "QUOTA_EXCEEDED"', 'fcm/QUOTA_EXCEEDED'],
  ['{"error":{"code":400,"message":"The registration token is not a valid FCM registration token","status":"INVALID_ARGUMENT"}}', 'fcm/INVALID_ARGUMENT'],
  ['{"result":"error","reason":"Invalid parameter value","trace_id":"Xcm52b1469234758474fQB","code":10017,"description":"invalid value"}', 'xiaomi/10017'],
  ['2026-03-10 12:00:03 WARN mipush send failed code=10030 count=3', 'xiaomi/10030'],
  ['{"result":10302,"desc":"regId is invalid"}', 'vivo/10302'],
  ['{"result":10072,"desc":"push speed is too fast"}', 'vivo/10072'],
  ['{"result":0,"desc":"request succeeded","taskId":"1234567890"}', 'vivo/0'],
  ['{"code":11,"message":"Invalid AuthToken","data":null}', 'oppo/11'],
  ['oppo push failed, code=-1, message=service unavailable', 'oppo/-1'],
  ['{"code":"110002","message":"pushId not subscribed","value":"","redirect":""}', 'meizu/110002'],
  ['flyme push returned code 520 at 2026-03-10T12:00:00Z', 'meizu/520'],
  ['onRegisterFailed errCode=800009 errMsg=push token is empty', 'client/800009'],
];

export const QUERIES: BenchQuery[] = [
  ...unique.map((id): BenchQuery => ({ kind: 'unique code', q: id.slice(id.indexOf('/') + 1), expect: [id] })),
  ...shared.map(([q, expect, ordered]): BenchQuery => ({ kind: 'shared code', q, expect, ...(ordered ? { ordered } : {}) })),
  ...names.map(([q, id]): BenchQuery => ({ kind: 'error name', q, expect: [id] })),
  ...phrases.map(([q, id]): BenchQuery => ({ kind: 'phrase', q, expect: [id] })),
  ...pastes.map(([q, id]): BenchQuery => ({ kind: 'paste', q, expect: [id] })),
];
