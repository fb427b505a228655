/**
 * The real-text set of `npm run bench:search`: what people actually paste
 * into a support box, each case copied from a public source and never written
 * by hand. Sources: GitHub issue and pull-request threads, forum and blog
 * posts, SDK source and logs, vendor docs' example responses, found with the
 * project library's search tools (corpora issues, pages, code, docs).
 *
 * Rules (checked by tests/unit/real-pastes.test.ts where they can be):
 * - `q` is found verbatim at `source`: a contiguous excerpt of it (a log
 *   line, an exception line, a JSON body, a phrase), cut down to what a person
 *   would paste, never edited character by character. Curly quotes, odd
 *   spacing and typos stay as found.
 * - `expect` is the page that answers it, "vendor/code" as in content/codes/.
 *   Where the code has no page yet, it names the page it should have and
 *   `needs` says which work brings it; the bench counts those apart ("page
 *   not built yet") until the page exists, then normally.
 * - `kind` says what the text is: a log or exception line, a JSON (or JSON-ish)
 *   body, a phrase (a sentence or title in a person's or vendor's words), a
 *   name (an error or constant name alone), or code (source text: a constant,
 *   an enum row).
 */
export type PasteKind = 'log-line' | 'json-body' | 'phrase' | 'name' | 'code';

export interface RealPaste {
  q: string;
  expect: string;
  kind: PasteKind;
  source: string;
  /** Work that adds the expected page; counted apart while the page does not exist. */
  needs?: 'issue-9';
}

