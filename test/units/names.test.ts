import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isWithin } from '../../src/core/dates.js';
import { OcopError } from '../../src/core/errors.js';
import type { AdminUnitRecord } from '../../src/model/admin-units/data/types.js';
import { findUnitsByName, normalizeUnitName, parseUnitName } from '../../src/units/names.js';
import { unitIndex } from '../../src/units/tables.js';

const codes = (units: readonly AdminUnitRecord[]) => units.map((unit) => unit.code);

/** The OcopError `fn` throws (fails the test when it throws nothing or something else). */
function thrown(fn: () => unknown): OcopError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(OcopError);
    return error as OcopError;
  }
  throw new Error('expected an OcopError, nothing was thrown');
}

describe('normalizeUnitName', () => {
  it('lower-cases NFC text, in any capitals', () => {
    expect(normalizeUnitName('ĐÔNG HƯNG')).toBe('đông hưng');
    expect(normalizeUnitName('Thị Xã Việt Yên')).toBe('thị xã việt yên');
    // decomposed input (as some spreadsheets store it) gives the same key
    expect(normalizeUnitName('Đông Hưng'.normalize('NFD'))).toBe('đông hưng');
  });

  it('puts the tone mark of oa, oe and uy on one vowel, both styles to the same key', () => {
    const pairs = [
      ['Hòa', 'Hoà'],
      ['Thủy', 'Thuỷ'],
      ['khỏe', 'khoẻ'],
      ['Họa', 'Hoạ'],
      ['Thúy', 'Thuý'],
      ['Thụy', 'Thuỵ'],
      ['Xõa', 'Xoã'],
      ['Tỏa', 'Toả'],
      ['Hòe', 'Hoè'],
    ] as const;
    for (const [old, modern] of pairs) {
      expect(normalizeUnitName(old)).toBe(normalizeUnitName(modern));
      expect(normalizeUnitName(old)).toBe(modern.toLowerCase());
    }
    // the same move inside longer syllables and words
    expect(normalizeUnitName('Hòang Mai')).toBe('hoàng mai');
    expect(normalizeUnitName('Khánh Hòa')).toBe('khánh hoà');
    expect(normalizeUnitName('qùy')).toBe('quỳ');
  });

  it('leaves other vowels alone: ô, ơ, ư and marks already on the main vowel', () => {
    expect(normalizeUnitName('Hồ Chí Minh')).toBe('hồ chí minh');
    expect(normalizeUnitName('Cửa Nam')).toBe('cửa nam');
    expect(normalizeUnitName('Quỳnh Lưu')).toBe('quỳnh lưu');
    expect(normalizeUnitName('Thuận Hoà')).toBe('thuận hoà');
    expect(normalizeUnitName('Hoằng Hóa')).toBe('hoằng hoá');
    expect(normalizeUnitName('Hoài Đức')).toBe('hoài đức');
  });

  it('reads every apostrophe as one, without spaces beside it', () => {
    const key = "ea h'leo";
    for (const written of [
      "Ea H'Leo",
      'Ea H’Leo',
      'Ea H‘Leo',
      'Ea HʼLeo',
      'Ea H`Leo',
      'Ea H´Leo',
      'Ea H′Leo',
      "Ea H' Leo",
    ])
      expect(normalizeUnitName(written)).toBe(key);
  });

  it('collapses whitespace and reads dots, commas and hyphens as spaces', () => {
    expect(normalizeUnitName('  Cò  Nòi\t')).toBe('cò nòi');
    expect(normalizeUnitName('Phan Rang-Tháp Chàm')).toBe('phan rang tháp chàm');
    expect(normalizeUnitName('Bà Rịa – Vũng Tàu')).toBe('bà rịa vũng tàu');
    expect(normalizeUnitName('TP.Huế, ')).toBe('tp huế');
  });

  it('drops leading zeros of numbers, not the number zero', () => {
    expect(normalizeUnitName('Phường 04')).toBe('phường 4');
    expect(normalizeUnitName('04')).toBe(normalizeUnitName('4'));
    expect(normalizeUnitName('Hà Giang 1')).toBe('hà giang 1');
    expect(normalizeUnitName('10')).toBe('10');
    expect(normalizeUnitName('0')).toBe('0');
    expect(normalizeUnitName('007')).toBe('7');
  });

  it('keeps the type prefix', () => {
    expect(normalizeUnitName('Huyện Đông Hưng')).toBe('huyện đông hưng');
  });

  it('with diacritics ignored, drops every mark and reads đ as d', () => {
    expect(normalizeUnitName('Đông Hưng', { diacritics: 'ignore' })).toBe('dong hung');
    expect(normalizeUnitName('Hoằng Hóa', { diacritics: 'ignore' })).toBe('hoang hoa');
    expect(normalizeUnitName("Đắk R'Lấp", { diacritics: 'ignore' })).toBe("dak r'lap");
    expect(normalizeUnitName('Dong Hung', { diacritics: 'ignore' })).toBe('dong hung');
    expect(normalizeUnitName('Đông Hưng', { diacritics: 'match' })).toBe('đông hưng');
  });

  it('throws invalid_input for a non-string and for bad options', () => {
    for (const value of [undefined, null, 42, ['Hòa'], { name: 'Hòa' }]) {
      const error = thrown(() => normalizeUnitName(value as never));
      expect(error.code).toBe('invalid_input');
    }
    expect(thrown(() => normalizeUnitName('Hòa', { accents: 'ignore' } as never)).message).toContain('"accents"');
    expect(thrown(() => normalizeUnitName('Hòa', { diacritics: 'strip' } as never)).code).toBe('invalid_input');
    expect(thrown(() => normalizeUnitName('Hòa', null as never)).code).toBe('invalid_input');
  });
});

