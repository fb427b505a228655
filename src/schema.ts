/**
 * The data model: one schema for vendors and one for codes. Both the Astro
 * content collections (src/content.config.ts) and the plain-Node importer use
 * these, so a field is defined, documented and validated in one place.
 */
import { z } from 'zod';
import { ACTIONS, CATEGORIES, type Action, type Category } from './labels.ts';

/**
 * The vendor each table of the source document belongs to, in the document's
 * order (the flattened page lost the tab names, so tables map by position).
 * A fact about the document, used by the importer; a vendor is "from the
 * source document" iff it is listed here (vendorFromDocument). The site's list of vendors is
 * content/vendors/, and their display order is each vendor's `order`.
 */
export const DOCUMENT_TABLES = ['server', 'client', 'xiaomi', 'huawei', 'oppo', 'vivo', 'meizu', 'honor', 'fcm', 'apns'] as const;
export type DocumentTable = (typeof DOCUMENT_TABLES)[number];

/** A vendor slug: lower case, digits and single hyphens (`xiaomi`, `fcm-legacy`). It is the file name in content/vendors/. */
const VENDOR_SLUG_SOURCE = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
export const VENDOR_SLUG_PATTERN = new RegExp(`^${VENDOR_SLUG_SOURCE}$`);

/** A code: a (possibly negative) integer, or an error name. */
const CODE_SOURCE = '-?\\d+|[A-Za-z][A-Za-z0-9_]*';
/**
 * A code exactly as the vendor returns it: a (possibly negative) integer such
 * as `-1`, `0` or `907135000`, or an error name such as `ExpiredToken` or
 * `INVALID_ARGUMENT`. Always a string, so `0` and `-1` survive YAML.
 */
export const CODE_PATTERN = new RegExp(`^(?:${CODE_SOURCE})$`);
/** A link to another code: "vendor/code" (`server/90051`, `fcm-legacy/NotRegistered`). */
export const RELATED_PATTERN = new RegExp(`^${VENDOR_SLUG_SOURCE}/(?:${CODE_SOURCE})$`);

// Labels of categories and actions live in labels.ts (no zod there, so browser code can read them).
export { ACTIONS, CATEGORIES, CATEGORY_BADGES, type Action, type Category } from './labels.ts';

const categoryKeys = Object.keys(CATEGORIES) as [Category, ...Category[]];
const actionKeys = Object.keys(ACTIONS) as [Action, ...Action[]];

export const vendorSchema = z.object({
  /** Display name, e.g. "Huawei (HMS Push Kit)". */
  name: z.string().min(1),
  /** Short name used in badges and lists, e.g. "Huawei". */
  shortName: z.string().min(1),
  /**
   * What the layer is. The source document's tables are `push-server`, `push-client` and
   * `manufacturer-channel` (a delivery channel's current API). Layers added beyond the document:
   * `legacy-channel-api`, a delivery channel's retired API still met in old logs and SDKs (FCM
   * legacy HTTP, the APNs binary interface); `channel-client-sdk`, a delivery channel's SDK on the
   * device (the FCM Android client); `chat-sdk`, the Chat (IM) SDK that push runs on.
   */
  kind: z.enum(['push-server', 'push-client', 'manufacturer-channel', 'legacy-channel-api', 'channel-client-sdk', 'chat-sdk']),
  /** Platform the layer serves, e.g. "Android (Huawei devices)". */
  platform: z.string().min(1),
  /** The vendor's own error-code documentation. */
  docsUrl: z.httpUrl(),
  /**
   * Where the vendor's own documentation lives: hosts, each optionally with a
   * path prefix (`github.com/MEIZUPUSH`). Guidance or a description credited
   * to the vendor (`from: vendor`) must link here. Default: the host of `docsUrl`.
   */
  docsHosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'expected a host such as "developer.huawei.com", optionally with a path')).optional(),
  /**
   * Names of the fields the vendor's code and message travel in, as its docs
   * write them: the response body's fields for a server API (`code`, `msg`),
   * the callback's parameters for an SDK (`errCode`, `errMsg`). An entry's body
   * that names a field in backticks, in a sentence about the response, names one of its own vendor's. Default: none.
   */
  responseFields: z.array(z.string().min(1)).default([]),
  /**
   * Position in every list of vendors, lowest first; no two vendors share one.
   * The one home of display order. The document's vendors use 10, 20 … 100 in
   * table order, so a vendor can be placed between two without renumbering.
   */
  order: z.number().int(),
  /** Other words people use for this vendor in tickets and logs (`hms`, `mipush`, `firebase`). */
  aliases: z.array(z.string().min(1)).default([]),
});
export type Vendor = z.infer<typeof vendorSchema>;

/** One meaning of a code. A code has several when a source lists it twice or a vendor words it differently. */
export const descriptionSchema = z
  .object({
    /** The meaning: word for word from the source document; for `vendor`, the vendor's meaning quoted or closely restated. */
    text: z.string().min(1),
    /** `document`: a row of the source document; `vendor`: the vendor's own documentation. */
    from: z.enum(['document', 'vendor']),
    /** Line of the source document the row stands on (for `from: document`). */
    line: z.number().int().positive().optional(),
    /** Page of the vendor's docs the text comes from (for `from: vendor`). */
    url: z.httpUrl().optional(),
  })
  .refine((d) => (d.from === 'document' ? d.line !== undefined : d.url !== undefined), {
    message: 'a description from the document needs `line`; one from the vendor needs `url`',
  });
export type Description = z.infer<typeof descriptionSchema>;

/**
 * Another way the same error is written in logs: a vendor SDK's constant
 * (`INVALID_AUTH_TOKEN`), an older name (FCM legacy `NotRegistered`), the name
 * a popular library gives it (`invalidProviderToken`), or the spelling a vendor
 * actually sends where it differs from its docs. Found by the lookup as the
 * entry's own name is.
 */
