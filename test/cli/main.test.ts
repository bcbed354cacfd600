import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, main, todayInVietnam, VERSION, type CliIo } from '../../src/cli/main.js';
import { markdownTable, plainTable } from '../../src/cli/format.js';

const files = (name: string) => `test/cli/files/${name}`;

function run(argv: string[], options: { stdin?: string; isTTY?: boolean; env?: Record<string, string>; today?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: () => options.stdin ?? '',
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    ...(options.today === undefined ? {} : { today: () => options.today ?? '' }),
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

describe('ocop (main)', () => {
  describe('program options', () => {
    it('--version prints the package version', () => {
      const r = run(['--version']);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(VERSION);
      expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    });
    it('--help prints the program help; <command> --help the command help', () => {
      expect(run(['--help']).stdout).toContain('Usage: ocop <command>');
      for (const command of ['demo', 'validate', 'rate', 'progress', 'rules', 'schema']) {
        const r = run([command, '--help']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`Usage: ocop ${command}`);
      }
    });
    it('no command: help on stderr, exit 2', () => {
      const r = run([]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).toContain('Usage: ocop');
    });
    it('unknown command, unknown option, bad option values: exit 2 without a stack trace', () => {
      for (const argv of [['frob'], ['rules', 'list', '--frob'], ['rules', 'list', '--format', 'xml'], ['rules', 'list', '--locale', 'fr'], ['rate', '--as-of', '2020-01-01', files('banh-cay.json')], ['demo', '--as-of'], ['demo', '--as-of', '2023-02-29'], ['rules', 'frob'], ['demo', 'extra']]) {
        const r = run(argv);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stderr).toMatch(/ocop: error: /);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
      expect(run(['frob']).stderr).toContain('unknown command: frob');
      expect(run(['rules', 'list', '--frob']).stderr).toContain('unknown option: --frob');
    });
    it('missing arguments, unreadable files and bad JSON are usage errors naming the file', () => {
      expect(run(['rate']).stderr).toContain('missing argument <file|->');
      expect(run(['validate', 'plan']).code).toBe(2);
      expect(run(['validate', 'planet', files('plan.json')]).stderr).toContain('unknown kind: planet');
      const missing = run(['rate', files('nope.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`cannot read ${files('nope.json')}: no such file`);
      const broken = run(['validate', 'plan', files('broken.json')]);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain(`${files('broken.json')}: not valid JSON`);
      expect(run(['rate', '-'], { stdin: '{' }).stderr).toContain('stdin: not valid JSON');
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
        const code = main(['rate', '-', ...(debug ? ['--debug'] : [])], {
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
      expect(r.stdout).toContain('date: [invalid_date] Ngày không tồn tại');
      expect(run(['validate', 'observation', files('bad-observation.json'), '--locale', 'en']).stdout).toContain('date: [invalid_date]');
    });
    it('reads stdin with -, and --format json gives the ValidationResult', () => {
      const r = run(['validate', 'observation', '-', '--format', 'json'], { stdin: readFileSync(files('bad-observation.json'), 'utf8') });
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout) as { ok: boolean; issues: Array<{ code: string; path: string[] }> };
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
      const json = JSON.parse(run(['rate', files('banh-cay.json'), '--format=json']).stdout) as { stars: number; average: number; authority: string; forwardTo: string };
      expect(json).toMatchObject({ stars: 4, average: 81.2, authority: 'province', forwardTo: 'province' });
    });
    it('an invalid evaluation exits 1 with its issues, localized', () => {
      const r = run(['rate', files('bad-evaluation.json')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('sheets.0.total: [too_big]');
      const en = run(['rate', files('bad-evaluation.json'), '--locale', 'en', '--format', 'json']);
      expect(en.code).toBe(1);
      expect((JSON.parse(en.stdout) as { issues: Array<{ path: unknown[] }> }).issues[0]?.path).toEqual(['sheets', 0, 'total']);
    });
  });

  describe('progress', () => {
    const base = ['progress', files('plan.json'), '--observations', files('observations.json')];
    it('prints the targets table and the units below guidance', () => {
      const r = run([...base, '--as-of', '2020-07-15', '--locale', 'en']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/conference\s+milestone\s+1\s+50%\s+100%\s+2020-07-15\s+off track/);
      expect(r.stdout).toMatch(/upgrades\s+count\s+3\s+75%/);
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
      const bad = run(['progress', files('plan.json'), '--observations', files('bad-observations.json'), '--as-of', '2020-07-15']);
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
      const json = JSON.parse(run(['rules', 'check', files('override.json'), '--format', 'json']).stdout) as { diff: Array<{ path: string[] }> };
      expect(json.diff.some((d) => d.path.join('.') === 'minima.value.policy')).toBe(true);
      const bad = run(['rules', 'check', files('bad-override.json')]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('effectiveFrom: [invalid_date]');
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
      expect(r.stdout).toMatch(/district-conferences\s+milestone\s+6\s+75%/);
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
      expect(r.stdout).toContain('mau-tb-2020-01 (Bánh cáy Thiên Đức, 4★, issued 2020-12-30): expired, valid until 2023-12-30');
    });
    it('defaults to today; --format json and md', () => {
      const json = JSON.parse(run(['demo', '--format', 'json'], { today: '2021-02-01' }).stdout) as { asOf: string; planAsOf: string; periodEnded: boolean; ratings: Array<{ rating: { stars: number } }> };
      expect(json).toMatchObject({ asOf: '2021-02-01', planAsOf: '2020-12-31', periodEnded: true });
      expect(json.ratings.map((r) => r.rating.stars)).toEqual([4, 4]);
      expect(run(['demo', '--as-of', '2020-07-15', '--format', 'md']).stdout).toContain('| district-conferences | milestone | 6 | 75% |');
    });
  });
});

describe('formatters', () => {
  it('aligns plain columns by characters, not bytes', () => {
    expect(plainTable(['a', 'b'], [['Đông Hưng', '1'], ['x', '22']])).toBe('a          b\n---------  --\nĐông Hưng  1\nx          22');
  });
  it('escapes pipes in Markdown cells', () => {
    expect(markdownTable(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |');
  });
});
