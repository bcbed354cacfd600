/**
 * Typed issue params. The `@ts-expect-error` lines are checked by `tsc -p tsconfig.json` (which
 * includes test/): each must be an error, or the typecheck fails ("Unused '@ts-expect-error'
 * directive"). The runtime part builds every code's message from a real params object.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { makeIssue } from '../../src/core/messages.js';
import type { IssueDraft } from '../../src/core/shape.js';
import { LOCALES } from '../../src/locales/index.js';
import {
  ISSUE_CODES,
  issueMessage,
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssueParams,
  validate,
} from '../../src/index.js';

/** One real params object per code, of the shape the code takes (the compiler checks the table). */
const SAMPLES: { readonly [C in IssueCode]: IssueParams[C] } = {
  required: {},
  invalid_type: { expected: 'number | string', received: 'boolean' },
  unknown_key: { key: 'colour' },
  forbidden_key: { key: '__proto__' },
  empty_text: {},
  too_small: { minimum: 1, inclusive: true, unit: 'items' },
  too_big: { maximum: 100, inclusive: false, unit: 'characters' },
  not_integer: { value: 2.5 },
  not_a_number: { value: '81,2' },
  invalid_enum: { options: ['district', 'province'], value: 'commune' },
  invalid_format: { format: 'province-code', example: '34', value: '3' },
  invalid_date: { value: '2023-02-29' },
  date_order: { value: '2020-01-01', field: 'period.start', other: '2020-07-01' },
  range_order: { value: 5, relation: 'gte', field: 'min', other: 10 },
  not_chronological: { value: '2021-01-01', previous: '2022-01-01' },
  duplicate: { value: 'training' },
  one_of_fields: { fields: ['value', 'done', 'numerator + denominator'] },
  unknown_unit: { code: '99', on: '2025-07-01' },
  unit_not_in_force: { code: '34', name: 'Thái Bình', on: '2025-07-01', validFrom: null, validTo: '2025-06-30' },
  unit_parent_mismatch: { code: '340', parent: '01' },
  level_not_in_force: { level: 'district', on: '2025-07-01', lastDay: '2025-06-30' },
  empty_council: {},
  mixed_sheets: {},
  rule_set_mismatch: { value: 'qd148-2023', expected: 'qd26-2026' },
  level_not_in_rule_set: { ruleSet: 'qd26-2026', level: 'district', levels: ['province', 'central'] },
  rule_set_not_in_force: {
    value: '2026-01-01',
    ruleSet: 'qd26-2026',
    effectiveFrom: '2026-05-22',
    effectiveTo: null,
    inForce: 'qd148-2023',
  },
  criteria_set_required: {},
  criteria_not_available: { ruleSet: 'qd1048-2019' },
  unknown_criteria_set: { ruleSet: 'qd26-2026', setNo: 27, count: 26 },
  criteria_not_loaded: { ruleSet: 'qd26-2026', setNo: 6, module: 'ocop/rules/qd26-2026/06', name: 'QD26_SET_06' },
  criteria_set_mismatch: { value: 'qd26-2026 5', expected: 'qd26-2026 6', carried: false },
  unknown_criterion: { criterion: '9.9', setNo: 6 },
  missing_criterion: { criterion: '2.2', title: 'Đóng gói, bao bì sản phẩm' },
  points_not_an_option: { criterion: '2.2', value: 4, options: [0, 1, 3, 5] },
  not_a_knock_out: { criterion: '1.1', setNo: 6 },
  unknown_target: { target: 'training' },
  unknown_item: { target: 'upgrade', item: 'banh-cay' },
  unknown_plan_unit: { unit: '341' },
  observation_form: { kind: 'share', expected: 'numerator and denominator' },
  duplicate_observation: { target: 'training', unit: '340', date: '2020-07-01', first: 3 },
  mixed_observation_scopes: { target: 'training' },
  override_forbidden_key: { key: 'bands', why: 'the law fixes it' },
  override_conflict: { other: 'changes.minima.0' },
  override_not_stricter: { criterion: '2.2', stars: 4, points: 1, current: 2 },
  override_already_applied: { id: 'hy-2026' },
  invalid_criteria_set: { what: 'parts A + B + C', value: 95, expected: 100 },
  invalid_value: { value: 95, expected: 100 },
};

/** The other branches of the messages: optional params left out, other values that change the wording. */
const VARIANTS: ReadonlyArray<{ [C in IssueCode]: readonly [C, IssueParams[C]] }[IssueCode]> = [
  ['required', { because: 'targets.0.perUnit' }],
  ['too_small', { minimum: 0, inclusive: false }],
  ['invalid_format', { format: 'key', value: 'x y' }],
  ['unknown_unit', { code: '99' }],
  [
    'rule_set_not_in_force',
    { value: '2027-01-01', ruleSet: 'qd148-2023', effectiveFrom: '2023-02-28', effectiveTo: '2026-05-21' },
  ],
  ['criteria_not_loaded', { ruleSet: 'qd148-2023', setNo: 2 }],
  ['criteria_set_mismatch', { value: 'qd26-2026 5', expected: 'qd26-2026 6', carried: true }],
  ['duplicate_observation', { target: 'conference', date: '2020-07-10', first: 0 }],
  ['invalid_value', {}],
];

