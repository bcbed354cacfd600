import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, issueMessage } from '../../src/index.js';

const SAMPLE_PARAMS = {
  key: 'colour',
  expected: 'number',
  received: 'string',
  minimum: 1,
  maximum: 100,
  inclusive: true,
  value: 'x',
  options: ['a', 'b'],
  format: 'province-code',
  example: '34',
  field: 'min',
  other: 2,
  relation: 'gte',
  previous: 'y',
  fields: ['value', 'done'],
  code: '34',
  on: '2025-07-01',
  name: 'Thái Bình',
  validFrom: null,
  validTo: '2025-06-30',
  parent: '33',
  level: 'district',
  lastDay: '2025-06-30',
  ruleSet: 'qd26-2026',
  levels: ['province', 'central'],
  setNo: 1,
  count: 26,
  criterion: '2.2',
  title: 'Đóng gói, bao bì sản phẩm',
  target: 'training',
  unit: '340',
  item: 'banh-cay',
  kind: 'share',
  date: '2020-07-01',
  first: 0,
  why: 'the law fixes it',
  id: 'hy-2026',
  stars: 4,
  points: 2,
  current: 1,
  what: 'part A maximum',
  effectiveFrom: '2026-05-22',
  effectiveTo: null,
};

describe('message catalog', () => {
  it.each(ISSUE_CODES)('%s has distinct, complete messages in vi and en', (code) => {
    const vi = issueMessage(code, SAMPLE_PARAMS, 'vi');
    const en = issueMessage(code, SAMPLE_PARAMS, 'en');
    expect(vi).not.toBe(en);
    for (const message of [vi, en]) {
      expect(message.length).toBeGreaterThan(5);
      expect(message).not.toMatch(/undefined|\[object|NaN/);
    }
  });

  it('names the unit and its period when a unit is not in force', () => {
    expect(
      issueMessage(
        'unit_not_in_force',
        { code: '34', name: 'Thái Bình', on: '2025-07-01', validFrom: null, validTo: '2025-06-30' },
        'en',
      ),
    ).toBe('Administrative unit "34" ("Thái Bình") is not in force on "2025-07-01"; it exists until "2025-06-30"');
  });

  it('words union types in each language', () => {
    expect(issueMessage('invalid_type', { expected: 'number | string', received: 'boolean' }, 'vi')).toBe(
      'Phải là số hoặc chuỗi ký tự, nhận được giá trị đúng/sai',
    );
  });
});
