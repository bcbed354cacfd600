import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main.js';
import { runMain } from './run-main.js';
import { QD148_KNOWN_DEFECTS } from '../../src/rules/data/qd148-2023/known-defects.js';

const run = (argv: string[]) => runMain(argv);

describe('ocop rules diff <a> <b> --set N', () => {
  it('148/2023 → 26/2026, set 1, in English: summary, sections, and one row per change', () => {
    const r = run(['rules', 'diff', 'qd148-2023', 'qd26-2026', '--set', '1', '--locale', 'en']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('qd148-2023 → qd26-2026: criteria set 1');
    expect(r.stdout).toContain(
      '- a: qd148-2023, set 1 "Rau, củ, quả, hạt tươi" (Quyết định 148/QĐ-TTg, Phụ lục III, bộ sản phẩm số 1)',
    );
    expect(r.stdout).toContain(
      '29 criteria matched; 3 added, 3 removed; 10 re-pointed, 11 re-marked, 24 with another code or title',
    );
    expect(r.stdout).toMatch(/6 → 6\s+CHỈ TIÊU CẢM QUAN\s+13\s+12/);
    expect(r.stdout).toMatch(
      /1\.c\s+1\.4\s+Năng lực sản xuất đáp ứng yêu cầu phân phối\s+re-marked, new code\s+1, 2, 3 · 4★ 2 · 5★ 3\s+1, 2, 3\s+title/,
    );
    expect(r.stdout).toMatch(/—\s+1\.2\s+Vùng nguyên liệu được cấp chứng nhận chất lượng\s+added/);
    expect(r.stdout).toMatch(/3\.đ\s+—\s+Kế toán\s+removed/);
    expect(r.stdout).toMatch(/3\.b\s+3\.2\s+Đại diện pháp luật[^\n]+similar title/);
  });

  it('in Vietnamese by default', () => {
    const r = run(['rules', 'diff', 'qd148-2023', 'qd26-2026', '--set', '1']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('qd148-2023 → qd26-2026: bộ tiêu chí số 1');
    expect(r.stdout).toContain('29 tiêu chí ghép được; thêm 3, bỏ 3; đổi điểm 10, đổi dấu sao 11, đổi mã hoặc tên 24');
    expect(r.stdout).toMatch(
      /2\.b\s+2\.2\s+Đóng gói, bao bì sản phẩm\s+đổi dấu sao, đổi mã\s+0, 1, 2, 3 · 5★ 3\s+0, 1, 2, 3 · 3★ 2\s+tên/,
    );
    expect(r.stdout).toMatch(/3\.đ\s+—\s+Kế toán\s+bỏ/);
  });

  it('--format json prints the diffCriteriaSets result', () => {
    const json = JSON.parse(
      run(['rules', 'diff', 'qd1048-2019', 'qd148-2023', '--set', '1', '--format', 'json']).stdout,
    ) as {
      a: { ruleSet: string };
      parts: unknown[];
      added: Array<{ code: string }>;
      matched: Array<{ a: { code: string }; b: { code: string }; matchedBy: string }>;
    };
    expect(json.a.ruleSet).toBe('qd1048-2019');
    expect(json.parts).toEqual([
      { part: 'A', before: 35, after: 40 },
      { part: 'C', before: 40, after: 35 },
    ]);
    expect(json.matched.find((p) => p.a.code === '11')).toMatchObject({ b: { code: '12' }, matchedBy: 'title' });
  });

  it('says so when the two sets have different titles (1048 numbers its product groups differently)', () => {
    const r = run(['rules', 'diff', 'qd1048-2019', 'qd26-2026', '--set', '9', '--locale', 'en']);
    expect(r.stdout).toContain('- a: qd1048-2019, set 9 "Chế biến từ thủy, hải sản"');
    expect(r.stdout).toContain('- b: qd26-2026, set 9 "Tương, nước mắm, gia vị dạng lỏng khác"');
    expect(r.stdout).toContain('Note: the two sets have different titles');
    expect(run(['rules', 'diff', 'qd148-2023', 'qd26-2026', '--set', '1', '--locale', 'en']).stdout).not.toContain(
      'Note:',
    );
  });

  it('a set against itself: no changes', () => {
    const r = run(['rules', 'diff', 'qd26-2026', 'qd26-2026', '--set', '3', '--locale', 'en']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('No changes.');
    expect(r.stdout).not.toContain('Code (a)');
  });

  it('usage errors: no --set, an unknown id, a missing id, a set number out of range', () => {
    const noSet = run(['rules', 'diff', 'qd148-2023', 'qd26-2026', '--locale', 'en']);
    expect(noSet.code).toBe(EXIT.usage);
    expect(noSet.stderr).toMatch(/^ocop: error: rules diff needs --set N \(the criteria set number\)\n/);
    expect(run(['rules', 'diff', 'qd148-2023', 'qd26-2026']).stderr).toContain('rules diff cần tùy chọn --set N');
    const unknown = run(['rules', 'diff', 'qd148-2023', 'qd999', '--set', '1', '--locale', 'en']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toContain('unknown rule set: qd999');
    expect(run(['rules', 'diff', 'qd148-2023', '--set', '1', '--locale', 'en']).stderr).toContain(
      'missing argument <id>',
    );
    const tooFar = run(['rules', 'diff', 'qd148-2023', 'qd26-2026', '--set', '27', '--locale', 'en']);
    expect(tooFar.stderr).toContain('--set: [unknown_criteria_set]');
    expect(run(['rules', 'diff', 'a', 'b', 'c', '--set', '1']).code).toBe(EXIT.usage);
    expect(run(['rules', 'list', '--set', '1', '--locale', 'en']).stderr).toContain(
      'option --set applies to rules show and rules diff only',
    );
  });
});

describe('ocop rules show: where the criteria come from', () => {
  it('26/2026 and 1048: official text, with the source', () => {
    expect(run(['rules', 'show', 'qd26-2026', '--locale', 'en']).stdout).toContain(
      'Criteria source: transcribed from the official text (Quyết định 26/2026/QĐ-TTg (22/05/2026), Phụ lục II, published at https://vanban.chinhphu.vn/',
    );
    expect(run(['rules', 'show', 'qd26-2026', '--set', '5']).stdout).toContain(
      'Nguồn bộ tiêu chí: chép từ văn bản chính thức (Quyết định 26/2026/QĐ-TTg',
    );
    const en = run(['rules', 'show', 'qd1048-781-2020', '--locale', 'en']).stdout;
    expect(en).toContain('Criteria source: transcribed from the official text (Quyết định 1048/QĐ-TTg (21/08/2019)');
    expect(en).toContain('Star marks: none in these criteria sets; the rule set has star minima');
    expect(run(['rules', 'show', 'qd1048-2019', '--locale', 'en']).stdout).toMatch(
      /Star marks: none in these criteria sets\n/,
    );
    expect(run(['rules', 'show', 'qd26-2026', '--locale', 'en']).stdout).not.toContain('Star marks: none');
  });

  it('148 and 148+1489: a third-party transcription not checked against the official text, and its known defects', () => {
    const total = QD148_KNOWN_DEFECTS.length;
    for (const id of ['qd148-2023', 'qd148-1489-2025']) {
      const en = run(['rules', 'show', id, '--locale', 'en']).stdout;
      expect(en).toContain(
        'Criteria source: a third-party transcription, not checked against the official text (Quyết định 148/QĐ-TTg (24/02/2023), Phụ lục III',
      );
      expect(en).toContain(`Known defects of the transcription: ${total} (`);
    }
    const set1 = QD148_KNOWN_DEFECTS.filter((d) => d.setNo === 1).length;
    const vi = run(['rules', 'show', 'qd148-2023', '--set', '1']).stdout;
    expect(vi).toContain('Nguồn bộ tiêu chí: bản chép của bên thứ ba, chưa đối chiếu với văn bản chính thức');
    expect(vi).toContain(`Lỗi đã biết của bản chép: ${set1} (`);
    expect(set1).toBeGreaterThan(0);
  });
});
