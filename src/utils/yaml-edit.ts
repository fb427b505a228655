/**
 * Edits top-level keys of a YAML mapping (an entry's frontmatter) and leaves
 * every other byte as it was: people write comments, blank lines, flow lists
 * and aligned notes in entry files, and a re-import must not reformat them.
 *
 * The `yaml` package's Document API holds the comments; only the text of a
 * key whose value really changes is re-printed from its edited node (so its
 * inner comments survive too, with their spacing normalised), and that text is
 * spliced into the original. Unchanged keys are never re-printed.
 * Pure: text in, text out. Used by the importer (import-entries.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, YAMLMap, type Node } from 'yaml';

/** How new or changed values are printed: no folding, `[146]` not `[ 146 ]`. */
export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * One key to set. `update` may edit the current node in place (keeping its
 * comments) and return nothing, or return a new node; it is only called when
 * `value` differs from what the file holds.
 */
export interface KeyEdit {
  key: string;
  value: unknown;
  update?: (node: Node, doc: Document) => Node | void;
}

/**
 * Sets each edit's key to its value. A missing key is inserted after the
 * nearest earlier key of `order` that the text has (or first), so new keys
 * land where people expect them. Returns the text unchanged when nothing
 * differs. Throws on YAML that does not parse, or is not a mapping.
 */
export function editYamlMap(text: string, edits: KeyEdit[], order: readonly string[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  if (doc.contents === null) return printPairs(edits.map((e) => new Pair(e.key, doc.createNode(e.value)))) + text;
  if (!isMap(doc.contents)) throw new Error('expected a mapping of fields');
  const map = doc.contents as YAMLMap<Node, Node>;
  const splices: { start: number; end: number; text: string; seq: number }[] = [];
  edits.forEach((edit, seq) => {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === edit.key);
    if (!pair) {
      const newPair = new Pair(doc.createNode(edit.key), doc.createNode(edit.value));
      const at = insertionPoint(map, edit.key, order, text);
      const lead = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
      splices.push({ start: at, end: at, text: lead + printPairs([newPair]), seq });
      return;
    }
    const current = pair.value === null ? null : (pair.value as Node).toJSON();
    if (isDeepStrictEqual(current, edit.value)) return;
    // Positions come from the source, so read them before any node is replaced.
    const start = (pair.key as Node).range![0];
    const end = pairEnd(pair, text);
    const replaced = pair.value && edit.update ? edit.update(pair.value as Node, doc) : undefined;
    if (replaced) pair.value = replaced;
    else if (!edit.update || !pair.value) pair.value = setInPlace(pair.value as Node | null, edit.value, doc);
    let printed = printPairs([pair], true);
    if (!text.slice(start, end).endsWith('\n')) printed = printed.replace(/\n$/, '');
    splices.push({ start, end, text: printed, seq });
  });
  splices.sort((a, b) => b.start - a.start || b.seq - a.seq);
  let out = text;
  for (const s of splices) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** Keeps a scalar's quoting and a list's flow style when only the value changes. */
function setInPlace(node: Node | null, value: unknown, doc: Document): Node {
  const scalarValue = value === null || typeof value !== 'object';
  if (node && isScalar(node) && scalarValue) {
    node.value = value;
    return node;
  }
  if (node && isSeq(node) && Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    node.items = value.map((v) => doc.createNode(v));
    return node;
  }
  return doc.createNode(value) as Node;
}

/** Where a pair's source text ends: its value's end, trailing comment and newline included. */
function pairEnd(pair: Pair, text: string): number {
  const value = pair.value as Node | null;
  if (value?.range) return value.range[2];
  const lineEnd = text.indexOf('\n', (pair.key as Node).range![2]);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

function insertionPoint(map: YAMLMap<Node, Node>, key: string, order: readonly string[], text: string): number {
  const earlier = order.slice(0, Math.max(0, order.indexOf(key)));
  let at = 0;
  for (const pair of map.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (earlier.includes(name)) at = pairEnd(pair, text);
  }
  return at;
}

/** Prints pairs as a block mapping; `bare` drops the comment and blank line above the key, which stay in the text. */
function printPairs(pairs: Pair[], bare = false): string {
  const tmp = new Document(null);
  const map = new YAMLMap<Node, Node>();
  for (const pair of pairs) {
    const copy = pair.clone() as Pair<Node, Node>;
    if (bare && copy.key) {
      copy.key.commentBefore = undefined;
      copy.key.spaceBefore = false;
    }
    map.items.push(copy);
  }
  tmp.contents = map;
  return tmp.toString(YAML_OPTIONS);
}
