import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, ISSUE_CODES } from '../../src/core/issues.js';
import * as en from '../../src/locales/en.js';
import { ISSUE_TEXT, isLocale, localeList, LOCALES } from '../../src/locales/index.js';
import * as vi from '../../src/locales/vi.js';

describe('the registry of locales', () => {
  it('lists the default locale first, then English', () => {
    expect(LOCALES.slice(0, 2)).toEqual([DEFAULT_LOCALE, 'en']);
    expect(Object.isFrozen(LOCALES)).toBe(true);
    expect(localeList().startsWith("'vi' or 'en'")).toBe(true);
  });

  it('recognises exactly the listed locales', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    for (const value of ['fr', 'VI', '', undefined, null, 0, ['vi'], 'toString']) expect(isLocale(value)).toBe(false);
  });

  it('has an issue message table for every locale, with a message for every issue code and nothing else', () => {
    expect(Object.keys(ISSUE_TEXT)).toEqual([...LOCALES]);
    for (const locale of LOCALES) expect(Object.keys(ISSUE_TEXT[locale]).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('every locale module exports the same sections', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(vi)).toContain('issues');
  });
});
