/**
 * The shapes the lookup engine reads and returns. The index here uses full
 * field names; the compact keys of api/lookup.json are read and written only
 * at the JSON boundary (src/utils/lookup-index.ts).
 */
import type { Category } from '../../labels.ts';

/** One code as the lookup sees it. */
export interface LookupItem {
  /** Vendor slug. */
  vendor: string;
  /** Code as the vendor returns it. */
  code: string;
  /** Symbolic name, when it differs from the code. */
  name?: string;
  /** HTTP status, where the vendor reports one. */
  httpStatus?: number;
  /** One-line meaning. */
  meaning: string;
  /** Category (schema `category`). */
  category: string;
  /** Action (schema `action`). */
  action: string;
  /** Can the same request succeed if sent again (schema `retryable`). */
  retryable: boolean;
  /** Other spellings of the error (schema `aliases`, text only); matched as names are. */
  aliases?: string[];
  /** The vendor's own message texts (schema `messages`, text only); matched as copied text. */
  messages?: string[];
}

export interface LookupVendor {
  slug: string;
  name: string;
  aliases: string[];
}

/** What the lookup answers from: every code (or a subset of them) and every vendor. */
export interface LookupIndex {
  vendors: LookupVendor[];
  codes: LookupItem[];
}

/**
 * Why an answer matched. `code`, `name` (or alias), `http` and `message` (the
 * vendor's message or a Chinese description found in the text) are exact
 * readings; `near` (a name a letter or two off: "Did you mean"), `prefix` and
 * `words` are suggestions while typing.
 */
export type Via = 'code' | 'name' | 'http' | 'message' | 'near' | 'prefix' | 'words';

export interface Answer {
  item: LookupItem;
  via: Via;
  /** The text of the query that named it, as written (`ErrorCode":90018` → `90018`). */
  match: string;
  /** The vendor was guessed from the words or keys around the code (or named in the query). */
  likely: boolean;
  /**
   * An exact reading the text does not rule out. False for suggestions, and
   * for a code whose vendor the text's own keys, names or wording rule out
   * (Honor `404` in an FCM body): those come after every exact answer.
   */
  exact: boolean;
}

export interface LookupResult {
  answers: Answer[];
  /** Vendors the query names by word (`hms` → huawei), in the order they appear. */
  vendors: string[];
  /** The query is nothing but vendor words ("huawei", "flyme push"). */
  vendorsOnly: boolean;
  /** The query was longer than what is read (MAX_SCAN_CHARS or MAX_TOKENS). */
  truncated: boolean;
  /** The query reads as pasted text (a log line or a body with keys), not as typed words. */
  pasted: boolean;
  /** Categories the typed text names as a topic ("quota" → rate-limit), to browse across vendors. */
  topics: Category[];
}

export interface LookupOptions {
  /** Only answers of this vendor. */
  vendor?: string;
  /** Include `prefix` and `words` suggestions when nothing matches exactly. Default: true. */
  suggest?: boolean;
  /** At most this many answers. Default: 50. */
  limit?: number;
}