export const aliasSchema = z.object({
  /** The spelling exactly as written by its source. */
  text: z.string().min(1),
  /** What kind of spelling it is. */
  kind: z.enum(['sdk-constant', 'legacy-name', 'library-name', 'sent-spelling']),
  /** Who writes it, e.g. "OPPO server SDK (com.oppo.push.server.Result)" or "Firebase Admin SDK (Node.js)". */
  source: z.string().min(1),
  /** Where that can be read: the vendor's page or the SDK's source file. */
  url: z.httpUrl(),
  /** How it differs from the entry's own code, when it does (e.g. "legacy HTTP API; HTTP v1 says UNREGISTERED"). Optional. */
  note: z.string().min(1).optional(),
});
export type Alias = z.infer<typeof aliasSchema>;

/**
 * Text the vendor's API or SDK returns with the code (its `message`, `msg`,
 * `desc` or `reason` text), exactly, in the vendor's own language.
 */
export const messageSchema = z.object({
  /** The message exactly as the vendor returns it. */
  text: z.string().min(1),
  /** Its language as a BCP 47 tag: `zh` for Chinese, `en` for English. */
  lang: z.string().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/, 'expected a language tag like "zh" or "en"'),
  /** Where the message can be read: the vendor's page, an SDK source file, a published response. */
  url: z.httpUrl(),
});
export type Message = z.infer<typeof messageSchema>;

export const codeSchema = z
  .object({
    /** The code exactly as the vendor returns it (see CODE_PATTERN). */
    code: z.string().regex(CODE_PATTERN, 'expected an integer like "-1" or "90001", or an error name like "ExpiredToken"'),
    /** Slug of the vendor (an entry of the vendors collection). */
    vendor: z.string().min(1),
    /** Symbolic name where the vendor has one (`INVALID_ARGUMENT`, `BadCertificate`, `SCOPE_LIST_EMPTY`). */
    name: z.string().min(1).optional(),
    /** HTTP status that comes with the code, where the vendor reports one (FCM, APNs). */
    httpStatus: z.number().int().min(100).max(599).optional(),
    /** Other spellings of this error met in logs (see aliasSchema). Default: none. */
    aliases: z.array(aliasSchema).default([]),
    /** The vendor's own message text(s) returned with this code (see messageSchema). Default: none. */
    messages: z.array(messageSchema).default([]),
    /** The meaning(s). Empty only for an entry marked `incomplete`. */
    descriptions: z.array(descriptionSchema).default([]),
    /** Lines of the source document this entry was imported from; empty for codes added from vendor docs. */
    sourceLines: z.array(z.number().int().positive()).default([]),
    /** Vendor page documenting a code the source document does not have (required when `sourceLines` is empty). */
    docsUrl: z.httpUrl().optional(),
    /** True when no text explains the code yet: the page says so plainly. */
    incomplete: z.boolean().default(false),
    /** What kind of failure this is (a key of CATEGORIES). Required: every code says what it is. */
    category: z.enum(categoryKeys),
    /** What the sender should do about it (a key of ACTIONS). Required. */
    action: z.enum(actionKeys),
    /** Whether sending the same request again, unchanged, can succeed (after a wait, if the action says so). Required. */
    retryable: z.boolean(),
    /**
     * Where the classification comes from. `vendor`: the vendor's own guidance
     * says what to do, at `url`; `site`: this site's own reading of the meaning,
     * shown as such on the page. Required.
     */
    guidance: z
      .object({ from: z.enum(['vendor', 'site']), url: z.httpUrl().optional() })
      .refine((g) => g.from === 'site' || g.url !== undefined, { message: 'guidance from the vendor needs `url`', path: ['url'] }),
    /** Related codes, as "vendor/code" (e.g. "server/90051", "fcm-legacy/NotRegistered"). */
    related: z.array(z.string().regex(RELATED_PATTERN, 'expected "vendor/code"')).default([]),
  })
  .refine((e) => e.descriptions.length > 0 || e.incomplete, {
    message: 'an entry with no description must be marked `incomplete: true`',
    path: ['descriptions'],
  })
  .refine((e) => e.sourceLines.length > 0 || e.docsUrl !== undefined, {
    message: 'an entry not imported from the source document needs `docsUrl`',
    path: ['docsUrl'],
  })
  // A reader acts on the action: a success that asks to drop the token, or a
  // retry marked not retryable, would send them two ways at once.
  .refine((e) => e.category !== 'success' || e.action === 'nothing', {
    message: 'a `success` code has action `nothing` (a partial success says what to do with the failed part in its body)',
    path: ['action'],
  })
  .refine((e) => e.action !== 'remove-token' || !e.retryable, {
    message: 'a code whose action is `remove-token` is not retryable: the same token will fail again',
    path: ['retryable'],
  })
  .refine((e) => !e.action.startsWith('retry-') || e.retryable, {
    message: `a code whose action is a retry (${actionKeys.filter((a) => a.startsWith('retry-')).join(', ')}) is retryable`,
    path: ['retryable'],
  })
  // "Retry after a wait" promises a wait someone documented; a wait the site
  // made up would be acted on as the vendor's (OPPO 13 once said so with none).
  .refine((e) => e.action !== 'retry-after-wait' || e.guidance.from === 'vendor', {
    message: 'a code whose action is `retry-after-wait` takes its wait from the vendor (guidance `from: vendor`, linking the page that gives it); where the vendor gives no wait, use `retry-backoff`',
    path: ['action'],
  });
export type CodeEntry = z.infer<typeof codeSchema>;
