import { describe, expect, it } from 'vitest';
import { textLang } from '../../src/utils/text-lang.ts';

describe('textLang(): Chinese text is marked zh, the rest keeps the page language', () => {
  it.each([
    ['获取Token任务失败。', 'zh'],
    ['JSON 格式解析失败,请检查请求包是否符合 JSON 规范。', 'zh'],
    ['OpenGW没有配置Permission。', 'zh'],
    ['Specified Token is invalid.', undefined],
    ['Invalid regId, 10302.', undefined],
  ])('%s → %s', (text, lang) => expect(textLang(text)).toBe(lang));
});
