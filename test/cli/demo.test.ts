import { describe, expect, it } from 'vitest';
import { demoReport } from '../../src/cli/demo.js';
import { renderBlocks } from '../../src/cli/format.js';

const text = (asOf: string, locale: 'vi' | 'en') =>
  renderBlocks(demoReport(asOf as never, locale).blocks, 'table', false);

describe('demoReport', () => {
  it('an expired sample certificate is said to have expired N days ago, never "-N days left"', () => {
    // valid until 2023-12-30; 2024-05-01 is 123 days later
    const en = text('2024-05-01', 'en');
    expect(en).toContain(
      'mau-tb-2020-01 (Bánh cáy Thiên Đức, 4★, issued 2020-12-30): expired on 2024-05-01: valid until 2023-12-30, 123 days ago.',
    );
    const vi = text('2024-05-01', 'vi');
    expect(vi).toContain(
      'mau-tb-2020-01 (Bánh cáy Thiên Đức, 4★, cấp ngày 2020-12-30): hết hiệu lực vào ngày 2024-05-01: hiệu lực đến 2023-12-30, đã quá 123 ngày.',
    );
    for (const output of [en, vi]) expect(output).not.toMatch(/-\d+ (days|ngày)/);
  });
  it('a valid one counts the days left, with its status as a word of the run’s language', () => {
    expect(text('2023-12-01', 'en')).toContain(
      '4★, issued 2020-12-30): valid on 2023-12-01: valid until 2023-12-30, 29 days left.',
    );
    expect(text('2021-12-30', 'vi')).toContain(
      'cấp ngày 2020-12-30): còn hiệu lực vào ngày 2021-12-30: hiệu lực đến 2023-12-30, còn 730 ngày.',
    );
  });
});
