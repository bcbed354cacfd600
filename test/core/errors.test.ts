import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, OcopRuleError, OcopValidationError, type Issue } from '../../src/index.js';

const ISSUE: Issue = {
  code: 'invalid_date',
  path: ['asOf'],
  params: { value: '2023-02-29' },
  message: 'Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: "2023-02-29"',
};
const ROOT: Issue = { code: 'required', path: [], params: {}, message: 'Thiếu trường bắt buộc' };

describe('error summaries', () => {
  it('default to Vietnamese, the default locale of validate', () => {
    expect(DEFAULT_LOCALE).toBe('vi');
    expect(new OcopValidationError([ISSUE, ROOT]).message).toBe(
      'Dữ liệu không hợp lệ: asOf: Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: "2023-02-29"; (gốc): Thiếu trường bắt buộc',
    );
    expect(new OcopRuleError([ISSUE]).message).toBe(
      'Điều chỉnh quy định không hợp lệ: asOf: Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: "2023-02-29"',
    );
    expect(new OcopRuleError([ROOT], 'rule-data').message).toBe(
      'Dữ liệu quy định không hợp lệ: (gốc): Thiếu trường bắt buộc',
    );
  });

  it('are English with locale en', () => {
    const en: Issue = { ...ISSUE, message: 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"' };
    expect(new OcopValidationError([en], 'en').message).toBe(
      'Invalid input: asOf: Not a real calendar date in YYYY-MM-DD form: "2023-02-29"',
    );
    expect(new OcopRuleError([en], 'override', 'en').message).toBe(
      'Invalid rule override: asOf: Not a real calendar date in YYYY-MM-DD form: "2023-02-29"',
    );
    expect(new OcopRuleError([{ ...ROOT, message: 'Required field is missing' }], 'rule-data', 'en').message).toBe(
      'Invalid rule data: (root): Required field is missing',
    );
  });

  it('spell out the first 20 issues and count the rest; issues keeps them all', () => {
    const many: Issue[] = Array.from({ length: 25 }, (_, i) => ({
      ...ROOT,
      path: ['observations', i],
      message: 'Required field is missing',
    }));
    const en = new OcopValidationError(many, 'en');
    expect(en.message.split('; ')).toHaveLength(21);
    expect(en.message.endsWith('observations.19: Required field is missing; … (+5)')).toBe(true);
    expect(new OcopValidationError(many).message.startsWith('Dữ liệu không hợp lệ: observations.0: ')).toBe(true);
    expect(en.issues).toHaveLength(25);
    expect(new OcopValidationError(many.slice(0, 20), 'en').message).not.toContain('…');
  });

  it('keep the code, the issues and their count whatever the locale', () => {
    const error = new OcopValidationError([ISSUE], 'en');
    expect([error.code, error.issues, error.params]).toEqual(['invalid_input', [ISSUE], { count: 1 }]);
  });
});
