/**
 * `ocop units <code|name>` and `ocop units migrate`, called in-process as the other CLI tests do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main.js';
import { runMain, type RunOptions } from './run-main.js';

const MIGRATE_FILE = 'test/cli/files/units-migrate-producers.json';

/** Runs `ocop` on 2026-01-15 unless told another day. */
const run = (argv: string[], options: RunOptions = {}) => runMain(argv, { today: '2026-01-15', ...options });

/** Runs with `--format json` and parses stdout. */
function json(argv: string[], options: { stdin?: string; today?: string } = {}) {
  const r = run([...argv, '--format', 'json'], options);
  return { ...r, value: JSON.parse(r.stdout) as Record<string, unknown> };
}

interface Unit {
  code: string;
  name: string;
  type: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
  parentCode?: string;
}
const codes = (units: unknown) => (units as Unit[]).map((u) => u.code);

describe('ocop units <code>', () => {
  it('12688 on 2024-03-01: Thị trấn Đông Hưng, in Đông Hưng district (340) of Thái Bình (34)', () => {
    const r = run(['units', '12688', '--on', '2024-03-01', '--locale', 'en']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('12688 on 2024-03-01: Thị trấn Đông Hưng (12688)');
    expect(r.stdout).toContain('- Level: commune');
    expect(r.stdout).toContain('- Part of: Huyện Đông Hưng (340), Tỉnh Thái Bình (34)');
    expect(r.stdout).toContain('- In force: … – 2025-06-30');

    const { value } = json(['units', '12688', '--on', '2024-03-01']);
    expect(value.unit).toMatchObject({ code: '12688', type: 'thị trấn', name: 'Đông Hưng', parentCode: '340' });
    expect(value.parents).toMatchObject([
      { code: '340', level: 'district', type: 'huyện', name: 'Đông Hưng' },
      { code: '34', level: 'province', type: 'tỉnh', name: 'Thái Bình' },
    ]);
    expect(value.successor).toBeNull();
    expect(value.conversion2025).toBeNull();
  });

  it('the report is in the run language: Vietnamese by default', () => {
    const r = run(['units', '12688', '--on', '2024-03-01']);
    expect(r.stdout).toContain('12688 ngày 2024-03-01: Thị trấn Đông Hưng (12688)');
    expect(r.stdout).toContain('- Cấp: cấp xã');
    expect(r.stdout).toContain('- Trực thuộc: Huyện Đông Hưng (340), Tỉnh Thái Bình (34)');
  });

  it('12688 after 2025 names the new Xã Đông Hưng of Hưng Yên; the history keeps the old thị trấn and the conversion says it went in whole', () => {
    const r = run(['units', '12688', '--on', '2026-01-01', '--locale', 'en']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('12688 on 2026-01-01: Xã Đông Hưng (12688)');
    expect(r.stdout).toContain('- Part of: Tỉnh Hưng Yên (33)');
    expect(r.stdout).toContain('Thị trấn Đông Hưng (12688) went on 2025-07-01 into:');
    expect(r.stdout).toMatch(/12688 +Xã Đông Hưng \(12688\) +Tỉnh Hưng Yên \(33\) +merged whole/);
    expect(r.stdout).toContain('Every unit that had code 12688:');
    expect(r.stdout).toMatch(
      /Thị trấn Đông Hưng \(12688\) +commune +Huyện Đông Hưng \(340\), Tỉnh Thái Bình \(34\) +… +2025-06-30/,
    );

    const { value } = json(['units', '12688', '--on', '2026-01-01']);
    expect(value.unit).toMatchObject({ code: '12688', type: 'xã', parentCode: '33', validFrom: '2025-07-01' });
    const history = value.history as Unit[];
    expect(history.map((u) => [u.type, u.validFrom, u.validTo])).toEqual([
      ['thị trấn', null, '2025-06-30'],
      ['xã', '2025-07-01', null],
    ]);
    expect(value.conversion2025).toMatchObject({ code: '12688', split: false, targets: [{ kind: 'whole' }] });
  });

  it('a district after 2025: no unit that day, its history, and its successor (Đông Hưng → Hưng Yên)', () => {
    const r = run(['units', '340', '--on', '2026-01-01', '--locale', 'en']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('340 on 2026-01-01: no unit had this code that day');
    expect(r.stdout).toContain('On 2026-01-01, what was 340 is in Tỉnh Hưng Yên (33).');
    expect(r.stdout).toMatch(/340 +Huyện Đông Hưng \(340\) +district +Tỉnh Thái Bình \(34\) +… +2025-06-30/);
    const { value } = json(['units', '340', '--on', '2026-01-01']);
    expect(value.unit).toBeNull();
    expect(value.successor).toMatchObject({ code: '33', name: 'Hưng Yên', level: 'province' });
    expect(codes(value.history)).toEqual(['340']);
  });

  it('a whole-merged commune after 2025: its successor is the new commune (Đông Sơn 12703 → Xã Đông Hưng 12688)', () => {
    const { code, value } = json(['units', '12703', '--on', '2026-01-01']);
    expect(code).toBe(EXIT.ok);
    expect(value.successor).toMatchObject({ code: '12688', type: 'xã', name: 'Đông Hưng' });
    expect(value.conversion2025).toMatchObject({ split: false, targets: [{ unit: { code: '12688' }, kind: 'whole' }] });
  });

  it('the split commune 00556 (Đặng Xá): both new communes, Phù Đổng and Thuận An, each taking part of it', () => {
    const r = run(['units', '00556', '--on', '2026-01-01', '--locale', 'en']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('00556 on 2026-01-01: no unit had this code that day');
    expect(r.stdout).toContain('Xã Đặng Xá (00556) was split on 2025-07-01: its parts went to 2 new communes');
    expect(r.stdout).toMatch(/00541 +Xã Phù Đổng \(00541\) +Thành phố Hà Nội \(01\) +part of it/);
    expect(r.stdout).toMatch(/00562 +Xã Thuận An \(00562\) +Thành phố Hà Nội \(01\) +part of it/);
    // the smallest unit that holds all of it is the city
    expect(r.stdout).toContain('On 2026-01-01, what was 00556 is in Thành phố Hà Nội (01).');

    const { value } = json(['units', '00556', '--on', '2026-01-01']);
    const conversion = value.conversion2025 as { split: boolean; targets: { unit: Unit; kind: string }[] };
    expect(conversion.split).toBe(true);
    expect(conversion.targets.map((t) => [t.unit.code, t.unit.name, t.kind])).toEqual([
      ['00541', 'Phù Đổng', 'part'],
      ['00562', 'Thuận An', 'part'],
    ]);
  });

  it('before 2025 the split commune is itself, with no conversion shown', () => {
    const r = run(['units', '00556', '--on', '2024-01-01', '--locale', 'en']);
    expect(r.stdout).toContain('00556 on 2024-01-01: Xã Đặng Xá (00556)');
    expect(r.stdout).toContain('- Part of: Huyện Gia Lâm (018), Thành phố Hà Nội (01)');
    expect(r.stdout).not.toContain('was split');
  });

  it('--on defaults to today in Vietnam (io.today): Thái Bình (34) is gone on 2026-01-15', () => {
    const r = run(['units', '34', '--locale', 'en'], { today: '2026-01-15' });
    expect(r.stdout).toContain('34 on 2026-01-15: no unit had this code that day');
    expect(r.stdout).toContain('On 2026-01-15, what was 34 is in Tỉnh Hưng Yên (33).');
    expect(run(['units', '34', '--locale', 'en'], { today: '2020-07-15' }).stdout).toContain(
      '34 on 2020-07-15: Tỉnh Thái Bình (34)',
    );
  });
});

describe('ocop units <name>', () => {
  it('a name with several matches: every unit named Đông Hưng on 2024-03-01, the district first', () => {
    const r = run(['units', 'Đông Hưng', '--on', '2024-03-01']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('Các đơn vị tên "Đông Hưng" ngày 2024-03-01: 6');
    expect(r.stdout).not.toContain('bỏ qua dấu');
    expect(r.stdout).toMatch(/07450 +Xã Đông Hưng \(07450\) +cấp xã +Huyện Lục Nam \(218\), Tỉnh Bắc Giang \(24\)/);
    const { value } = json(['units', 'Đông Hưng', '--on', '2024-03-01']);
    expect(value.diacritics).toBe('match');
    const matches = value.matches as { unit: Unit; parents: Unit[] }[];
    expect(matches.map((m) => m.unit.code)).toEqual(['340', '07450', '11815', '12688', '31033', '32142']);
    expect(codes(matches[3]?.parents)).toEqual(['340', '34']);
  });

  it('a name in several arguments is one name', () => {
    const { value } = json(['units', 'Tân', 'Tiến', '--on', '2026-01-01']);
    expect(value.name).toBe('Tân Tiến');
    expect((value.matches as unknown[]).length).toBe(8);
  });

  it('a name found only with diacritics ignored, and the report says so', () => {
    const r = run(['units', 'Dong Hung', '--on', '2024-03-01', '--locale', 'en']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('Units named "Dong Hung" on 2024-03-01: 6');
    expect(r.stdout).toContain(
      'No unit is written "Dong Hung" with these diacritics; these match with diacritics ignored.',
    );
    const { value } = json(['units', 'Dong Hung', '--on', '2024-03-01']);
    expect(value.diacritics).toBe('ignore');
    expect((value.matches as { unit: Unit }[]).map((m) => m.unit.code)).toEqual([
      '340',
      '07450',
      '11815',
      '12688',
      '31033',
      '32142',
    ]);
  });

  it('Markdown: the matches as a table', () => {
    const r = run(['units', 'Huyện Đông Hưng', '--on', '2024-03-01', '--format', 'md', '--locale', 'en']);
    expect(r.stdout).toContain('## Units named "Huyện Đông Hưng" on 2024-03-01: 1');
    expect(r.stdout).toContain('| 340 | Huyện Đông Hưng (340) | district | Tỉnh Thái Bình (34) | … | 2025-06-30 |');
  });
});

describe('ocop units migrate', () => {
  it('JSON: one whole-merged commune migrated, one split commune refused with its 2 choices, one invalid record; exit 1', () => {
    const { code, value, stderr } = json(['units', 'migrate', MIGRATE_FILE, '--to', '2025-07-01']);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toBe('');
    expect(value.to).toBe('2025-07-01');
    expect(value.migrated).toEqual([
      {
        id: 'p-dong-son',
        name: 'HTX Đông Sơn',
        legalForm: 'cooperative',
        recordedOn: '2025-07-01',
        address: { unit: { province: '33', commune: '12688' }, detail: 'Thôn Đông' },
      },
    ]);
    expect(value.refused).toEqual([
      {
        index: 1,
        id: 'p-dang-xa',
        path: ['address', 'unit', 'commune'],
        code: '00556',
        reason: 'split',
        choices: [
          { code: '00541', type: 'xã', name: 'Phù Đổng' },
          { code: '00562', type: 'xã', name: 'Thuận An' },
        ],
        within: { code: '01', type: 'thành phố trực thuộc trung ương', name: 'Hà Nội' },
      },
    ]);
    const invalid = value.invalid as { index: number; issues: { code: string; path: string[] }[] }[];
    expect(invalid.map((r) => [r.index, r.issues.map((i) => [i.code, i.path.join('.')])])).toEqual([
      [2, [['invalid_date', 'recordedOn']]],
    ]);
  });

  it('text: the counts, one line per refusal with its choices, one per invalid record', () => {
    const r = run(['units', 'migrate', MIGRATE_FILE, '--to', '2025-07-01', '--locale', 'en']);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stdout).toContain(
      '1 of 3 records migrated to the units of 2025-07-01; 1 refused (a person must choose), 1 invalid (not migrated)',
    );
    expect(r.stdout).toContain(
      '- [1] p-dang-xa, address.unit.commune 00556: split in 2025, a person must choose; choices: Xã Phù Đổng (00541), Xã Thuận An (00562); within Thành phố Hà Nội (01)',
    );
    expect(r.stdout).toContain(
      '- [2] p-broken: recordedOn: [invalid_date] Not a real calendar date in YYYY-MM-DD form: "2024-02-30"',
    );
    const vi = run(['units', 'migrate', MIGRATE_FILE, '--to', '2025-07-01']);
    expect(vi.stdout).toContain('1/3 bản ghi đã chuyển sang đơn vị ngày 2025-07-01');
    expect(vi.stdout).toContain('lựa chọn: Xã Phù Đổng (00541), Xã Thuận An (00562)');
  });

  it('every record migrated (from stdin): exit 0', () => {
    const records = JSON.parse(readFileSync(MIGRATE_FILE, 'utf8')) as unknown[];
    const { code, value } = json(['units', 'migrate', '-', '--to', '2026-01-01'], {
      stdin: JSON.stringify(records.slice(0, 1)),
    });
    expect(code).toBe(EXIT.ok);
    expect(value).toMatchObject({ to: '2026-01-01', refused: [], invalid: [] });
    expect((value.migrated as { address: { unit: object } }[])[0]?.address.unit).toEqual({
      province: '33',
      commune: '12688',
    });
  });

  it('--kind product moves a product origin', () => {
    const product = {
      id: 'x1',
      name: 'Bánh cáy',
      producer: 'p1',
      classification: { scheme: 'qd26-2026', criteriaSet: 6 },
      origin: { province: '34', district: '340' },
      recordedOn: '2020-12-24',
    };
    const { code, value } = json(['units', 'migrate', '-', '--to', '2025-07-01', '--kind', 'product'], {
      stdin: JSON.stringify([product]),
    });
    expect(code).toBe(EXIT.ok);
    expect(value.migrated).toEqual([{ ...product, origin: { province: '33' }, recordedOn: '2025-07-01' }]);
  });
});

describe('ocop units: usage errors (exit 2)', () => {
  const error = (argv: string[]) => {
    const r = run([...argv, '--locale', 'en']);
    expect(r.code, argv.join(' ')).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    return r.stderr;
  };

  it('migrate without --to, with a bad date, a bad kind, or a file that is not an array', () => {
    expect(error(['units', 'migrate', MIGRATE_FILE])).toContain('units migrate needs --to YYYY-MM-DD');
    expect(error(['units', 'migrate', MIGRATE_FILE, '--to', '2025-02-30'])).toContain(
      '--to: not a date YYYY-MM-DD: "2025-02-30"',
    );
    expect(error(['units', 'migrate', MIGRATE_FILE, '--to', '2025-07-01', '--kind', 'plan'])).toContain(
      '--kind must be one of producer, product',
    );
    expect(error(['units', 'migrate', 'test/cli/files/plan.json', '--to', '2025-07-01'])).toContain(
      'test/cli/files/plan.json: expected a JSON array of producer records',
    );
    expect(error(['units', 'migrate'])).toContain('missing argument <file|->');
    expect(error(['units', 'migrate', MIGRATE_FILE, '--to', '2025-07-01', '--on', '2025-01-01'])).toContain(
      'option --on does not apply to units migrate',
    );
  });

  it('a lookup with a bad --on, a stray --to, digits that are not a code, or nothing found', () => {
    expect(error(['units', '12688', '--on', '2024-02-30'])).toContain('--on: not a date YYYY-MM-DD: "2024-02-30"');
    expect(error(['units', '12688', '--to', '2025-07-01'])).toContain('option --to does not apply to units');
    expect(error(['units', '1234'])).toContain('not a unit code (2 digits: province, 3: district, 5: commune): 1234');
    expect(error(['units', '99999'])).toContain('no unit ever had code 99999');
    expect(error(['units', 'Xyzzy', '--on', '2024-03-01'])).toContain(
      'no unit named "Xyzzy" on 2024-03-01, with or without diacritics',
    );
    expect(error(['units'])).toContain('missing argument <code|name>');
    expect(run(['units', '99999']).stderr).toContain('không có đơn vị nào từng mang mã 99999');
  });

  it('units is in the program help, with its own help', () => {
    expect(run(['--help', '--locale', 'en']).stdout).toContain('units <code|name> [--on YYYY-MM-DD]');
    const help = run(['units', '--help', '--locale', 'en']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('Usage: ocop units <code|name>');
    expect(run(['units', '--help']).stdout).toContain('Cách dùng: ocop units <mã|tên>');
  });
});