describe('parseUnitName', () => {
  const cases = [
    ['Tỉnh Thái Bình', 'Thái Bình', ['tỉnh']],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', ['thành phố', 'thành phố trực thuộc trung ương']],
    ['TP Huế', 'Huế', ['thành phố', 'thành phố trực thuộc trung ương']],
    ['TP.Huế', 'Huế', ['thành phố', 'thành phố trực thuộc trung ương']],
    ['Thị Xã Việt Yên', 'Việt Yên', ['thị xã']],
    ['tx. Việt Yên', 'Việt Yên', ['thị xã']],
    ['Thị trấn Đông Hưng', 'Đông Hưng', ['thị trấn']],
    ['TT Đông Hưng', 'Đông Hưng', ['thị trấn']],
    ['Huyện Đông Hưng', 'Đông Hưng', ['huyện']],
    ['HUYỆN  Đông Hưng', 'Đông Hưng', ['huyện']],
    ['H. Đông Hưng', 'Đông Hưng', ['huyện']],
    ['Quận 5', '5', ['quận']],
    ['Q.5', '5', ['quận']],
    ['Xã Nội Bài', 'Nội Bài', ['xã']],
    ['X. Nội Bài', 'Nội Bài', ['xã']],
    ['Phường 04', '04', ['phường']],
    ['P.4', '4', ['phường']],
    ['Đặc khu Phú Quốc', 'Phú Quốc', ['đặc khu']],
    ['  Phường Phường Đúc ', 'Phường Đúc', ['phường']],
  ] as const;

  it.each(cases)('%s → %s', (text, name, types) => {
    expect(parseUnitName(text)).toEqual({ name, types });
  });

  it('reads a prefix in either tone-mark style and as decomposed text', () => {
    expect(parseUnitName('Huyện Đông Hưng'.normalize('NFD'))).toEqual({ name: 'Đông Hưng', types: ['huyện'] });
  });

  it('strips nothing when there is no prefix, or when the prefix would leave nothing', () => {
    expect(parseUnitName('Đông Hưng')).toEqual({ name: 'Đông Hưng', types: [] });
    expect(parseUnitName('Phường')).toEqual({ name: 'Phường', types: [] });
    expect(parseUnitName('Thành phố')).toEqual({ name: 'Thành phố', types: [] });
    expect(parseUnitName('Huyện.')).toEqual({ name: 'Huyện.', types: [] });
    // a one-letter abbreviation needs its dot; a word that only starts like a prefix is no prefix
    expect(parseUnitName('H Đông Hưng')).toEqual({ name: 'H Đông Hưng', types: [] });
    expect(parseUnitName('Xuân Hòa')).toEqual({ name: 'Xuân Hòa', types: [] });
    expect(parseUnitName('Tịnh Biên')).toEqual({ name: 'Tịnh Biên', types: [] });
    // without diacritics a prefix word is not read as one (findUnitsByName does so when diacritics are ignored)
    expect(parseUnitName('Huyen Dong Hung')).toEqual({ name: 'Huyen Dong Hung', types: [] });
  });

  it('throws invalid_input for a non-string', () => {
    expect(thrown(() => parseUnitName(7 as never)).code).toBe('invalid_input');
  });
});

