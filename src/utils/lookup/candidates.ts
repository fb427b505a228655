/**
 * The codes a text may name, each with how sure the reading is (strength)
 * and how much the text points to its vendor (vendorScore). Kept once per
 * code: the strongest mention wins, the first position is kept.
 */
import { spellingsOf } from './text.ts';
import type { LookupItem, Via } from './types.ts';
import { kinship, type VendorMention } from './vendor-guess.ts';
import { STRENGTH, VENDOR_WEIGHT } from './weights.ts';

export interface Candidate {
  item: LookupItem;
  via: Via;
  match: string;
  /** How sure we are the text names a code here (STRENGTH). */
  strength: number;
  /** Position of the first mention, for reading order. */
  position: number;
  /** How much the words and keys around it point to this item's vendor (VENDOR_WEIGHT, KEY_WEIGHT). */
  vendorScore: number;
}

export interface CandidateContext {
  /** Only this vendor's codes (LookupOptions.vendor). */
  vendor?: string;
  typed: boolean;
  keyScores: Map<string, number>;
  mentions: VendorMention[];
  /** Layers and their parent vendor (Compiled.family). */
  family: Map<string, string>;
}

export class Candidates {
  readonly byItem = new Map<LookupItem, Candidate>();

  private readonly context: CandidateContext;

  // A plain field, not a parameter property: the build's second step runs this module in Node's own TypeScript (types stripped only).
  constructor(context: CandidateContext) {
    this.context = context;
  }

  get size(): number {
    return this.byItem.size;
  }

  /**
   * The vendors whose own messages, or names and aliases written exactly as
   * they write them, were found: that wording says who wrote the text, so it
   * counts for all their candidates (pastes only). Returns those vendors.
   */
  addWordingEvidence(): Set<string> {
    const vendors = new Set<string>();
    for (const c of this.byItem.values()) if (wordedReading(c) && (c.via === 'message' || ownSpelling(c))) vendors.add(c.item.vendor);
    if (this.context.typed) return vendors;
    for (const c of this.byItem.values()) if (vendors.has(c.item.vendor)) c.vendorScore += VENDOR_WEIGHT.ownWording;
    return vendors;
  }

  /**
   * `ownKey`: the vendor whose own key stands right before the value. `ownWording`: the item's own message
   * stands beside it (read.ts), which says who wrote the text.
   */
  add(item: LookupItem, via: Via, match: string, strength: number, position: number, ownKey?: string, ownWording = false): void {
    const { vendor, typed, keyScores, mentions, family } = this.context;
    if (vendor && item.vendor !== vendor) return;
    let vendorScore = keyScores.get(item.vendor) ?? 0;
    if (ownKey === item.vendor) vendorScore += VENDOR_WEIGHT.ownKey;
    if (ownWording) vendorScore += VENDOR_WEIGHT.ownWording;
    // A vendor word counts more the closer it stands to the code.
    for (const m of mentions) {
      const share = kinship(family, m.slug, item.vendor);
      if (!share) continue;
      vendorScore += share * (typed ? VENDOR_WEIGHT.typedWord : Math.max(VENDOR_WEIGHT.farWord, VENDOR_WEIGHT.nearWord - Math.abs(m.position - position) / VENDOR_WEIGHT.charsPerPoint));
    }
    const old = this.byItem.get(item);
    if (!old || strength > old.strength) {
      this.byItem.set(item, { item, via, match, strength, position: old ? Math.min(old.position, position) : position, vendorScore: Math.max(vendorScore, old?.vendorScore ?? 0) });
    }
  }
}

/**
 * A name, alias or message read as such: not a message that was only a plain word of the text (a one-word
 * CJK message inside a longer run), which says nothing about who wrote it.
 */
export function wordedReading(c: Candidate): boolean {
  return c.via === 'name' || (c.via === 'message' && c.strength > STRENGTH.plain);
}

/** The name as found is exactly the vendor's own code, name or alias ("DeviceTokenNotForTopic", not "device token not for topic"). */
function ownSpelling({ item, match }: Candidate): boolean {
  return spellingsOf(item).includes(match);
}
