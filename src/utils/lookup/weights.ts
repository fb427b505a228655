/**
 * Every number that ranks the lookup's answers, in one place. Retune only with
 * `npm run bench:search` (tests/bench/README.md): the hand-written queries must
 * stay at 100% top-1. The values order readings against each other; only their
 * order and gaps matter, not their size.
 */

/** How sure the lookup is that a span of the text names a code. */
export const STRENGTH = {
  /** The whole typed query is an error name as the vendor spells it ("BadDeviceToken"): nothing is surer. */
  wholeNameExact: 10.5,
  /** The whole typed query folds to an error name ("bad device token"): just under the vendor's own spelling. */
  wholeName: 10,
  /** A name among a few typed words ("apns BadDeviceToken"): above a typed number, which many vendors share. */
  typedName: 9,
  /** A number in a short typed query ("90001"): typed on purpose, but also an HTTP status for FCM and APNs. */
  typedCode: 8,
  /** A number or name under a code key (`"ErrorCode": 90018`, `reason=…`): the body says it is the code. */
  codeKey: 6,
  /** A vendor's whole message sentence found in a paste: longer and more specific than any single key or number. */
  message: 7,
  /**
   * A number with one of its code's own texts beside it (`put(80000000, "Success")`, `80100000 部分Token发送成功`):
   * the text says what the number is, as a code key does, even where the message alone is one common word.
   */
  ownTextBeside: 6,
  /** A number under an HTTP key (`status: 503`, `HTTP/2 410`): a code only at vendors that report HTTP errors. */
  httpKey: 5,
  /** A name in a paste written as vendors write names (several words, CamelCase, UPPER_CASE): rarely prose. */
  styledName: 4,
  /** A bare number or a plain word in a paste: may be a count, a size or an English word. */
  plain: 2,
  /** Taken off a number read as the HTTP status of named errors: the code with that number comes first. */
  httpReadingPenalty: 3,
  /** Added when a name is written in exactly one vendor's case ("Unregistered" APNs, "UNREGISTERED" FCM). */
  exactCase: 0.5,
} as const;

/** How strongly the words and keys around a code point to its vendor. */
export const VENDOR_WEIGHT = {
  /** A vendor word in a typed query names the vendor outright ("honor 80300007"). */
  typedWord: 10,
  /** A vendor word right beside a code in a paste. */
  nearWord: 8,
  /** A vendor word anywhere in a paste still counts this much: a log line names its vendor once. */
  farWord: 3,
  /** Characters of distance that cost one point between nearWord and farWord (about half a log line). */
  charsPerPoint: 40,
  /** The key right before the value belongs to one vendor (`ErrorCode` server, `reason` APNs, `status` FCM). */
  ownKey: 4,
  /** A name, alias or message of this vendor appears in the paste: its wording says who wrote the text. */
  ownWording: 3,
  /** The vendor score counted into a typed group's strength is capped here, then halved (groupShare). */
  groupCap: 10,
  /** A typed vendor word lifts its group by typedWord/groupShare = 5: above a name (9) for a code (8). */
  groupShare: 2,
  /**
   * Share of a vendor word's weight that its layers get ("fcm" → FCM legacy and client, "apns" → APNs binary):
   * people name the service, not the API version. Under 1 so the named slug itself wins where both have the code.
   */
  family: 0.9,
} as const;

/**
 * Weights of the body keys that say which vendor wrote a paste (KEY_VENDORS in
 * vendor-guess.ts). Such a key only reorders vendors that have the code found.
 */
export const KEY_WEIGHT = {
  /** Only this vendor uses the key (`ErrorCode`/`ErrorInfo`: the push server). */
  unique: 4,
  /** The key is this vendor's habit, shared by few (`reason` with a CamelCase value: APNs; `googleapis`: FCM). */
  strong: 3,
  /** A common key this vendor uses (`msg`, `desc`, `trace_id`). */
  usual: 2,
  /** A key many vendors use; only breaks ties (`messageId`, `message` next to `requestId`). */
  weak: 1,
} as const;

/** A paste's tier: how a vendor the body looks like moves a group of answers. */
export const TIER = {
  /** Added to a group whose vendor the keys or words recognise. */
  supported: 1,
  /** A number found only at vendors the body does not look like (FCM's `"code": 404` is not Honor's 404): last. */
  unsupported: 1,
} as const;

/** Caps that keep a huge paste cheap. */
export const LIMITS = {
  /** Characters of a paste that are read; a log line or a response body fits many times over. */
  scanChars: 20_000,
  /** Tokens of a paste that are looked at. */
  tokens: 4_000,
  /** Distinct codes explained from one paste. */
  codes: 20,
  /** Words joined to match a spaced error name ("bad device token"). */
  nameWords: 5,
  /** Suggestions offered while typing. */
  suggestions: 8,
  /** In a paste, a bare number is a code only with this many digits or more (fewer: a count)… */
  minPlainDigits: 3,
  /** …and this many or fewer (more: an id or a timestamp). */
  maxPlainDigits: 10,
  /** A query with this many CJK characters or more is a sentence, read as pasted text, not typed words. */
  typedCjkChars: 4,
  /** A shorter bare number is read when a vendor word stands within this many characters ("oppo push failed with -1"). */
  shortCodeReach: 40,
  /** Characters either side of a number searched for its code's own message (about one line of a body). */
  ownTextReach: 80,
  /** "Did you mean" corrects only names this long (folded): on a shorter one a letter off is often another name. */
  nearMinChars: 8,
  /** Tokens written as names (CamelCase, UPPER_CASE) in a longer text that "Did you mean" compares with every name. */
  nearTokens: 8,
  /**
   * Typed words this many or more are offered only names that share one of them, in about its place (near.ts,
   * sharedWordRule): a letter off in each of two words (`invalud tokne`) then offers nothing, but names are read
   * under their words, not by length through every name of the catalogue (tests/bench/README.md, seventh pass).
   */
  nearSharedWords: 2,
  /** From this length two letters may be off (`DeviceTokenNotForTopc`), below it one (`Unregistred`). */
  nearTwoEditChars: 12,
  /**
   * A CJK wording this short is one word (成功 "success", 正常 "normal"): found inside a longer run of CJK it is part
   * of another word (发送成功 "sent successfully") and reads as a plain word, not as the vendor's message.
   */
  cjkWordChars: 2,
  /** A CJK sentence is suggested for a code whose CJK text shares this share of its character pairs (Dice). */
  cjkOverlap: 0.5,
  /**
   * An English sentence that matches nothing exactly is suggested for a code whose description or message shares
   * this share of its distinct words (Dice): a reworded copy of the vendor's sentence ("was bad" for "is invalid")
   * shares most of them; two descriptions about the same thing (token, push) share under half.
   */
  wordOverlap: 0.6,
  /** …and only for a sentence of this many distinct words or more: a few words are compared word by word instead. */
  similarWords: 6,
} as const;