describe('findUnitsByName', () => {
  it('matches either tone-mark style to both styles in the data', () => {
    // 01654 (Cao Bằng) and 31393 (Cần Thơ) are written "Hòa An", 02353 (Tuyên Quang) "Hoà An"
    expect(codes(findUnitsByName('Hòa An', { on: '2025-07-01' }))).toEqual(['01654', '02353', '31393']);
    expect(codes(findUnitsByName('Hoà An', { on: '2025-07-01' }))).toEqual(['01654', '02353', '31393']);
    expect(codes(findUnitsByName('Hoà An', { on: '2025-07-01', within: '08' }))).toEqual(['02353']);
    expect(codes(findUnitsByName('Trung Hòa', { on: '2020-07-15' }))).toEqual([
      '00175', // written "Trung Hoà"
      '01948', // "Trung Hoà"
      '02347', // "Trung Hòa"
      '10051',
      '12085',
      '26281', // "Trung Hoà"
      '28597',
    ]);
  });

  it('matches apostrophes of any kind, and a space after one', () => {
    for (const name of ["Ea H'Leo", 'Ea H’Leo', 'EA H’LEO']) {
      expect(codes(findUnitsByName(name, { on: '2020-07-15' }))).toEqual(['645', '24184']);
      expect(codes(findUnitsByName(name, { on: '2025-07-01' }))).toEqual(['24184']);
    }
    // the district is written "Ia H' Drai" in the list
    expect(codes(findUnitsByName('Huyện Ia H’Drai', { on: '2020-07-15' }))).toEqual(['618']);
  });

  it('ignores case, spacing and odd capitals', () => {
    expect(codes(findUnitsByName('  đông   HƯNG ', { on: '2020-07-15', level: 'district' }))).toEqual(['340']);
    expect(codes(findUnitsByName('Thị Xã Việt Yên', { on: '2025-01-01' }))).toEqual(['222']);
  });

  it('with a prefix, keeps only the types it may mean', () => {
    expect(codes(findUnitsByName('Huyện Đông Hưng', { on: '2020-07-15' }))).toEqual(['340']);
    expect(codes(findUnitsByName('Thị trấn Đông Hưng', { on: '2020-07-15' }))).toEqual(['12688']);
    expect(codes(findUnitsByName('Đông Hưng', { on: '2020-07-15' }))).toEqual([
      '340',
      '07450',
      '11815',
      '12688',
      '31033',
      '32142',
    ]);
    // no districts after 2025-06-30; 12688 is a xã of the new Hưng Yên from 2025-07-01
    expect(codes(findUnitsByName('Huyện Đông Hưng', { on: '2025-07-01' }))).toEqual([]);
    expect(codes(findUnitsByName('Xã Đông Hưng', { on: '2025-07-01' }))).toEqual(['12688', '31036']);
    // Việt Yên was a huyện until 2024-01-31 and a thị xã from 2024-02-01
    expect(codes(findUnitsByName('Huyện Việt Yên', { on: '2024-01-31' }))).toEqual(['222']);
    expect(codes(findUnitsByName('Huyện Việt Yên', { on: '2024-02-01' }))).toEqual([]);
    // "Thành phố" may mean a centrally run city (a province)
    expect(codes(findUnitsByName('Thành phố Hồ Chí Minh', { on: '2025-07-01' }))).toEqual(['79']);
    expect(codes(findUnitsByName('Tỉnh Hồ Chí Minh', { on: '2025-07-01' }))).toEqual([]);
  });

  it('finds a unit by its full official name when the short name starts with a type word', () => {
    // 19780's short name is "Phường Đúc"
    expect(codes(findUnitsByName('Phường Phường Đúc', { on: '2020-07-15' }))).toEqual(['19780']);
    expect(codes(findUnitsByName('Phường Đúc', { on: '2020-07-15' }))).toEqual(['19780']);
    expect(codes(findUnitsByName('Xã Phường Đúc', { on: '2020-07-15' }))).toEqual([]);
  });

  it('finds Phường 4 of one district, written with or without its leading zero', () => {
    // Quận 5 (774) writes its ward "04"
    for (const name of ['Phường 4', 'Phường 04', 'P.4', '4'])
      expect(codes(findUnitsByName(name, { on: '2020-07-15', within: '774' }))).toEqual(['27301']);
    expect(findUnitsByName('Phường 4', { on: '2020-07-15' }).length).toBe(26);
    expect(codes(findUnitsByName('Quận 4', { on: '2020-07-15', within: '79' }))).toEqual(['773']);
  });

  it('with diacritics ignored, matches names written without them', () => {
    const dongHung = ['340', '07450', '11815', '12688', '31033', '32142'];
    expect(codes(findUnitsByName('Dong Hung', { on: '2020-07-15', diacritics: 'ignore' }))).toEqual(dongHung);
    expect(codes(findUnitsByName('Huyen Dong Hung', { on: '2020-07-15', diacritics: 'ignore' }))).toEqual(['340']);
    expect(codes(findUnitsByName('Đông Hưng', { on: '2020-07-15', diacritics: 'ignore' }))).toEqual(dongHung);
    expect(findUnitsByName('Dong Hung', { on: '2020-07-15' })).toEqual([]);
    // ignoring diacritics conflates names that differ only in them: Tịnh Biên read as "Tinh Bien" is no province
    expect(codes(findUnitsByName('Tinh Bien', { on: '2020-07-15', diacritics: 'ignore', level: 'district' }))).toEqual([
      '890',
    ]);
  });

  it('finds a name that exists only from 2025-07-01 on that date, not the day before', () => {
    expect(codes(findUnitsByName('Xã Nội Bài', { on: '2025-07-01' }))).toEqual(['00433']);
    expect(findUnitsByName('Nội Bài', { on: '2025-06-30' })).toEqual([]);
    expect(findUnitsByName('Noi Bai', { on: '2025-06-30', diacritics: 'ignore' })).toEqual([]);
  });

  it('returns every unit of an ambiguous name, sorted by level then code; within narrows it', () => {
    const tanPhu = findUnitsByName('Tân Phú', { on: '2025-07-01' });
    expect(codes(tanPhu)).toEqual(['17272', '25549', '26116', '27031', '28468', '28840']);
    expect(new Set(tanPhu.map((unit) => unit.parentCode)).size).toBe(6);
    expect(codes(findUnitsByName('Tân Phú', { on: '2025-07-01', within: '79' }))).toEqual(['27031']);
    const before = findUnitsByName('Tân Phú', { on: '2020-07-15' });
    expect(before.length).toBe(24);
    expect(codes(before.slice(0, 2))).toEqual(['734', '767']);
    expect(before.slice(2).every((unit) => unit.level === 'commune')).toBe(true);
    expect(codes(findUnitsByName('Tân Phú', { on: '2020-07-15', level: 'district' }))).toEqual(['734', '767']);
    // before 2025-07-01 a commune lies in a province through its district
    expect(codes(findUnitsByName('Tân Phú', { on: '2020-07-15', within: '75' }))).toEqual(['734', '26116']);
    expect(codes(findUnitsByName('Tân Phú', { on: '2020-07-15', within: '734' }))).toEqual(['26116']);
    expect(codes(findUnitsByName('Tân Phú', { on: '2020-07-15', within: '75', level: 'commune' }))).toEqual(['26116']);
  });

  it('returns nothing for a name no unit has', () => {
    expect(findUnitsByName('Atlantis', { on: '2020-07-15' })).toEqual([]);
    expect(findUnitsByName('', { on: '2020-07-15' })).toEqual([]);
  });

  it('throws for a bad name or bad options', () => {
    const on = '2020-07-15';
    expect(thrown(() => findUnitsByName(42 as never, { on })).code).toBe('invalid_input');
    const unknownKey = thrown(() => findUnitsByName('Tân Phú', { on, province: '79' } as never));
    expect(unknownKey.code).toBe('invalid_input');
    expect(unknownKey.message).toContain('"province"');
    expect(unknownKey.params).toEqual({ option: 'province' });
    expect(thrown(() => findUnitsByName('Tân Phú', undefined as never)).code).toBe('invalid_input');
    expect(thrown(() => findUnitsByName('Tân Phú', { on: '2020-02-30' })).code).toBe('invalid_date');
    expect(thrown(() => findUnitsByName('Tân Phú', {} as never)).code).toBe('invalid_date');
    for (const within of ['7', '00433', 'VN', 79])
      expect(thrown(() => findUnitsByName('Tân Phú', { on, within } as never)).code).toBe('invalid_input');
    expect(thrown(() => findUnitsByName('Tân Phú', { on, level: 'ward' } as never)).code).toBe('invalid_input');
    expect(thrown(() => findUnitsByName('Tân Phú', { on, diacritics: 'none' } as never)).code).toBe('invalid_input');
  });
});