const BROKEN = /undefined|NaN|\[object /;

describe('issue params', () => {
  it.each(ISSUE_CODES)(
    '%s: a message in every locale from its params, with no undefined, NaN or [object …]',
    (code) => {
      const messages = LOCALES.map((locale) => issueMessage(code, SAMPLES[code], locale));
      expect(new Set(messages).size).toBe(LOCALES.length);
      for (const message of messages) expect(message).not.toMatch(BROKEN);
    },
  );

  it.each(VARIANTS)('%s, another branch of its message, reads well', (code, params) => {
    for (const locale of LOCALES) expect(issueMessage(code, params, locale)).not.toMatch(BROKEN);
  });

  it('the sample table is a real value per code: every message names a value of its params', () => {
    expect(issueMessage('too_big', SAMPLES.too_big, 'en')).toBe('Must be less than 100 characters');
    expect(issueMessage('criteria_not_loaded', SAMPLES.criteria_not_loaded, 'en')).toContain(
      "import { QD26_SET_06 } from 'ocop/rules/qd26-2026/06'",
    );
    expect(issueMessage('criteria_not_loaded', { ruleSet: 'qd148-2023', setNo: 2 }, 'en')).toBe(
      'Criteria set 2 of "qd148-2023" is not loaded: pass it as options.criteria',
    );
  });

  it('makeIssue keeps the params it was given and narrows the issue to its code', () => {
    const issue = makeIssue('too_big', ['sheets'], { maximum: 100, inclusive: true, unit: 'items' }, 'en');
    expectTypeOf(issue).toEqualTypeOf<IssueOf<'too_big'>>();
    expectTypeOf(issue.params?.maximum).toEqualTypeOf<number | undefined>();
    expect(issue).toEqual({
      code: 'too_big',
      path: ['sheets'],
      params: { maximum: 100, inclusive: true, unit: 'items' },
      message: 'Must be at most 100 items',
    });
  });

  it('the example of docs/errors.md: an issue of validate narrowed by its code reads typed params', () => {
    const result = validate('observation', { target: 'conference', date: '2020-07-10', value: -1 });
    const minima = result.ok
      ? []
      : result.issues.map((issue) => (issue.code === 'too_small' ? issue.params?.minimum : NaN));
    expectTypeOf(minima).toEqualTypeOf<Array<number | undefined>>();
    expect(minima).toEqual([0]);
  });

  it('an Issue narrowed by its code reads typed params; any other key still reads as unknown', () => {
    const issues: Issue[] = [makeIssue('invalid_date', ['asOf'], { value: '2023-02-29' })];
    const minima = issues.map((issue) => (issue.code === 'too_small' ? issue.params?.minimum : undefined));
    expectTypeOf(minima).toEqualTypeOf<Array<number | undefined>>();
    expect(minima).toEqual([undefined]);
    expect(issues[0]?.params?.['value']).toBe('2023-02-29');
  });
});

const anIssue = (issue: Issue): Issue => issue;
const anIssueOf = <C extends IssueCode>(issue: IssueOf<C>): IssueOf<C> => issue;

/**
 * Not run: only type-checked. Each `@ts-expect-error` marks a call or literal that must not
 * compile: a missing param, a misspelt param, a param of the wrong type.
 */
export function typeErrors(): unknown[] {
  return [
    // missing param (`expected`)
    // @ts-expect-error received without expected
    makeIssue('invalid_type', [], { received: 'string' }),
    // misspelt param (`maximun`)
    // @ts-expect-error maximun is not a param of too_big
    makeIssue('too_big', [], { maximun: 3, inclusive: true }),
    // wrong type (a number where a string is wanted)
    // @ts-expect-error key is a string
    makeIssue('unknown_key', ['x'], { key: 5 }),
    // wrong type (a unit that is not one)
    // @ts-expect-error unit is items or characters
    makeIssue('too_small', [], { minimum: 1, inclusive: true, unit: 'rows' }),
    // params for a code that takes none
    // @ts-expect-error empty_council takes no params
    makeIssue('empty_council', ['sheets'], { count: 0 }),
    // an unknown code
    // @ts-expect-error not an issue code
    makeIssue('not_a_code', [], {}),
    // a draft literal with a misspelt param
    // @ts-expect-error previous, not prev
    { code: 'not_chronological', path: [], params: { value: '2021-01-01', prev: '2022-01-01' } } satisfies IssueDraft,
    // a draft literal missing a param
    // @ts-expect-error duplicate needs a value
    { code: 'duplicate', path: [], params: {} } satisfies IssueDraft,
    // an Issue literal whose param has the wrong type (relation is gt, gte, lt or lte)
    // @ts-expect-error the error is reported on the whole literal: Issue is a union of 47 members
    anIssue({ code: 'range_order', path: [], message: '', params: { value: 1, relation: 'ge', field: 'f', other: 2 } }),
    // an Issue literal narrowed to its code: the error is on the param
    anIssueOf<'range_order'>({
      code: 'range_order',
      path: [],
      message: '',
      // @ts-expect-error relation is gt, gte, lt or lte
      params: { value: 1, relation: 'ge', field: 'min', other: 2 },
    }),
    // the right shapes compile
    makeIssue('invalid_type', [], { expected: 'number', received: 'string' }),
    { code: 'duplicate', path: [], params: { value: 'a' } } satisfies IssueDraft,
  ];
}
