import { describe, expect, it } from 'vitest';
import { daysLeftText, minimaText, yesNo } from '../../src/cli/text.js';
import { localeOfArgs, UsageError } from '../../src/cli/usage-error.js';

describe('UsageError', () => {
  it('is written from the catalogue in the locale asked for; its message is the English sentence', () => {
    const error = new UsageError((t) => t.usage.missingArgument(t.args.planFile));
    expect(error.message).toBe('missing argument <plan-file>');
    expect(error.text('en')).toBe('missing argument <plan-file>');
    expect(error.text('vi')).toBe('thiếu tham số <tệp-kế-hoạch>');
  });

  it('passes the locale to the writer (sentences built from other catalogue sections)', () => {
    const error = new UsageError((_, locale) => `[${locale}]`);
    expect([error.message, error.text('vi')]).toEqual(['[en]', '[vi]']);
  });
});

describe('localeOfArgs', () => {
  it('reads --locale X and --locale=X, the last one winning; anything not a locale is Vietnamese', () => {
    expect(localeOfArgs([])).toBe('vi');
    expect(localeOfArgs(['demo', '--locale', 'en'])).toBe('en');
    expect(localeOfArgs(['--locale=en', 'demo'])).toBe('en');
    expect(localeOfArgs(['--locale=en', '--locale', 'fr'])).toBe('vi');
    expect(localeOfArgs(['--locale', 'vi', '--locale=en'])).toBe('en');
    expect(localeOfArgs(['--locale'])).toBe('vi');
  });
});

describe('words of the command', () => {
  it('days left or past, singular and plural in English, never negative', () => {
    expect(daysLeftText(1, 'en')).toBe('1 day left');
    expect(daysLeftText(0, 'en')).toBe('0 days left');
    expect(daysLeftText(-1, 'en')).toBe('1 day ago');
    expect(daysLeftText(-12, 'en')).toBe('12 days ago');
    expect(daysLeftText(30, 'vi')).toBe('còn 30 ngày');
    expect(daysLeftText(-3, 'vi')).toBe('đã quá 3 ngày');
  });

  it('minima: how a council meets them and what an unmet one does, or a dash without minima', () => {
    expect(minimaText({ exist: true, council: 'all', policy: 'reject' }, 'en')).toBe(
      'met when every sheet meets them; unmet means not recognised',
    );
    expect(minimaText({ exist: true, council: 'majority', policy: 'cap' }, 'vi')).toBe(
      'đạt khi quá nửa số phiếu đạt; chưa đạt thì hạ số sao',
    );
    expect(minimaText({ exist: false, council: 'majority', policy: 'cap' }, 'en')).toBe('—');
    expect([yesNo(true, 'vi'), yesNo(false, 'en')]).toEqual(['có', 'no']);
  });
});