/** Vietnamese letters in both cases, digits, and the characters the key treats specially. */
const VIETNAMESE = [
  ...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ',
  ...'AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐEÈÉÊỀẾOÒÓỎÕỌÔỒỐƠỜỚUÙÚỦŨỤƯỪỨYỲÝỶỸỴ',
  ...'0123456789',
  ...[' ', '  ', '\t', '.', ',', '-', '–', "'", '’', '`', '\u0300', '\u0301', '\u0309', '\u0323', '\u0303'],
];
const vietnameseText = fc.string({ unit: fc.constantFrom(...VIETNAMESE), maxLength: 30 });
const anyText = fc.string({ unit: 'binary', maxLength: 30 });

describe('properties', () => {
  test.prop([fc.oneof(vietnameseText, anyText), fc.constantFrom('match' as const, 'ignore' as const)], {
    numRuns: 1000,
  })('normalisation is idempotent', (text, diacritics) => {
    const key = normalizeUnitName(text, { diacritics });
    expect(normalizeUnitName(key, { diacritics })).toBe(key);
  });

  const onset = fc.constantFrom('h', 'th', 'kh', 'x', 't', 'ng', 'qu', '');
  const diphthong = fc.constantFrom(['o', 'a'], ['o', 'e'], ['u', 'y']);
  const tone = fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323');
  test.prop([onset, diphthong, tone, fc.boolean()])(
    'a tone mark on either vowel of oa, oe, uy gives one key',
    (start, [first, second], mark, upper) => {
      const onFirst = `${start}${first}${mark}${second}`.normalize('NFC');
      const onSecond = `${start}${first}${second}${mark}`.normalize('NFC');
      const written = upper ? onFirst.toUpperCase() : onFirst;
      expect(normalizeUnitName(written)).toBe(normalizeUnitName(onSecond));
      expect(normalizeUnitName(written)).toBe(onSecond);
    },
  );

  test.prop([vietnameseText])('ignoring diacritics leaves only ASCII letters, digits and the kept marks', (text) => {
    expect(normalizeUnitName(text, { diacritics: 'ignore' })).toMatch(/^[a-z0-9 ']*$/);
  });

  const on = '2025-07-01';
  const inForce = unitIndex().all.filter((unit) => isWithin(on, unit.validFrom, unit.validTo));
  const PREFIX_OF: Readonly<Record<AdminUnitRecord['type'], string>> = {
    tỉnh: 'Tỉnh',
    'thành phố trực thuộc trung ương': 'Thành phố',
    'thành phố': 'Thành phố',
    'thị xã': 'Thị xã',
    huyện: 'Huyện',
    quận: 'Quận',
    xã: 'Xã',
    phường: 'Phường',
    'thị trấn': 'Thị trấn',
    'đặc khu': 'Đặc khu',
  };
  const stripped = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');

  it(`every unit in force on ${on} is found by its own name, with its prefix and without diacritics`, () => {
    expect(inForce.filter((unit) => unit.level === 'commune').length).toBe(3321);
    expect(inForce.filter((unit) => unit.level === 'province').length).toBe(34);
    for (const unit of inForce) {
      expect(findUnitsByName(unit.name, { on }), unit.name).toContain(unit);
      expect(findUnitsByName(`${PREFIX_OF[unit.type]} ${unit.name}`, { on }), unit.name).toContain(unit);
      expect(findUnitsByName(stripped(unit.name), { on, diacritics: 'ignore' }), unit.name).toContain(unit);
      if (unit.parentCode !== undefined)
        expect(findUnitsByName(unit.name, { on, level: unit.level, within: unit.parentCode }), unit.name).toContain(
          unit,
        );
    }
  });
});
