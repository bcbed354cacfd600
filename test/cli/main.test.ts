import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, main, todayInVietnam, VERSION } from '../../src/cli/main.js';
import { runMain } from './run-main.js';
import { markdownTable, plainTable } from '../../src/cli/format.js';

const files = (name: string) => `test/cli/files/${name}`;

const run = runMain;

describe('ocop (main)', () => {
  describe('program options', () => {
    it('--version prints the package version', () => {
      const r = run(['--version']);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(VERSION);
      expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    });
    it('--help prints the program help; <command> --help the command help', () => {
      expect(run(['--help', '--locale', 'en']).stdout).toContain('Usage: ocop <command>');
      for (const command of ['demo', 'validate', 'rate', 'progress', 'rules', 'schema']) {
        const r = run([command, '--help', '--locale', 'en']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`Usage: ocop ${command}`);
      }
    });
    it('no command: help on stderr, exit 2', () => {
      const r = run(['--locale', 'en']);
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).toContain('Usage: ocop');
    });
    it('unknown command, unknown option, bad option values: exit 2 without a stack trace', () => {
      for (const argv of [
        ['frob'],
        ['rules', 'list', '--frob'],
        ['rules', 'list', '--format', 'xml'],
        ['rules', 'list', '--locale', 'fr'],
        ['rate', '--as-of', '2020-01-01', files('banh-cay.json')],
        ['demo', '--as-of'],
        ['demo', '--as-of', '2023-02-29'],
        ['rules', 'frob'],
        ['demo', 'extra'],
      ]) {
        const r = run(argv.includes('--locale') ? argv : [...argv, '--locale', 'en']);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stderr).toMatch(argv.includes('--locale') ? /^ocop: lỗi: / : /^ocop: error: /);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
      expect(run(['frob', '--locale', 'en']).stderr).toContain('unknown command: frob');
      expect(run(['rules', 'list', '--frob', '--locale', 'en']).stderr).toContain('unknown option: --frob');
    });
    it('missing arguments, unreadable files and bad JSON are usage errors naming the file', () => {
      expect(run(['rate', '--locale', 'en']).stderr).toContain('missing argument <file|->');
      expect(run(['rate']).stderr).toContain('thiếu tham số <tệp|->');
      expect(run(['validate', 'plan']).code).toBe(2);
      expect(run(['validate', 'planet', files('plan.json'), '--locale', 'en']).stderr).toContain(
        'unknown kind: planet',
      );
      const missing = run(['rate', files('nope.json'), '--locale', 'en']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`cannot read ${files('nope.json')}: no such file`);
      expect(run(['rate', files('nope.json')]).stderr).toContain(
        `không đọc được ${files('nope.json')}: không có tệp này`,
      );
      const broken = run(['validate', 'plan', files('broken.json'), '--locale', 'en']);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain(`${files('broken.json')}: not valid JSON`);
      expect(run(['rate', '-', '--locale', 'en'], { stdin: '{' }).stderr).toContain('stdin: not valid JSON');
      expect(run(['rate', '-'], { stdin: '{' }).stderr).toContain('stdin: không phải JSON hợp lệ (lỗi ở ký tự thứ 1)');
    });
    it('colour only on a TTY without NO_COLOR', () => {
      const ESC = '\u001b[';
      expect(run(['rules', 'list'], { isTTY: true }).stdout).toContain(ESC);
      expect(run(['rules', 'list'], { isTTY: true, env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
      expect(run(['rules', 'list'], { isTTY: false }).stdout).not.toContain(ESC);
      expect(run(['frob'], { isTTY: true, env: { NO_COLOR: '' } }).stderr).not.toContain(ESC);
    });
    it('--debug shows stack traces of unexpected errors only', () => {
      const io = (debug: boolean) => {
        let err = '';
        const code = main(['rate', '-', '--locale', 'en', ...(debug ? ['--debug'] : [])], {
          stdin: () => {
            throw new Error('boom');
          },
          stdout: () => undefined,
          stderr: (t) => (err += t),
          isTTY: false,
          env: {},
        });
        return { code, err };
      };
      expect(io(false).err).toContain('internal error: boom');
      expect(io(false).err).not.toMatch(/\n\s+at /);
      expect(io(true).err).toMatch(/\n\s+at /);
    });
    it('today is the civil date in Asia/Ho_Chi_Minh', () => {
      expect(todayInVietnam(new Date('2020-07-14T17:30:00Z'))).toBe('2020-07-15');
      expect(todayInVietnam(new Date('2020-07-14T16:59:00Z'))).toBe('2020-07-14');
    });
  });

  describe('validate', () => {
    it('prints OK for a valid record', () => {
      const r = run(['validate', 'observation', files('observation.json'), '--locale', 'en']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('OK');
    });
    it('prints every issue with its path and exits 1', () => {
      const r = run(['validate', 'observation', files('bad-observation.json')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('date: [invalid_date] Ngày không tồn tại');
      expect(run(['validate', 'observation', files('bad-observation.json'), '--locale', 'en']).stderr).toContain(
        'date: [invalid_date]',
      );
    });
    it('reads stdin with -, and --format json gives the ValidationResult, or the issues on stderr', () => {
      expect(
        JSON.parse(
          run(['validate', 'observation', '-', '--format', 'json'], {
            stdin: readFileSync(files('observation.json'), 'utf8'),
          }).stdout,
        ),
      ).toMatchObject({ ok: true, value: { target: expect.any(String) as unknown } });
      const r = run(['validate', 'observation', '-', '--format', 'json'], {
        stdin: readFileSync(files('bad-observation.json'), 'utf8'),
      });
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stderr) as { ok: boolean; issues: Array<{ code: string; path: string[] }> };
      expect(json.ok).toBe(false);
      expect(json.issues[0]).toMatchObject({ code: 'invalid_date', path: ['date'] });
    });
  });

  describe('rate', () => {
    it('rates Bánh cáy Thiên Đức: 81.2 → 4★, province', () => {
      const r = run(['rate', files('banh-cay.json')]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('81.2');
      expect(r.stdout).toContain('4★');
      expect(r.stdout).toContain('cấp tỉnh');
      expect(r.stdout).toContain('Hạng theo điểm: 4 sao');
    });
    it('--locale en gives English, --format md a Markdown table, --format json the Rating', () => {
      expect(run(['rate', files('banh-cay.json'), '--locale', 'en']).stdout).toContain('Score band: 4★');
      expect(run(['rate', files('banh-cay.json'), '--format', 'md']).stdout).toContain('| Số sao | 4★ |');
      const json = JSON.parse(run(['rate', files('banh-cay.json'), '--format=json']).stdout) as {
        stars: number;
        average: number;
        authority: string;
        forwardTo: string;
      };
      expect(json).toMatchObject({ stars: 4, average: 81.2, authority: 'province', forwardTo: 'province' });
    });
    it('an invalid evaluation exits 1 with its issues, localized', () => {
      const r = run(['rate', files('bad-evaluation.json')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('sheets.0.total: [too_big]');
      const en = run(['rate', files('bad-evaluation.json'), '--locale', 'en', '--format', 'json']);
      expect(en.code).toBe(1);
      expect((JSON.parse(en.stderr) as { issues: Array<{ path: unknown[] }> }).issues[0]?.path).toEqual([
        'sheets',
        0,
        'total',
      ]);
    });
  });

  describe('progress', () => {
    const base = ['progress', files('plan.json'), '--observations', files('observations.json')];
    it('prints the targets table and the units below guidance', () => {
      const r = run([...base, '--as-of', '2020-07-15', '--locale', 'en']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/conference\s+milestone\s+1\s+50%\s+50%\s+—\s+100%\s+2020-07-15\s+off track/);
      expect(r.stdout).toMatch(/upgrades\s+count\s+3\s+75%\s+75%\s+−1\s+53.8%/);
      expect(r.stdout).toContain('Plan score: 62.5% (2 of 2 targets with data, 100% of the weight).');
      expect(r.stdout).toMatch(/Units below guidance[\s\S]*upgrades\s+Quỳnh Phụ/);
    });
    it('defaults --as-of to today', () => {
      const r = run([...base, '--format', 'json'], { today: '2020-06-30' });
      expect((JSON.parse(r.stdout) as { asOf: string }).asOf).toBe('2020-06-30');
    });
    it('needs --observations; bad observations exit 1 with paths', () => {
      const missing = run(['progress', files('plan.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--observations');
      const bad = run([
        'progress',
        files('plan.json'),
        '--observations',
        files('bad-observations.json'),
        '--as-of',
        '2020-07-15',
      ]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('observations.1.target: [unknown_target]');
    });
  });

  describe('rules', () => {
    it('list shows every rule set with its dates', () => {
      const r = run(['rules', 'list', '--locale', 'en']);
      expect(r.stdout).toMatch(/qd1048-781-2020\s+2020-06-08\s+2023-02-23/);
      expect(r.stdout).toMatch(/qd26-2026\s+2026-05-22\s+—/);
      expect((JSON.parse(run(['rules', 'list', '--format', 'json']).stdout) as unknown[]).length).toBe(5);
    });
    it('show prints parts, bands, recognition, forwarding, validity and references', () => {
      const r = run(['rules', 'show', 'qd148-2023', '--locale', 'en']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('A 40 · B 25 · C 35');
      expect(r.stdout).toContain('4★ 70–<90');
      expect(r.stdout).toContain('3★ district, 4★ province, 5★ central');
      expect(r.stdout).toContain('36 months');
      expect(r.stdout).toContain('Quyết định 148/QĐ-TTg');
      expect(run(['rules', 'show', 'qd999']).code).toBe(2);
    });
    it('check prints the diff of a valid override, or its issues (exit 1)', () => {
      const ok = run(['rules', 'check', files('override.json'), '--locale', 'en']);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/minima\.value\.policy\s+"cap"\s+"reject"/);
      const json = JSON.parse(run(['rules', 'check', files('override.json'), '--format', 'json']).stdout) as {
        diff: Array<{ path: unknown[]; where: string }>;
      };
      expect(
        json.diff.some(
          (d) => d.where === 'minima.value.policy' && JSON.stringify(d.path) === '["minima","value","policy"]',
        ),
      ).toBe(true);
      const bad = run(['rules', 'check', files('bad-override.json')]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('effectiveFrom: [invalid_date]');
    });
    it('check shows each adapted value with its own reference and the national one it replaces, on paths naming sets and criteria (#15)', () => {
      const r = run(['rules', 'check', files('override-references.json'), '--locale', 'en']);
      expect(r.code).toBe(0);
      const line = (where: string) => r.stdout.split('\n').find((l) => l.startsWith(where)) ?? '';
      expect(r.stdout).toMatch(/^Path\s+Before\s+After\s+Reference\s+Replaces\s*$/m);
      expect(line('criteria[set 11].criteria[criterion 4.3].options[2].minStars')).toMatch(
        /—\s+4\s+QĐ 1999\/QĐ-UBND, Điều 2\.2\s*$/,
      );
      expect(line('criteria[set 11].criteria[criterion 2.2].options[3].minStars')).toMatch(
        /—\s+4\s+QĐ 1999\/QĐ-UBND, Điều 2\.3\s+Quyết định 26\/2026\/QĐ-TTg, Phụ lục II, bộ sản phẩm số 11, tiêu chí 2\.2\s*$/,
      );
      expect(line('criteria[set 11].disqualifiers[1]')).toMatch(/QĐ 1999\/QĐ-UBND, Điều 3\s*$/);
      expect(line('daysOff[day 2026-10-21]')).toMatch(/QĐ 1999\/QĐ-UBND, Điều 4\s*$/);
      const vi = run(['rules', 'check', files('override-references.json')]);
      expect(vi.stdout).toMatch(/^Đường dẫn\s+Trước\s+Sau\s+Căn cứ\s+Thay cho\s*$/m);
      const json = JSON.parse(
        run(['rules', 'check', files('override-references.json'), '--format', 'json']).stdout,
      ) as { diff: Array<{ path: unknown[]; reference?: string; replaces?: string }> };
      expect(
        json.diff.find(
          (d) =>
            JSON.stringify(d.path) === '["criteria",{"set":11},"criteria",{"criterion":"2.2"},"options",3,"minStars"]',
        ),
      ).toMatchObject({
        reference: 'QĐ 1999/QĐ-UBND, Điều 2.3',
        replaces: 'Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 11, tiêu chí 2.2',
      });
    });
  });

  describe('schema', () => {
    it('prints the JSON Schema of a kind', () => {
      const r = run(['schema', 'observation']);
      expect(r.code).toBe(0);
      const schema = JSON.parse(r.stdout) as { type: string; properties: Record<string, unknown> };
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties)).toContain('date');
      expect(run(['schema', 'nope']).code).toBe(2);
    });
  });

  describe('demo', () => {
    it('on 2020-07-15: the conference target at 75%, the ratings and the sample labels', () => {
      const r = run(['demo', '--as-of', '2020-07-15']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/district-conferences\s+mốc\s+6\s+75%/);
      expect(r.stdout).toContain('MẪU');
      expect(r.stdout).toContain('Bánh cáy Thiên Đức');
      expect(r.stdout).toContain('81.2');
      expect(r.stdout).toContain('79.4');
    });
    it('after 2020: the period ended, end-of-year state, certificate status on the date', () => {
      const r = run(['demo', '--as-of', '2024-05-01', '--locale', 'en']);
      expect(r.stdout).toContain('The plan period ended on 2020-12-31');
      expect(r.stdout).toMatch(/upgrade-key-products\s+count\s+16\s+100%/);
      expect(r.stdout).toMatch(/district-conferences\s+—\s+Kiến Xương/);
      expect(r.stdout).toContain('SAMPLE');
      expect(r.stdout).toContain(
        'mau-tb-2020-01 (Bánh cáy Thiên Đức, 4★, issued 2020-12-30): expired on 2024-05-01: valid until 2023-12-30, 123 days ago.',
      );
    });
    it('defaults to today; --format json and md', () => {
      const json = JSON.parse(run(['demo', '--format', 'json'], { today: '2021-02-01' }).stdout) as {
        asOf: string;
        planAsOf: string;
        periodEnded: boolean;
        ratings: Array<{ rating: { stars: number } }>;
      };
      expect(json).toMatchObject({ asOf: '2021-02-01', planAsOf: '2020-12-31', periodEnded: true });
      expect(json.ratings.map((r) => r.rating.stars)).toEqual([4, 4]);
      expect(run(['demo', '--as-of', '2020-07-15', '--format', 'md']).stdout).toContain(
        '| district-conferences | mốc | 6 | 75% |',
      );
    });
  });
});

describe('formatters', () => {
  it('aligns plain columns by characters, not bytes', () => {
    expect(
      plainTable(
        ['a', 'b'],
        [
          ['Đông Hưng', '1'],
          ['x', '22'],
        ],
      ),
    ).toBe('a          b\n---------  --\nĐông Hưng  1\nx          22');
  });
  it('escapes pipes in Markdown cells', () => {
    expect(markdownTable(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |');
  });
});

describe('one rule for every command (issue #15)', () => {
  const VI_ONLY = /[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i;
  const ENGLISH_WORDS = /\b(unknown|missing|option|argument|cannot|expected|See|Usage|must|error|invalid)\b/;
  const invalidRuns: string[][] = [
    ['validate', 'observation', files('bad-observation.json')],
    ['validate', 'evaluation', files('evaluation-unscored-criteria.json')],
    ['rate', files('bad-evaluation.json')],
    ['progress', files('plan.json'), '--observations', files('bad-observations.json'), '--as-of', '2020-07-15'],
    ['rules', 'check', files('bad-override.json')],
  ];

  it('issues go to stderr and nothing to stdout, in every format; with --format json a JSON document { ok, source, issues }', () => {
    for (const argv of invalidRuns) {
      for (const format of ['table', 'md']) {
        const r = run([...argv, '--format', format]);
        expect(r.code, argv.join(' ')).toBe(EXIT.invalid);
        expect(r.stdout, argv.join(' ')).toBe('');
        expect(r.stderr, argv.join(' ')).toMatch(/^ocop: dữ liệu không hợp lệ \(/);
        expect(r.stderr).toMatch(/\[[a-z_]+\]/);
      }
      const json = run([...argv, '--format', 'json']);
      expect(json.code, argv.join(' ')).toBe(EXIT.invalid);
      expect(json.stdout, argv.join(' ')).toBe('');
      const document = JSON.parse(json.stderr) as {
        ok: boolean;
        source: string;
        issues: Array<{ code: string; path: unknown[]; message: string }>;
      };
      expect(document.ok).toBe(false);
      expect(document.source).toBe(
        argv[0] === 'progress'
          ? `${files('plan.json')}, ${files('bad-observations.json')}`
          : argv.find((a) => a.endsWith('.json')),
      );
      expect(document.issues.length).toBeGreaterThan(0);
    }
  });

  it('results go to stdout and nothing to stderr, in table and json formats', () => {
    const okRuns: string[][] = [
      ['validate', 'observation', files('observation.json')],
      ['rate', files('banh-cay.json')],
      ['progress', files('plan.json'), '--observations', files('observations.json'), '--as-of', '2020-07-15'],
      ['rules', 'list'],
      ['rules', 'show', 'qd148-2023'],
      ['rules', 'show', 'qd26-2026', '--set', '11'],
      ['rules', 'check', files('override.json')],
      ['schema', 'plan'],
      ['demo', '--as-of', '2020-07-15'],
    ];
    for (const argv of okRuns) {
      for (const format of ['table', 'json']) {
        const r = run([...argv, '--format', format]);
        expect(r.code, `${argv.join(' ')} ${format}`).toBe(EXIT.ok);
        expect(r.stderr, `${argv.join(' ')} ${format}`).toBe('');
        expect(r.stdout.length).toBeGreaterThan(0);
        if (format === 'json') expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
      }
    }
  });

  it('standard input is called "stdin" by every command', () => {
    const badObservation = readFileSync(files('bad-observation.json'), 'utf8');
    const badEvaluation = readFileSync(files('bad-evaluation.json'), 'utf8');
    const badOverride = readFileSync(files('bad-override.json'), 'utf8');
    const sources = [
      run(['validate', 'observation', '-', '--format', 'json'], { stdin: badObservation }),
      run(['rate', '-', '--format', 'json'], { stdin: badEvaluation }),
      run(['rules', 'check', '-', '--format', 'json'], { stdin: badOverride }),
    ].map((r) => (JSON.parse(r.stderr) as { source: string }).source);
    expect(sources).toEqual(['stdin', 'stdin', 'stdin']);
    for (const [argv, stdin] of [
      [['validate', 'observation', '-'], badObservation],
      [['rate', '-'], badEvaluation],
      [['rules', 'check', '-'], badOverride],
    ] as const) {
      const r = run([...argv], { stdin });
      expect(r.stderr, argv.join(' ')).toContain('(stdin)');
      expect(r.stderr).not.toContain('(-)');
    }
    expect(
      run(['validate', 'observation', '-'], { stdin: readFileSync(files('observation.json'), 'utf8') }).stdout,
    ).toContain('OK: stdin');
    expect(run(['rate', '-'], { stdin: '{' }).stderr).toContain('stdin: ');
  });

  it('usage errors are in one language: Vietnamese by default, English with --locale en', () => {
    const usageRuns: string[][] = [
      ['frob'],
      ['rules', 'list', '--frob'],
      ['rules', 'list', '--format', 'xml'],
      ['demo', '--as-of', '2023-02-29'],
      ['rules', 'frob'],
      ['demo', 'extra'],
      ['rate'],
      ['validate', 'planet', files('plan.json')],
      ['rate', files('nope.json')],
      ['validate', 'plan', files('broken.json')],
      ['progress', files('plan.json')],
      ['rules', 'show', 'qd999'],
      ['rules', 'show', 'qd26-2026', '--set', 'x'],
      ['demo', '--version=1'],
      ['schema', 'nope'],
      ['rules', 'list', '--as-of', '2020-01-01'],
    ];
    for (const argv of usageRuns) {
      const vi = run(argv);
      expect(vi.code, argv.join(' ')).toBe(EXIT.usage);
      expect(vi.stderr, argv.join(' ')).toMatch(/^ocop: lỗi: /);
      expect(vi.stderr, argv.join(' ')).not.toMatch(ENGLISH_WORDS);
      expect(vi.stderr).toContain("Xem 'ocop --help'.");
      const en = run([...argv, '--locale', 'en']);
      expect(en.code, argv.join(' ')).toBe(EXIT.usage);
      expect(en.stderr, argv.join(' ')).toMatch(/^ocop: error: /);
      expect(en.stderr, argv.join(' ')).not.toMatch(VI_ONLY);
      expect(en.stderr).toContain("See 'ocop --help'.");
    }
    expect(run(['frob']).stderr).toContain('lệnh không tồn tại: frob');
    expect(run(['frob', '--locale=en']).stderr).toContain('unknown command: frob');
    expect(run(['rules', 'list', '--locale', 'fr']).stderr).toMatch(/^ocop: lỗi: --locale phải là một trong vi, en/);
  });

  it('help is in the run’s language: Vietnamese by default, English with --locale en', () => {
    expect(run(['--help']).stdout).toContain('Cách dùng: ocop <lệnh> [tùy chọn]');
    expect(run(['--help']).stdout).not.toMatch(/\b(Usage|Commands|Options|Exit codes)\b/);
    expect(run(['--help', '--locale', 'en']).stdout).toContain('Usage: ocop <command> [options]');
    for (const command of ['demo', 'validate', 'rate', 'progress', 'rules', 'schema']) {
      expect(run([command, '--help']).stdout, command).toContain(`Cách dùng: ocop ${command}`);
      expect(run([command, '--help', '--locale', 'en']).stdout, command).toContain(`Usage: ocop ${command}`);
    }
    const noCommand = run([]);
    expect(noCommand.code).toBe(EXIT.usage);
    expect(noCommand.stdout).toBe('');
    expect(noCommand.stderr).toContain('Cách dùng: ocop <lệnh>');
  });

  it('progress prints statuses and target kinds as words of the run’s language', () => {
    const base = [
      'progress',
      files('plan.json'),
      '--observations',
      files('observations.json'),
      '--as-of',
      '2020-07-10',
    ];
    const vi = run(base).stdout;
    expect(vi).toMatch(/conference\s+mốc\s+1\s+50%\s+50%\s+—\s+\S+\s+2020-07-15\s+chậm tiến độ/);
    expect(vi).toMatch(/upgrades\s+số lượng\s+3\s+75%\s+75%\s+−1/);
    expect(vi).toContain('Điểm kế hoạch: 62.5% (2/2 chỉ tiêu có số liệu, 100% trọng số).');
    const en = run([...base, '--locale', 'en']).stdout;
    expect(en).not.toMatch(/\b(on-track|at-risk|off-track|not-started)\b/);
  });

  it('observations dated after --as-of are reported as after the as-of date, not outside the period', () => {
    const argv = [
      'progress',
      files('plan.json'),
      '--observations',
      files('observations-after-as-of.json'),
      '--as-of',
      '2020-07-15',
    ];
    const en = run([...argv, '--locale', 'en']).stdout;
    expect(en).toContain('2 observations dated after the as-of date (2020-07-15) ignored');
    expect(en).not.toContain('outside the period');
    expect(run(argv).stdout).toContain('bỏ qua 2 quan sát có ngày sau ngày xem (2020-07-15)');
  });

  it('schema prints the shipped schema document: its $id and title', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const observation = JSON.parse(run(['schema', 'observation']).stdout) as {
      $id: string;
      title: string;
      $schema: string;
    };
    expect(observation.$id).toBe(`https://unpkg.com/ocop@${version}/schemas/observation.json`);
    expect(observation.title).toBe('Observation reported against a plan target');
    expect(observation.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const override = JSON.parse(run(['schema', 'ruleOverride']).stdout) as { $id: string; title: string };
    expect(override.$id).toBe(`https://unpkg.com/ocop@${version}/schemas/rule-override.schema.json`);
    expect(override.title).toBe('OCOP rule override: a province adapting a national rule set (format version 1)');
  });

  it('rules show <rule-set> --set N lists the criteria set: parts, sections and criteria with points, star marks and reference', () => {
    const vi = run(['rules', 'show', 'qd26-2026', '--set', '11']);
    expect(vi.code).toBe(EXIT.ok);
    expect(vi.stdout).toContain('Bộ tiêu chí số 11: Chè tươi, chè chế biến');
    expect(vi.stdout).toContain('Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 11');
    expect(vi.stdout).toMatch(/B\s+KHẢ NĂNG TIẾP THỊ\s+25/);
    expect(vi.stdout).toMatch(/4\s+TIẾP THỊ\s+13/);
    expect(vi.stdout).toMatch(/4\.3\s+Quảng bá sản phẩm\s+5\s+0, 1, 2, 3, 5/);
    expect(vi.stdout).toMatch(/1\.1\s+Nguồn nguyên liệu\s+3\s+[^\n]*2 \(3★\)/);
    const en = run(['rules', 'show', 'qd26-2026', '--set', '11', '--locale', 'en']).stdout;
    expect(en).toContain('Criteria set 11: Chè tươi, chè chế biến');
    expect(en).toMatch(/B\s+Marketing capacity\s+25/);
    expect(en).toMatch(/4\s+Marketing\s+13/);
    expect(en).toMatch(/4\.3\s+Quảng bá sản phẩm\s+5/);
    expect(run(['rules', 'show', 'qd26-2026', '--set', '11', '--format', 'md']).stdout).toMatch(
      /\| 4\.3 \| Quảng bá sản phẩm \| 5 \|/,
    );
    const json = JSON.parse(run(['rules', 'show', 'qd26-2026', '--set', '11', '--format', 'json']).stdout) as {
      setNo: number;
      criteria: Array<{ code: string; max: number }>;
    };
    expect(json.setNo).toBe(11);
    expect(json.criteria.find((c) => c.code === '4.3')?.max).toBe(5);
  });

  it('rules show prints the minima policy and the instruments’ roles as words, not codes', () => {
    const vi = run(['rules', 'show', 'qd148-1489-2025']).stdout;
    expect(vi).toMatch(/Yêu cầu tối thiểu\s+đạt khi quá nửa số phiếu đạt; chưa đạt thì hạ số sao/);
    expect(vi).toContain('- 148/QĐ-TTg (2023-02-24, văn bản gốc)');
    expect(vi).toContain('- 1489/QĐ-TTg (2025-07-06, sửa đổi)');
    expect(vi).not.toMatch(/\b(majority|cap|reject|base|amendment)\b/);
    const en = run(['rules', 'show', 'qd148-1489-2025', '--locale', 'en']).stdout;
    expect(en).toMatch(/Star minima\s+met when more than half of the sheets meet them; unmet lowers the stars/);
    expect(en).toContain('- 1489/QĐ-TTg (2025-07-06, amendment)');
  });

  it('rules show <rule-set> names its criteria sets and how to list one', () => {
    expect(run(['rules', 'show', 'qd26-2026', '--locale', 'en']).stdout).toContain(
      'Criteria sets: 1–26 (ocop rules show qd26-2026 --set N)',
    );
    expect(run(['rules', 'show', 'qd26-2026']).stdout).toContain(
      'Bộ tiêu chí: 1–26 (ocop rules show qd26-2026 --set N)',
    );
    expect(run(['rules', 'show', 'qd148-1489-2025', '--locale', 'en']).stdout).toContain(
      'Criteria sets: 1–26 (ocop rules show qd148-1489-2025 --set N)',
    );
  });

  it('rules show --set: unknown set numbers are usage errors naming the issue code, for an amendment’s sets too', () => {
    const unknown = run(['rules', 'show', 'qd26-2026', '--set', '27', '--locale', 'en']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(
      /^ocop: error: --set: \[unknown_criteria_set\] Rule set "qd26-2026" has no criteria set 27 \(it has 26\)\n/,
    );
    expect(run(['rules', 'show', 'qd26-2026', '--set', '27']).stderr).toContain(
      '--set: [unknown_criteria_set] Bộ quy định "qd26-2026" không có bộ tiêu chí số 27 (có 26 bộ)',
    );
    const amended = run(['rules', 'show', 'qd1048-781-2020', '--set', '27', '--locale', 'en']);
    expect(amended.code).toBe(EXIT.usage);
    expect(amended.stderr).toContain('--set: [unknown_criteria_set] Rule set "qd1048-781-2020" has no criteria set 27');
    for (const value of ['0', '1.5', '-3', 'x', ''])
      expect(run(['rules', 'show', 'qd26-2026', `--set=${value}`]).code, value).toBe(EXIT.usage);
    expect(run(['rules', 'list', '--set', '1']).code).toBe(EXIT.usage);
  });

  it('validate evaluation runs the checks rate runs: what validate accepts, rate rates', () => {
    const file = files('evaluation-unscored-criteria.json');
    const validated = run(['validate', 'evaluation', file, '--format', 'json']);
    const rated = run(['rate', file, '--format', 'json']);
    expect(validated.code).toBe(EXIT.invalid);
    expect(rated.code).toBe(EXIT.invalid);
    expect(JSON.parse(validated.stderr)).toEqual(JSON.parse(rated.stderr));
    expect(
      (JSON.parse(validated.stderr) as { issues: Array<{ code: string; path: unknown[] }> }).issues[0],
    ).toMatchObject({ code: 'missing_criterion', path: ['sheets', 0, 'points', '1.1'] });
    expect(run(['validate', 'evaluation', files('banh-cay.json')]).code).toBe(EXIT.ok);
    expect(run(['validate', 'evaluation', files('bad-evaluation.json')]).code).toBe(EXIT.invalid);
  });
});