export const REAL_PASTES: RealPaste[] = [
  // FCM
  { q: "FirebaseMessagingError: Requested entity was not found.", expect: 'fcm/UNREGISTERED', kind: 'log-line', source: 'https://github.com/firebase/firebase-admin-python/issues/180' },
  { q: "FirebaseMessagingException, MessagingErrorCode: Unregistered, Message: Requested entity was not found.", expect: 'fcm/UNREGISTERED', kind: 'log-line', source: 'https://github.com/firebase/flutterfire/issues/6837' },
  { q: "{\n  \"error\": {\n    \"code\": 404,\n    \"message\": \"Requested entity was not found.\",\n    \"status\": \"NOT_FOUND\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\n        \"errorCode\": \"UNREGISTERED\"\n      }\n    ]\n  }\n}", expect: 'fcm/UNREGISTERED', kind: 'json-body', source: 'https://github.com/firebase/firebase-admin-java/issues/972' },
  { q: "UNREGISTERED (HTTP error code = 404) App instance was unregistered from FCM.", expect: 'fcm/UNREGISTERED', kind: 'phrase', source: 'https://github.com/firebase/firebase-admin-java/issues/972' },
  { q: "Firebase cloud messaging push notification token encounter an UNREGISTERED (HTTP 404)", expect: 'fcm/UNREGISTERED', kind: 'phrase', source: 'https://github.com/firebase/firebase-js-sdk/issues/7271' },
  { q: "code: 'messaging/registration-token-not-registered'", expect: 'fcm/UNREGISTERED', kind: 'log-line', source: 'https://github.com/firebase/firebase-admin-python/issues/180' },
  { q: "Error sending message { Error: Requested entity was not found.", expect: 'fcm/UNREGISTERED', kind: 'log-line', source: 'https://github.com/firebase/flutterfire/issues/2798' },
  // APNs
  { q: "publishing the message failed. code = \"400\"; error = \"DeviceTokenNotForTopic\"; device is disabled", expect: 'apns/DeviceTokenNotForTopic', kind: 'log-line', source: 'https://github.com/GetStream/stream-chat-swift/issues/3036' },
  { q: "{\"reason\":\"DeviceTokenNotForTopic\"}", expect: 'apns/DeviceTokenNotForTopic', kind: 'json-body', source: 'https://github.com/gepo/apns-http2/issues/8' },
  { q: "2020-04-10 22:51:48,802 [13121] ERROR aioapns Status of notification 3af8357b-0673-497e-9546-384953672a1b is 400 (DeviceTokenNotForTopic)", expect: 'apns/DeviceTokenNotForTopic', kind: 'log-line', source: 'https://github.com/matrix-org/sygnal/issues/102' },
  { q: "sygnal.exceptions.NotificationDispatchException: 400 DeviceTokenNotForTopic", expect: 'apns/DeviceTokenNotForTopic', kind: 'log-line', source: 'https://github.com/matrix-org/sygnal/issues/102' },
  { q: "rejectionReason='DeviceTokenNotForTopic'", expect: 'apns/DeviceTokenNotForTopic', kind: 'code', source: 'https://github.com/jchambers/pushy/issues/623' },
  { q: "400: DeviceTokenNotForTopic", expect: 'apns/DeviceTokenNotForTopic', kind: 'name', source: 'https://github.com/KnuffApp/Knuff/issues/74' },
  { q: "04-Jan-2019 17:21:07.869 SEVERE [nioEventLoopGroup-2-1] io.getlime.push.service.PushSendingWorker$1.operationComplete Notification rejected by the APNs gateway: TopicDisallowed", expect: 'apns/TopicDisallowed', kind: 'log-line', source: 'https://github.com/wultra/powerauth-push-server/issues/180' },
  // Huawei
  { q: "{“code”:“80300007\",“msg”:“All the tokens are invalid”,“requestId”:“164011770176983990000507\"}", expect: 'huawei/80300007', kind: 'json-body', source: 'https://github.com/HMS-Core/hms-flutter-plugin/issues/150' },
  { q: "getting \"907135000: arguments invalid\" error on", expect: 'huawei/907135000', kind: 'phrase', source: 'https://github.com/HMS-Core/hms-push-clientdemo-android/issues/19' },
  { q: "{statusCode: 907135003, statusMessage: null, pendingIntent: null, }", expect: 'huawei/907135003', kind: 'log-line', source: 'https://github.com/vicc1024/OnePush/issues/21' },
  { q: "[huawei_push] Can't get the token: 907135003: client api invalid", expect: 'huawei/907135003', kind: 'log-line', source: 'https://github.com/HMS-Core/hms-flutter-plugin/issues/330' },
  { q: "I/HMSSDK_TaskApiCall(10382): doExecute, uri:push.gettoken, errorCode:907135003, transactionId:104898859ttoken20220128171927641411526", expect: 'huawei/907135003', kind: 'log-line', source: 'https://github.com/HMS-Core/hms-flutter-plugin/issues/158' },
  { q: "[getToken] Error/Exception: {\"nativeStackAndroid\":[],\"userInfo\":null,\"message\":\"907135000: arguments invalid\",\"code\":\"907122045\"}", expect: 'huawei/907135000', kind: 'log-line', source: 'https://github.com/HMS-Core/hms-react-native-plugin/pull/59' },
  { q: "[getToken] Error/Exception: {\"nativeStackAndroid\":[],\"userInfo\":null,\"message\":\"907135700: get scope error\",\"code\":\"907122045\"}", expect: 'huawei/907135700', kind: 'log-line', source: 'https://github.com/HMS-Core/hms-react-native-plugin/issues/154' },
  { q: "I am getting error code 907135701 when attempting to fetch Huawei push token.", expect: 'huawei/907135701', kind: 'phrase', source: 'https://github.com/OneSignal/OneSignal-Flutter-SDK/issues/724' },
  { q: "80100017：同时发送的Topic任务超过100个。", expect: 'huawei/80100017', kind: 'phrase', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/issues/16' },
  { q: "put(80100018, \"The message body cannot pass the verification\");", expect: 'huawei/80100018', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/issues/16' },
  { q: "80300011：无权限发送高级别通知消息。", expect: 'huawei/80300011', kind: 'phrase', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/issues/16' },
  { q: "put(80600003, \"Request OAuth service failed\");", expect: 'huawei/80600003', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/issues/16' },
  // vivo
  { q: "Vivo推送提示：regId 不合法", expect: 'vivo/10302', kind: 'phrase', source: 'https://github.com/taoweiji/MixPush/issues/68' },
  // Xiaomi
  { q: "[ messageId=Xcm60262621473762966Eb errorCode=21301 reason=Invalid application secret. trace_id=Xcm60262621473762966Eb ]", expect: 'xiaomi/21301', kind: 'log-line', source: 'https://github.com/taoweiji/MixPush/issues/44' },
  { q: "Reason: AppId(id=2882303761520086841) in the blacklist, forbid to send messages", expect: 'xiaomi/10031', kind: 'log-line', source: 'https://github.com/wildfirechat/push_server/issues/35' },
  // Meizu
  { q: "BasicPushStatus{code='110003', message='非法pushId'}", expect: 'meizu/110003', kind: 'log-line', source: 'https://github.com/vicc1024/OnePush/issues/43' },
  { q: "预推失败：非法pushId", expect: 'meizu/110003', kind: 'phrase', source: 'https://github.com/MEIZUPUSH/JavaSdk/issues/16' },
  { q: "ErrorCode 110000 ErrorMessage:APPID不合法", expect: 'meizu/110000', kind: 'log-line', source: 'https://github.com/MEIZUPUSH/JavaSdk/issues/21' },
  { q: "pushMessage error code:110053 comment:透传超过限制", expect: 'meizu/110053', kind: 'log-line', source: 'https://github.com/MEIZUPUSH/JavaSdk/issues/18' },
  // Chat SDK
  { q: "/setToken failed, code -10005|descr", expect: 'chat-sdk/-10005', kind: 'log-line', source: 'https://github.com/TencentCloud/TIMSDK/issues/739' },
  { q: "[ERROR] [ios_app] Notification 3710223 failed, 400/BadDeviceToken", expect: 'apns/BadDeviceToken', kind: 'log-line', source: 'https://github.com/rpush/rpush/issues/634' },
  { q: "APNs returned HTTP 400: {\"reason\":\"BadDeviceToken\"}", expect: 'apns/BadDeviceToken', kind: 'log-line', source: 'https://github.com/STS-Rosario/carpoolear_backend/pull/334' },
  { q: "The specified device token was bad. Verify that the request contains a valid token and that the token matches the environment.", expect: 'apns/BadDeviceToken', kind: 'phrase', source: 'https://github.com/matrix-org/sygnal/issues/105' },
  { q: "400 4878166F-52D8-92F3-171C-0B09A1320665 BadDeviceToken", expect: 'apns/BadDeviceToken', kind: 'log-line', source: 'https://github.com/sideshow/apns2/issues/105' },
  // OPPO (server SDK's own enum)
  { q: 'INVALID_AUTH_TOKEN(11, "Invalid Auth Token")', expect: 'oppo/11', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'SERVICE_ERROR(-1, "Service Currently Unavailable")', expect: 'oppo/-1', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'SERVICE_FLOW_CONTROL(-2, "Service in Flow Control")', expect: 'oppo/-2', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'CALL_LIMIT_ERROR(13, "App Call Limited")', expect: 'oppo/13', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'SIGNATURE_INVALID_ERROR(16, "Invalid Signature")', expect: 'oppo/16', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'IP_BLACK_ERROR(26, "IP Black List")', expect: 'oppo/26', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'EXCEED_DAILY_LIMIT(33, "The number of messages exceeds the daily limit")', expect: 'oppo/33', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'PARAMETER_INVALID_ERROR(41, "Invalid Arguments")', expect: 'oppo/41', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: 'RESPONSE_PARSE_ERROR(-3, "Response Parse Error")', expect: 'oppo/-3', kind: 'code', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java', needs: 'issue-9' },
  { q: 'APP_KEY_INVALID_ERROR', expect: 'oppo/14', kind: 'name', source: 'https://github.com/yang66/push_server/blob/349da650195594734c4273d17298ecdae405b4c5/src/main/java/com/oppo/push/server/ReturnCode.java' },
  { q: "Notification rejected by the APNs gateway: Optional[InvalidProviderToken]", expect: 'apns/InvalidProviderToken', kind: 'log-line', source: 'https://github.com/jchambers/pushy/issues/914' },
  { q: "\"reason\": \"badRequest(APNSwift.APNSError.ResponseErrorMessage.invalidProviderToken)\"", expect: 'apns/InvalidProviderToken', kind: 'json-body', source: 'https://github.com/vapor/apns/issues/47' },
  { q: "{ reason: 'InvalidProviderToken',\n  statusCode: 403,", expect: 'apns/InvalidProviderToken', kind: 'log-line', source: 'https://github.com/AndrewBarba/apns2/issues/4' },
  { q: "{\n      \"device\": \"...\",\n      \"status\": 403,\n      \"response\": {\n        \"reason\": \"InvalidProviderToken\"\n      }\n    }", expect: 'apns/InvalidProviderToken', kind: 'json-body', source: 'https://github.com/parse-community/node-apn/issues/144' },
  { q: "Unsecured JWTs, or JWTs signed with other algorithms, are rejected, and your provider server receives the InvalidProviderToken (403) response.", expect: 'apns/InvalidProviderToken', kind: 'phrase', source: 'https://github.com/node-apn/node-apn/issues/477' },
  { q: "node-apn (2.x) get 403 ExpiredProviderToken error", expect: 'apns/ExpiredProviderToken', kind: 'phrase', source: 'https://github.com/node-apn/node-apn/issues/450' },
  { q: "If the timestamp for token issue is not within the last hour, APNs rejects subsequent push messages, returning an ExpiredProviderToken (403) error.", expect: 'apns/ExpiredProviderToken', kind: 'phrase', source: 'https://github.com/edamov/pushok/pull/125' },
  { q: "[DOTNET] FirebaseAdmin.Messaging.FirebaseMessagingException: SenderId mismatch", expect: 'fcm/SENDER_ID_MISMATCH', kind: 'log-line', source: 'https://github.com/firebase/firebase-admin-dotnet/issues/462' },
  { q: "{ \"error\": { \"code\": 403, \"message\": \"SenderId mismatch\", \"status\": \"PERMISSION_DENIED\", \"details\": [ { \"@type\": \"type.googleapis.com/google.firebase.fcm.v1.FcmError\", \"errorCode\": \"SENDER_ID_MISMATCH\" } ] } }", expect: 'fcm/SENDER_ID_MISMATCH', kind: 'json-body', source: 'https://github.com/dcai/airnotifier/issues/219' },
  { q: "[E 191217 04:38:05 fcm:111] {'error': {'code': 403, 'message': 'SenderId mismatch', 'status': 'PERMISSION_DENIED', 'details': [{'@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', 'errorCode': 'SENDER_ID_MISMATCH'}]}}", expect: 'fcm/SENDER_ID_MISMATCH', kind: 'log-line', source: 'https://github.com/dcai/airnotifier/issues/211' },
  { q: "{ code: 'messaging/mismatched-credential',message: 'SenderId mismatch' },", expect: 'fcm/SENDER_ID_MISMATCH', kind: 'log-line', source: 'https://github.com/smartnav/fcm-notification/issues/11' },
  { q: "Getting SenderIdMissmatch error when trying to send notification via FCM", expect: 'fcm/SENDER_ID_MISMATCH', kind: 'phrase', source: 'https://github.com/firebase/firebase-admin-dotnet/issues/169' },
  // FCM legacy HTTP API
  { q: "{\n  \"multicast_id\": 9024402724089112854,\n  \"success\": 0,\n  \"failure\": 1,\n  \"canonical_ids\": 0,\n  \"results\": [\n    {\n      \"error\": \"InvalidRegistration\"\n    }\n  ]\n}", expect: 'fcm-legacy/InvalidRegistration', kind: 'json-body', source: 'https://github.com/carlosCharz/FCMTest/issues/1' },
  { q: "{\"multicast_id\":8832974035271031658,\"success\":0,\"failure\":1,\"canonical_ids\":0,\"results\":[{\"error\":\"NotRegistered\"}]}", expect: 'fcm-legacy/NotRegistered', kind: 'json-body', source: 'https://github.com/phonegap/phonegap-plugin-push/issues/2205' },
  { q: "{'multicast_id': 4490969061378326571, 'success': 0, 'failure': 1, 'canonical_ids': 0, 'results': [{'error': 'InvalidRegistration'}]}", expect: 'fcm-legacy/InvalidRegistration', kind: 'log-line', source: 'https://github.com/ravishankarsingh1996/fcm-push-notification-python-script/issues/1' },
  { q: "results: [ { error: 'InvalidRegistration' } ] }", expect: 'fcm-legacy/InvalidRegistration', kind: 'log-line', source: 'https://github.com/ToothlessGear/node-gcm/issues/171' },
  { q: "+\"error\": \"MismatchSenderId\"", expect: 'fcm-legacy/MismatchSenderId', kind: 'log-line', source: 'https://github.com/Edujugon/PushNotification/issues/101' },
  { q: "'results': [{u'error': u'MismatchSenderId'}]", expect: 'fcm-legacy/MismatchSenderId', kind: 'log-line', source: 'https://github.com/xtrinch/fcm-django/issues/75' },
  { q: "If it is NotRegistered, you should remove the registration ID from your server database because the application was uninstalled from the device, or the client app isn't configured to receive messages.", expect: 'fcm-legacy/NotRegistered', kind: 'phrase', source: 'https://github.com/nandarustam/fcm-push/issues/7' },
  { q: "Don’t receive push notification on android with FCM {\"error\":\"NotRegistered\"}", expect: 'fcm-legacy/NotRegistered', kind: 'phrase', source: 'https://github.com/phonegap/phonegap-plugin-push/issues/2205' },
  { q: "错误码二:80300007,\"Token无效错误\"", expect: 'huawei/80300007', kind: 'phrase', source: 'https://codeae.com/thread-35052-1-1.html' },
  { q: "Error code 2: 80300007, \"Token invalid error\"", expect: 'huawei/80300007', kind: 'phrase', source: 'https://segmentfault.com/a/1190000042188975/en' },
  { q: "错误码一:80200001,\" Oauth认证错误\"", expect: 'huawei/80200001', kind: 'phrase', source: 'https://codeae.com/thread-35052-1-1.html' },
  { q: "Error code one: 80200001, \"Oauth authentication error\"", expect: 'huawei/80200001', kind: 'phrase', source: 'https://segmentfault.com/a/1190000042188975/en' },
  { q: "错误码四:80200003,\"Oauth Token过期\"", expect: 'huawei/80200003', kind: 'phrase', source: 'https://codeae.com/thread-35052-1-1.html' },
  { q: "错误码三:80300010,\"消息体中的Token数量不符合默认值\"", expect: 'huawei/80300010', kind: 'phrase', source: 'https://codeae.com/thread-35052-1-1.html' },
  // Meizu (server SDK's own constants)
  { q: 'SYSTEM_BUSY = valueOf(Integer.valueOf(1003), "服务器忙")', expect: 'meizu/1003', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/ErrorCode.java' },
  { q: 'INVALID_SIGN = valueOf(Integer.valueOf(1006), "签名认证失败")', expect: 'meizu/1006', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/ErrorCode.java' },
  { q: 'INVALID_APPLICATION_KEY = valueOf(Integer.valueOf(110001), "appKey不合法")', expect: 'meizu/110001', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/ErrorCode.java' },
  { q: 'UNSUBSCRIBE_PUSHID = valueOf(Integer.valueOf(110002), "pushId未注册")', expect: 'meizu/110002', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/ErrorCode.java' },
  { q: 'APP_IN_BLACK_LIST = valueOf(Integer.valueOf(110009), "应用被加入黑名单")', expect: 'meizu/110009', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/ErrorCode.java' },
  { q: 'APP_REQUEST_EXCEED_LIMIT = valueOf(Integer.valueOf(110010), "应用请求频率过快")', expect: 'meizu/110010', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/ErrorCode.java' },
  { q: 'APP_REQUEST_PUSH_LIMIT = valueOf(Integer.valueOf(110019), "超过该应用每天推送次数限制")', expect: 'meizu/110019', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/ErrorCode.java' },
  { q: 'RSP_REPEATED = valueOf("520", "消息折叠,短时间内同一设备同一消息收到多次(rsp_repeated)")', expect: 'meizu/520', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/PushResponseCode.java' },
  { q: 'RSP_OVERFLOW = valueOf("519", "服务过载(rsp_overflow)")', expect: 'meizu/519', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/PushResponseCode.java' },
  { q: 'RSP_NO_AUT = valueOf("201", "没有权限,服务器主动拒绝(rsp_no_aut)")', expect: 'meizu/201', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/PushResponseCode.java' },
  { q: 'RSP_UNSUBSCRIBE_ALIAS = valueOf("110005", "别名未订阅(un subscribe alias)")', expect: 'meizu/110005', kind: 'code', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/PushResponseCode.java' },
  { q: 'rsp_db_error', expect: 'meizu/501', kind: 'name', source: 'https://github.com/MEIZUPUSH/JavaSdk/blob/eb58cc107d4a76ce0d5770b525c7a6e49c0e4f2e/src/main/java/com/meizu/push/sdk/server/constant/PushResponseCode.java' },
  // Huawei (server demo's code table)
  { q: 'put(80100003, "Message structure error");', expect: 'huawei/80100003', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/blob/63d96aeb9111c1f3759c669df8a7bf9fb86aa6bd/src/main/java/com/huawei/push/util/ResponceCodeProcesser.java' },
  { q: 'put(80100016, "Message contians sensitive information, please check");', expect: 'huawei/80100016', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/blob/63d96aeb9111c1f3759c669df8a7bf9fb86aa6bd/src/main/java/com/huawei/push/util/ResponceCodeProcesser.java' },
  { q: 'put(80300002, "APP is forbidden to send");', expect: 'huawei/80300002', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/blob/63d96aeb9111c1f3759c669df8a7bf9fb86aa6bd/src/main/java/com/huawei/push/util/ResponceCodeProcesser.java' },
  { q: 'put(80100000, "Some tokens are right, the others are illegal");', expect: 'huawei/80100000', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/blob/63d96aeb9111c1f3759c669df8a7bf9fb86aa6bd/src/main/java/com/huawei/push/util/ResponceCodeProcesser.java' },
  { q: 'put(80300008, "The message body size exceeds the default value set by the system (4K)");', expect: 'huawei/80300008', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/blob/63d96aeb9111c1f3759c669df8a7bf9fb86aa6bd/src/main/java/com/huawei/push/util/ResponceCodeProcesser.java' },
  { q: 'put(80000000, "Success");', expect: 'huawei/80000000', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/blob/63d96aeb9111c1f3759c669df8a7bf9fb86aa6bd/src/main/java/com/huawei/push/util/ResponceCodeProcesser.java' },
  // Push server REST API, the vendor's Chinese page
  { q: 'JSON 格式解析失败,请检查请求包是否符合 JSON 规范。', expect: 'server/90001', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '请求需要 App 管理员权限。', expect: 'server/90009', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '推送过于频繁,每两次推送间隔必须大于1秒。', expect: 'server/90024', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '未开通全员/标签/单发推送功能。', expect: 'server/90045', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '推送次数超过当天限额(默认为100次)。', expect: 'server/90047', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '重复撤回,已经撤回的推送任务不能重复调用。', expect: 'server/90050', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '撤回过于频繁,撤回限频1次/s。', expect: 'server/90051', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '超过撤回有效期,撤回要求在24小时内,超过24小时的推送任务无法撤回。', expect: 'server/90052', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '全员推送的请求体过大,目前支持最大10K长度。', expect: 'server/90056', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '91000 | 服务内部错误,请重试。 |', expect: 'server/91000', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  // Push client SDK, the vendor's Chinese page
  { q: '注册推送服务,appKey 参数不合法。', expect: 'client/800001', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '注册推送服务,sdkAppId 参数不合法。', expect: 'client/800002', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '长链接建立失败。', expect: 'client/800004', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '本机通道注册推送失败后,尝试 fcm 通道注册失败。', expect: 'client/800006', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '注册推送服务超时。', expect: 'client/800008', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '注册推送 token 为空。', expect: 'client/800009', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '创建通知 channel 失败。', expect: 'client/800013', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '用户拒绝推送获取弹窗权限。', expect: 'client/800016', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: 'IM 账号未登录,请先登录后再注册推送。', expect: 'client/6014', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  { q: '70016 | 公钥不存在,UserSig 验证失败,请确认是否使用了正确的 appKey。 |', expect: 'client/70016', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/269/117847' },
  // Xiaomi's own error-code page (Chinese)
  { q: '应用在黑名单中,禁止发送消息', expect: 'xiaomi/10031', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '应用当日发送消息数量过多', expect: 'xiaomi/10034', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '参数值非法', expect: 'xiaomi/10017', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '应用的API调用太频繁', expect: 'xiaomi/10027', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '| 21302 | token认证失败 |', expect: 'xiaomi/21302', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '被限制的请求', expect: 'xiaomi/21303', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '应用程序package name不合法', expect: 'xiaomi/22022', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '发送需要审核,请及时审核', expect: 'xiaomi/26006', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '未找到device,通常是设备不在线导致。', expect: 'xiaomi/65003', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '别名在黑名单中', expect: 'xiaomi/65007', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  { q: '消息内容太长', expect: 'xiaomi/65009', kind: 'phrase', source: 'https://dev.mi.com/xiaomihyperos/documentation/detail?pId=1560' },
  // Tencent Push Notification Service's troubleshooting page: the vendor channels' own log lines
  { q: "[OtherPushHuaWeiImpl] other push huawei onConnect code:907135702", expect: 'huawei/907135702', kind: 'log-line', source: 'https://www.tencentcloud.com/zh/document/product/1024/37006' },
  { q: "[OtherPush_XG_MI] register failed, errorCode: 22022, reason: Invalid package name: com.xxx.xxx", expect: 'xiaomi/22022', kind: 'log-line', source: 'https://www.tencentcloud.com/zh/document/product/1024/37006' },
  { q: "[OtherPush_XG_MZ] onRegisterStatus BasicPushStatus{code='110000', message='appId不合法'}", expect: 'meizu/110000', kind: 'log-line', source: 'https://www.tencentcloud.com/zh/document/product/1024/37006' },
  { q: "[OtherPushOppoImpl] OppoPush Register failed, code=14, msg=INVALID_APP_KEY", expect: 'oppo/14', kind: 'log-line', source: 'https://www.tencentcloud.com/zh/document/product/1024/37006' },
  { q: "[OtherPushVivoImpl] vivoPush Register or UnRegister fail, code = 10003", expect: 'vivo/10003', kind: 'log-line', source: 'https://www.tencentcloud.com/zh/document/product/1024/37006', needs: 'issue-9' },
  { q: 'ApiClient对象无效。', expect: 'huawei/907135003', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/548/45659' },
  { q: '设备不支持荣耀推送', expect: 'honor/8001000', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/548/45659', needs: 'issue-9' },
  { q: '应用证书指纹获取失败', expect: 'honor/8001003', kind: 'phrase', source: 'https://cloud.tencent.com/document/product/548/45659', needs: 'issue-9' },
  // Xiaomi client registration, from threads
  { q: "失败原因：Invalid package name:com.text.push。", expect: 'xiaomi/22022', kind: 'phrase', source: 'https://github.com/taoweiji/MixPush/issues/88' },
  { q: "onCommandResult:OnePushCommand{type=TYPE_REGISTER, resultCode=200, token='null', extraMsg='null', error='Invalid application id: xxxxxxxx'}", expect: 'xiaomi/22006', kind: 'log-line', source: 'https://github.com/vicc1024/OnePush/issues/15' },
  { q: "vivo推送,turnOnPush状态码为10003,官方文档中没有找到对应状态码的解释", expect: 'vivo/10003', kind: 'phrase', source: 'https://github.com/YoloHuang/PushLibrary/issues/4', needs: 'issue-9' },
  { q: "{ \n    \"code\": \"80100003\", \n    \"msg\": \"Illegal payload, badge addNum value ranges from 1 to 99\", \n    \"requestId\": \"1690*******1701\" \n}", expect: 'huawei/80100003', kind: 'json-body', source: 'https://developer.huawei.com/consumer/en/doc/harmonyos-references-V13/push-scenariozed-api-response-V13/' },
  // Huawei: the React Native plugin's typings of HMS result codes
  { q: "ERROR_UNKNOWN: '907122045';", expect: 'huawei/907122045', kind: 'code', source: 'https://github.com/DefinitelyTyped/DefinitelyTyped/blob/14120ef46068bfe8a5654593e4fe20d0fb60f156/types/hmscore__react-native-hms-push/src/HmsPushResultCode.d.ts' },
  { q: "ERROR_SERVICE_NOT_AVAILABLE: '907122046';", expect: 'huawei/907122046', kind: 'code', source: 'https://github.com/DefinitelyTyped/DefinitelyTyped/blob/14120ef46068bfe8a5654593e4fe20d0fb60f156/types/hmscore__react-native-hms-push/src/HmsPushResultCode.d.ts' },
  { q: "// Push rights are not enabled. Enable the service and set push service parameters at AppGallery Connect.", expect: 'huawei/907122036', kind: 'phrase', source: 'https://github.com/DefinitelyTyped/DefinitelyTyped/blob/14120ef46068bfe8a5654593e4fe20d0fb60f156/types/hmscore__react-native-hms-push/src/HmsPushResultCode.d.ts' },
  { q: "ERROR_MAIN_THREAD = '907122050',", expect: 'huawei/907122050', kind: 'code', source: 'https://github.com/DefinitelyTyped/DefinitelyTyped/blob/14120ef46068bfe8a5654593e4fe20d0fb60f156/types/hmscore__react-native-hms-push/src/HmsPushResultCode.d.ts' },
  { q: "ERROR_AUTO_INITIALIZING: '907122054';", expect: 'huawei/907122054', kind: 'code', source: 'https://github.com/DefinitelyTyped/DefinitelyTyped/blob/14120ef46068bfe8a5654593e4fe20d0fb60f156/types/hmscore__react-native-hms-push/src/HmsPushResultCode.d.ts' },
  { q: "ERROR_CERT_FINGERPRINT_ERROR: '6003';", expect: 'huawei/6003', kind: 'code', source: 'https://github.com/DefinitelyTyped/DefinitelyTyped/blob/14120ef46068bfe8a5654593e4fe20d0fb60f156/types/hmscore__react-native-hms-push/src/HmsPushResultCode.d.ts' },
  { q: 'ERROR_SCOPE_LIST_EMPTY', expect: 'huawei/907135701', kind: 'name', source: 'https://github.com/DefinitelyTyped/DefinitelyTyped/blob/14120ef46068bfe8a5654593e4fe20d0fb60f156/types/hmscore__react-native-hms-push/src/HmsPushResultCode.d.ts' },
  { q: "hms get token failed com.huawei.hms.common.ApiException: 907122050: operation in MAIN thread prohibited", expect: 'huawei/907122050', kind: 'log-line', source: 'https://github.com/taoweiji/MixPush/issues/63' },
  { q: "HCM token get token failed, com.huawei.hms.common.ApiException: 907122036: no right", expect: 'huawei/907122036', kind: 'log-line', source: 'https://github.com/HMS-Core/hms-push-clientdemo-android/issues/10' },
  { q: '80100000 部分Token发送成功', expect: 'huawei/80100000', kind: 'phrase', source: 'https://developer.huawei.com/consumer/cn/doc/harmonyos-references/push-scenariozed-api-response' },
  // Honor client SDK constants (from a decompiled app that ships the SDK)
  { q: 'ERROR_NOT_SUPPORT_PUSH = 8001000', expect: 'honor/8001000', kind: 'code', source: 'https://github.com/lack21115/blued-7.20.6-src/blob/e78edc241b37dfdc0840b4225d271713e76a1077/com/hihonor/push/sdk/HonorPushErrorCode.java', needs: 'issue-9' },
  { q: 'public static final int ERROR_NO_TOKEN = 8001004;', expect: 'honor/8001004', kind: 'code', source: 'https://github.com/lack21115/blued-7.20.6-src/blob/e78edc241b37dfdc0840b4225d271713e76a1077/com/hihonor/push/sdk/HonorPushErrorCode.java', needs: 'issue-9' },
  // FCM: third-party auth
  { q: "SendPushNotification FirebaseMessagingError: Auth error from APNS or Web Push Service", expect: 'fcm/THIRD_PARTY_AUTH_ERROR', kind: 'log-line', source: 'https://github.com/firebase/firebase-unity-sdk/issues/840' },
  { q: "{\n  \"error\": {\n    \"code\": 401,\n    \"message\": \"Auth error from APNS or Web Push Service\",\n    \"status\": \"UNAUTHENTICATED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\n        \"errorCode\": \"THIRD_PARTY_AUTH_ERROR\"\n      }\n    ]\n  }\n}", expect: 'fcm/THIRD_PARTY_AUTH_ERROR', kind: 'json-body', source: 'https://github.com/Blackjacx/Assist/issues/6' },
  { q: "Error: Auth error from APNS or Web Push Service Raw server response: \"{\"error\":{\"code\":401,\"message\":\"Auth error from APNS or Web Push Service\",\"status\":\"UNAUTHENTICATED\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"THIRD_PARTY_AUTH_ERROR\"}]}}\"", expect: 'fcm/THIRD_PARTY_AUTH_ERROR', kind: 'log-line', source: 'https://github.com/firebase/firebase-ios-sdk/issues/5048' },
  { q: "\"details\": [{ \"@type\": \"...FcmError\", \"errorCode\": \"THIRD_PARTY_AUTH_ERROR\" }]", expect: 'fcm/THIRD_PARTY_AUTH_ERROR', kind: 'json-body', source: 'https://github.com/firebase/firebase-admin-node/issues/3215' },
  { q: "messaging/third-party-auth-error", expect: 'fcm/THIRD_PARTY_AUTH_ERROR', kind: 'name', source: 'https://github.com/firebase/firebase-admin-node/issues/3215' },
  { q: "APNS_AUTH_ERROR", expect: 'fcm/THIRD_PARTY_AUTH_ERROR', kind: 'name', source: 'https://github.com/firebase/firebase-admin-node/pull/678' },
  { q: "Auth error from APNS or Web Push Service {\"userId\":\"********\",\"exception\":\"[object] (Kreait\\\\Firebase\\\\Exception\\\\Messaging\\\\AuthenticationError(code: 0): Auth error from APNS or Web Push Service at /project/vendor/kreait/firebase-php/src/Firebase/Exception/Messaging/AuthenticationError.php:22)", expect: 'fcm/THIRD_PARTY_AUTH_ERROR', kind: 'log-line', source: 'https://github.com/beste/laravel-firebase/issues/164' },
  // FCM Android client registration
  { q: "Caused by java.io.IOException: SERVICE_NOT_AVAILABLE", expect: 'fcm-client/SERVICE_NOT_AVAILABLE', kind: 'log-line', source: 'https://github.com/firebase/firebase-android-sdk/issues/2638' },
  { q: "Unable to retrieve Firebase token! (java.io.IOException: SERVICE_NOT_AVAILABLE: unknown)", expect: 'fcm-client/SERVICE_NOT_AVAILABLE', kind: 'log-line', source: 'https://github.com/privacyidea/pi-authenticator/issues/403' },
  { q: "Error: [messaging/unknown] java.io.IOException: java.util.concurrent.ExecutionException: java.io.IOException: SERVICE_NOT_AVAILABLE", expect: 'fcm-client/SERVICE_NOT_AVAILABLE', kind: 'log-line', source: 'https://github.com/invertase/react-native-firebase/issues/6000' },
  { q: "2021-07-14 13:12:16.230 10762-11122/com.mediaindia.qleedo E/FirebaseMessaging: Topic sync or token retrieval failed on hard failure exceptions: java.util.concurrent.ExecutionException: java.io.IOException: SERVICE_NOT_AVAILABLE. Won't retry the operation.", expect: 'fcm-client/SERVICE_NOT_AVAILABLE', kind: 'log-line', source: 'https://github.com/firebase/flutterfire/issues/6607' },
  // Tencent Cloud Chat SDK (login, UserSig) met while setting up push
  { q: "code: 70009, error: UserSig verification Failed. The UserSig in use maybe generated by Secret Key from other SDKAppID. Please regenerate UserSig by Secret Key from its own SDKAppID.", expect: 'chat-sdk/70009', kind: 'log-line', source: 'https://github.com/Tencent-RTC/TUICallKit/issues/449' },
  { q: "errorInfo: UserSig verification Failed. The UserSig in use maybe generated by Secret Key from other SDKAppID. Please regenerate UserSig by Secret Key from its own SDKAppID.\n    errorCode: 70009", expect: 'chat-sdk/70009', kind: 'log-line', source: 'https://github.com/tencentyun/tls-sig-api-v2-java/issues/18' },
  { q: "Unhandled Exception: PlatformException(6206, Execution Error, userSig expired)", expect: 'chat-sdk/6206', kind: 'log-line', source: 'https://github.com/JiangJuHong/FlutterTencentImPlugin/issues/10' },
  { q: "login fail.module=IMSDK,errid=70013,errmsg=UserSig无效", expect: 'chat-sdk/70013', kind: 'log-line', source: 'https://github.com/zhaoyang21cn/iLiveSDK_iOS_Suixinbo/issues/49' },
  { q: "TIM 14:15:21.802:SignController.login failed. error: {\"message\":\"参数非法，请检查必填字段是否填充，或者字段的填充是否满足协议要求。\",\"code\":70402}", expect: 'chat-sdk/70402', kind: 'log-line', source: 'https://github.com/TencentCloud/TIMSDK/issues/996' },
  // APNs legacy binary interface
  { q: "app.ERROR: {\"command\":8,\"status\":7,\"identifier\":0}", expect: 'apns-binary/7', kind: 'log-line', source: 'https://github.com/richsage/RMSPushNotificationsBundle/issues/166' },
  { q: "Successfully push but still receive InvalidToken (error code: 8)", expect: 'apns-binary/8', kind: 'phrase', source: 'https://github.com/node-apn/node-apn/issues/43' },
  { q: "Works, but always get APNS NotificationFailureException 8 : Invalid token (Linux/Mono)", expect: 'apns-binary/8', kind: 'phrase', source: 'https://github.com/Redth/PushSharp/issues/141' },
  { q: "Server-API-0 (err): APNS Notification caused error: 8 for device", expect: 'apns-binary/8', kind: 'log-line', source: 'https://github.com/node-apn/node-apn/issues/257' },
  { q: "2014-04-30 17:27:32,336 WARNING Invalid token found. Status: 08", expect: 'apns-binary/8', kind: 'log-line', source: 'https://github.com/voyagegroup/apns-proxy-server/issues/15' },
  // FCM: invalid argument
  { q: "{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"The registration token is not a valid FCM registration token\",\n    \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\n        \"errorCode\": \"INVALID_ARGUMENT\"\n      }\n    ]\n  }\n}", expect: 'fcm/INVALID_ARGUMENT', kind: 'json-body', source: 'https://github.com/firebase/firebase-admin-java/issues/1064' },
  { q: "{'error': {'code': 400, 'message': 'The registration token is not a valid FCM registration token', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', 'errorCode': 'INVALID_ARGUMENT'}]}}", expect: 'fcm/INVALID_ARGUMENT', kind: 'log-line', source: 'https://github.com/healthjoy/async-firebase/issues/15' },
  { q: "App 3689 output:    { code: 'messaging/invalid-argument',", expect: 'fcm/INVALID_ARGUMENT', kind: 'log-line', source: 'https://github.com/zo0r/react-native-push-notification/issues/2201' },
  { q: "fcm send error: http error status: 400; reason: request contains an invalid argument; code: invalid-argument", expect: 'fcm/INVALID_ARGUMENT', kind: 'log-line', source: 'https://github.com/crow-misia/go-push-receiver/issues/2' },
  { q: "Failure sending notification to fhVLCI1cFjULfHj6PSvReux5uO63 FirebaseMessagingError: The registration token is not a valid FCM registration token", expect: 'fcm/INVALID_ARGUMENT', kind: 'log-line', source: 'https://github.com/firebase/codelab-friendlychat-web/issues/831' },
  // FCM: quota
  { q: "May 30 19:00:48 ntfy.sh ntfy[3832825]: 2022/05/30 19:00:48 error sending Firebase keepalive message to ~poll: http error status: 429; reason: messaging service quota exceeded; code: message-rate-exceeded; details: Topic quota exceeded.", expect: 'fcm/QUOTA_EXCEEDED', kind: 'log-line', source: 'https://github.com/binwiederhier/ntfy/issues/288' },
  { q: "the error code:TopicsMessageRateExceeded response", expect: 'fcm-legacy/TopicsMessageRateExceeded', kind: 'phrase', source: 'https://github.com/jlcvp/fcm-node/issues/6' },
  // vivo server API doc (a copy of vivo's own page)
  { q: '10070:发送总量超出限制', expect: 'vivo/10070', kind: 'phrase', source: 'https://app.applebyme.cn/cloud/appshangjia/2017.html' },
  { q: '出现“10252:批量发送消息体超出限制”。', expect: 'vivo/10252', kind: 'phrase', source: 'https://app.applebyme.cn/cloud/appshangjia/2017.html' },
  { q: '10254:全量发送超过次数限', expect: 'vivo/10254', kind: 'phrase', source: 'https://app.applebyme.cn/cloud/appshangjia/2017.html' },
  { q: '各接口请求体,新增appId,用于跟鉴权信息进行比对,确认是否为应用信息一致,不一致返回错误码10094', expect: 'vivo/10094', kind: 'phrase', source: 'https://app.applebyme.cn/cloud/appshangjia/2017.html' },
  { q: '{ "result": 0, "desc": "请求成功", "taskId": "12139732" }', expect: 'vivo/0', kind: 'json-body', source: 'http://www.qro.cn/post/302611.html' },
  // APNs: more reasons
  { q: "Also what does this error mean: Reason: Unregistered | Reason String: Unregistered , and how do we handle this?", expect: 'apns/Unregistered', kind: 'phrase', source: 'https://github.com/alexalok/dotAPNS/issues/43' },
  { q: "Notification can't sent - Reason : Unregistered , Status Code: 410", expect: 'apns/Unregistered', kind: 'log-line', source: 'https://github.com/node-apn/node-apn/issues/574' },
  { q: "APNS token should be removed from the db when apnsErrorStatus=410", expect: 'apns/Unregistered', kind: 'phrase', source: 'https://github.com/SkygearIO/skygear-server/issues/536' },
  { q: "I’m getting an error `response: :too_many_provider_token_updates`", expect: 'apns/TooManyProviderTokenUpdates', kind: 'phrase', source: 'https://github.com/codedge-llc/pigeon/issues/226' },
  { q: "Always failure for status: '429', response: { reason: 'TooManyProviderTokenUpdates'}", expect: 'apns/TooManyProviderTokenUpdates', kind: 'log-line', source: 'https://github.com/node-apn/node-apn/issues/590' },
  { q: "429 | TooManyProviderTokenUpdates | The provider’s authentication token is being updated too often. Update the authentication token no more than once every 20 minutes.", expect: 'apns/TooManyProviderTokenUpdates', kind: 'phrase', source: 'https://github.com/Lyle-Du/Swifty-Pusher/issues/3' },
  { q: "Exception: TooManyProviderTokenUpdates", expect: 'apns/TooManyProviderTokenUpdates', kind: 'log-line', source: 'https://github.com/Pr0Ger/PyAPNs2/issues/85' },
  { q: "Request ended with status 413 and responseData: {\"reason\":\"PayloadTooLarge \"}", expect: 'apns/PayloadTooLarge', kind: 'log-line', source: 'https://github.com/parse-community/node-apn/issues/31' },
  { q: "\"body\": \"{\\\"reason\\\":\\\"MissingTopic\\\"}\",", expect: 'apns/MissingTopic', kind: 'json-body', source: 'https://github.com/Edujugon/PushNotification/issues/170' },
  { q: "2017-08-02T22:15:24.618 [error] app@127.0.0.1  missing_topic: The apns-topic header of the request was not specified and was required. The apns-topic\nheader is mandatory when the client is connected using a certificate that supports\nmultiple topics.", expect: 'apns/MissingTopic', kind: 'log-line', source: 'https://github.com/codedge-llc/pigeon/issues/85' },
  { q: "missing_payload_size", expect: 'apns-binary/7', kind: 'name', source: 'https://github.com/inaka/apns4erl/issues/161' },
  { q: "There was an error delivering the notificaton 0: Invalid payload size", expect: 'apns-binary/7', kind: 'log-line', source: 'https://github.com/KnuffApp/Knuff/issues/16' },
  { q: "\"code\": \"80000000\",\n\"msg\": \"Success\",\n\"requestId\": \"159497776740744939000507\"", expect: 'huawei/80000000', kind: 'json-body', source: 'https://github.com/HMS-Core/hms-push-serverdemo-nodejs/issues/2' },
  // Huawei: the vendor's Chinese page of common error codes
  { q: '获取Token任务失败。', expect: 'huawei/-5', kind: 'phrase', source: 'https://developer.huawei.com/consumer/cn/doc/development/HMSCore-Guides/commonerror-0000001059816656?ha_source=hms1' },
  { q: '接口鉴权时,权限不存在。', expect: 'huawei/6004', kind: 'phrase', source: 'https://developer.huawei.com/consumer/cn/doc/development/HMSCore-Guides/commonerror-0000001059816656?ha_source=hms1' },
  { q: '下发消息给指定的用户(Token)报无权限。', expect: 'huawei/80300002', kind: 'phrase', source: 'https://developer.huawei.com/consumer/cn/doc/development/HMSCore-Guides/commonerror-0000001059816656?ha_source=hms1' },
  { q: '消息体中带有敏感词汇。', expect: 'huawei/80100016', kind: 'phrase', source: 'https://developer.huawei.com/consumer/cn/doc/development/HMSCore-Guides/commonerror-0000001059816656?ha_source=hms1' },
  { q: "data:{\"code\":\"80300007\",\"msg\":\"{\\\"illegalTokens\\\":{\\\"noRight\\\":[\\\"xxxxxx\"]},\\\"failure\\\":1}\",\"requestId\":\"xxxxx\"}", expect: 'huawei/80300007', kind: 'log-line', source: 'https://segmentfault.com/q/1010000045641160/a-1020000045641163' },
  { q: "getToken failed, com.huawei.hms.common.ApiException: 907135702: certificate fingerprint empty", expect: 'huawei/907135702', kind: 'log-line', source: 'https://github.com/alvareztech/android-notifications' },
  // FCM: internal errors
  { q: "Internal error encountered. {\"userId\":1,\"exception\":\"[object] (Kreait\\\\Firebase\\\\Exception\\\\Messaging\\\\ServerError(code: 500)", expect: 'fcm/INTERNAL', kind: 'log-line', source: 'https://github.com/beste/firebase-php/issues/355' },
  { q: "messaging/internal-error only IOS", expect: 'fcm/INTERNAL', kind: 'phrase', source: 'https://github.com/firebase/firebase-admin-node/issues/1000' },
  { q: "Something has gone wrong! {\"multicast_id\":823122373188403605,\"success\":0,\"failure\":1,\"canonical_ids\":0,\"results\":[{\"error\":\"InternalServerError\"}]}", expect: 'fcm-legacy/InternalServerError', kind: 'log-line', source: 'https://github.com/jlcvp/fcm-node/issues/99' },
  { q: "today iOS FCM push was \"error\": \"InternalServerError\",why?", expect: 'fcm-legacy/InternalServerError', kind: 'phrase', source: 'https://github.com/firebase/quickstart-ios/issues/476' },
  { q: 'put(80300013, "Invalid Receipt address");', expect: 'huawei/80300013', kind: 'code', source: 'https://github.com/HMS-Core/hms-push-serverdemo-java/issues/22', needs: 'issue-9' },
  { q: "Android 4.3.81 6012请求超时", expect: 'chat-sdk/6012', kind: 'phrase', source: 'https://github.com/TencentCloud/TIMSDK/issues/116' },
  { q: "错误码：6012 ；错误信息：tls exchange failed", expect: 'chat-sdk/6012', kind: 'log-line', source: 'https://github.com/TencentCloud/TIMSDK/issues/60' },
  { q: "发现等待一段时间后 onError 回调 code 6012 | 超时", expect: 'chat-sdk/6012', kind: 'phrase', source: 'https://github.com/TencentCloud/TIMSDK/issues/124' },
  { q: "`[getToken] Error/Exception: {\"framesToPop\": 1, \"nativeStackAndroid\": [], \"userInfo\": null, \"code\": \"907122045\", \"line\": 15, \"column\": 1745, \"sourceURL\": \"index.android.bundle\"}`", expect: 'huawei/907122045', kind: 'log-line', source: 'https://github.com/HMS-Core/hms-react-native-plugin/issues/217' },
  // FCM Android client: other registration errors
  { q: "Error: [messaging/unknown] FIS_AUTH_ERROR", expect: 'fcm-client/FIS_AUTH_ERROR', kind: 'log-line', source: 'https://github.com/invertase/react-native-firebase/issues/5781' },
  { q: "E/FirebaseRegistrationTokenHandler(27333): java.io.IOException: java.util.concurrent.ExecutionException: java.io.IOException: FIS_AUTH_ERROR", expect: 'fcm-client/FIS_AUTH_ERROR', kind: 'log-line', source: 'https://github.com/infobip/mobile-messaging-flutter-plugin/issues/22' },
  { q: "`[firebase_messaging/unknown] java.io.IOException: java.util.concurrent.ExecutionException: java.io.IOException: PHONE_REGISTRATION_ERROR\n`", expect: 'fcm-client/PHONE_REGISTRATION_ERROR', kind: 'log-line', source: 'https://github.com/firebase/flutterfire/issues/8524' },
  { q: "await firebase.messaging().getToken() - PHONE_REGISTRATION_ERROR", expect: 'fcm-client/PHONE_REGISTRATION_ERROR', kind: 'phrase', source: 'https://github.com/invertase/react-native-firebase/issues/4599' },
  { q: "Error: java.util.concurrent.ExecutionException: java.io.IOException: FIS_AUTH_ERROR", expect: 'fcm-client/FIS_AUTH_ERROR', kind: 'log-line', source: 'https://github.com/NativeScript/firebase/issues/153' },
];
