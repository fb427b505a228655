import { describe, expect, it } from 'vitest';
import { editYamlMap } from '../../src/utils/yaml-edit.ts';

const ORDER = ['code', 'vendor', 'name', 'descriptions', 'sourceLines', 'incomplete'];

describe('editYamlMap(): only keys whose value changes are re-printed', () => {
  const text = [
    '# Written by hand.',
    "code: '80300007'     # quoted on purpose",
    'vendor: huawei',
    '',
    '# Where the document says it.',
    'sourceLines: [146]   # one row',
    'incomplete: false',
    'category: token-invalid   # aligned note',
    '',
  ].join('\n');

  it('returns the text byte for byte when nothing differs', () => {
    expect(editYamlMap(text, [{ key: 'code', value: '80300007' }, { key: 'sourceLines', value: [146] }], ORDER)).toBe(text);
  });

  it('keeps a flow list flow, and its comment, when its items change', () => {
    const out = editYamlMap(text, [{ key: 'sourceLines', value: [140, 141] }], ORDER);
    expect(out).toContain('# Where the document says it.\nsourceLines: [140, 141] # one row\n');
    // Every other line is as written, aligned comment and blank lines included.
    expect(out.replace(/sourceLines:.*\n/, '')).toBe(text.replace(/sourceLines:.*\n/, ''));
  });

  it('keeps a scalar quote style when its value changes', () => {
    const out = editYamlMap(text, [{ key: 'code', value: '80300008' }], ORDER);
    expect(out.split('\n')[1]).toBe("code: '80300008' # quoted on purpose");
  });

  it('inserts a missing key after the nearest earlier key of the order', () => {
    const out = editYamlMap(text, [{ key: 'name', value: 'BadToken' }], ORDER);
    expect(out.split('\n').slice(1, 4)).toEqual(["code: '80300007'     # quoted on purpose", 'vendor: huawei', 'name: BadToken']);
  });

  it('edits the last key of a text with no final newline', () => {
    expect(editYamlMap('code: "1"\nincomplete: true', [{ key: 'incomplete', value: false }], ORDER)).toBe('code: "1"\nincomplete: false');
  });

  it('inserts into an empty text', () => {
    expect(editYamlMap('', [{ key: 'code', value: '-1' }], ORDER)).toBe('code: "-1"\n');
  });

  it('lets a key edit its node in place, so comments inside a list survive', () => {
    const list = 'descriptions:\n  - text: Old.   # first\n    line: 3\n  - text: Kept.\nsourceLines: []\n';
    const out = editYamlMap(list, [{
      key: 'descriptions',
      value: [{ text: 'New.', line: 3 }, { text: 'Kept.' }],
      update: (node) => void (node as unknown as { items: { set: (k: string, v: unknown) => void }[] }).items[0]!.set('text', 'New.'),
    }], ORDER);
    expect(out).toBe('descriptions:\n  - text: New. # first\n    line: 3\n  - text: Kept.\nsourceLines: []\n');
  });

  it('refuses text that is not a YAML mapping', () => {
    expect(() => editYamlMap('code: [1\n', [], ORDER)).toThrow();
    expect(() => editYamlMap('- a\n- b\n', [], ORDER)).toThrow(/expected a mapping/);
  });
});
