/**
 * The language of a vendor's text, for the `lang` attribute that lets screen
 * readers and fonts treat it right, and for the English headline of titles
 * and tickets (catalog-rules.ts headline()). Used by Meanings.astro and
 * CodeTable.astro, whose vendor descriptions come in English or, from the
 * Chinese manufacturers' and Tencent's Chinese pages, in Chinese; the schema
 * gives descriptions no language field, so it is read from the text. Han only,
 * unlike the lookup's hasCjk(): a `lang` must not call kana or Hangul Chinese.
 */

/** Han characters (the CJK Unified Ideographs and Extension A). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** `zh` for a text with Chinese characters in it, else undefined (the page's own language). */
export function textLang(text: string): 'zh' | undefined {
  return HAN.test(text) ? 'zh' : undefined;
}
