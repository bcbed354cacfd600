/**
 * The parameters of each issue code: what `makeIssue` takes, what an issue's `params` holds, and
 * what the messages in `src/locales/` are built from.
 */

/**
 * No parameters.
 *
 * @inline
 */
type None = { readonly [key: string]: never };

/**
 * What a size is counted in: array items or text characters (numbers have no unit).
 *
 * @inline
 */
type SizeUnit = 'items' | 'characters';

/**
 * The parameters of each issue code: `params` of an issue with that code. The names and types are
 * stable like the codes; a value echoed from the input (`value`) is `unknown`, as given.
 *
 * | code | params |
 * | --- | --- |
 * | `required` | `because?`: the path of the field that makes it required |
 * | `invalid_type` | `expected`, `received`: JSON type names, a union written `number \| string` |
 * | `too_small` / `too_big` | `minimum` / `maximum`, `inclusive`, `unit?` (`items`, `characters`) |
 * | `invalid_enum` | `options`, `value` |
 * | `invalid_format` | `format`, `example?`, `value` |
 * | `date_order` | `value` (the later date), `field`, `other` (the earlier one) |
 * | `range_order` | `value`, `relation` (`gt`, `gte`, `lt`, `lte`), `field`, `other` |
 *
 * and so on for every code: see each property below.
 *
 * @example
 * ```ts
 * import { issueMessage, type IssueParams } from 'ocop';
 * const params: IssueParams['too_big'] = { maximum: 100, inclusive: true, unit: 'items' };
 * issueMessage('too_big', params, 'en'); // 'Must be at most 100 items'
 * ```
 */
export interface IssueParams {
  /** A required field is missing; `because`: the field that makes it required (`targets.0.perUnit`). */
  readonly required: { readonly because?: string };
  /** `expected` and `received` are JSON type names (`number`, `array`, …); `expected` may be a union, `number | string`. */
  readonly invalid_type: { readonly expected: string; readonly received: string };
  /** `key`; `status`, `level` or `legalForm`: the value of the field that rules the key out, when one does. */
  readonly unknown_key: {
    readonly key: string;
    readonly status?: string;
    readonly level?: string;
    readonly legalForm?: string;
  };
  readonly forbidden_key: { readonly key: string };
  readonly empty_text: None;
  readonly too_small: { readonly minimum: number; readonly inclusive: boolean; readonly unit?: SizeUnit };
  readonly too_big: { readonly maximum: number; readonly inclusive: boolean; readonly unit?: SizeUnit };
  readonly not_integer: { readonly value: unknown };
  readonly not_a_number: { readonly value: unknown };
  readonly invalid_enum: { readonly options: readonly unknown[]; readonly value: unknown };
  /** `format`: the format's name (`province-code`), or several joined with ` | `; `example` likewise. */
  readonly invalid_format: { readonly format: string; readonly example?: string; readonly value: unknown };
  readonly invalid_date: { readonly value: unknown };
  /** The date `value` is before `other`, the date in `field`. */
  readonly date_order: { readonly value: string; readonly field: string; readonly other: string };
  /** The number `value` must be `relation` (greater than, at least, …) `other`, the number in `field`. */
  readonly range_order: {
    readonly value: number;
    readonly relation: 'gt' | 'gte' | 'lt' | 'lte';
    readonly field: string;
    readonly other: number;
  };
  readonly not_chronological: { readonly value: string; readonly previous: string };
  readonly duplicate: { readonly value: string | number };
  readonly one_of_fields: { readonly fields: readonly string[] };
  /** No unit with this `code` (on the date `on`, when the check is dated). */
  readonly unknown_unit: { readonly code: string; readonly on?: string };
  /** The unit `code` exists, but not on `on`: it exists from `validFrom` until `validTo` (`null`: open). */
  readonly unit_not_in_force: {
    readonly code: string;
    readonly name: string;
    readonly on: string;
    readonly validFrom: string | null;
    readonly validTo: string | null;
  };
  readonly unit_parent_mismatch: { readonly code: string; readonly parent: string };
  readonly level_not_in_force: { readonly level: string; readonly on: string; readonly lastDay: string };
  readonly empty_council: None;
  readonly mixed_sheets: None;
  readonly rule_set_mismatch: { readonly value: unknown; readonly expected: string };
  readonly level_not_in_rule_set: {
    readonly ruleSet: string;
    readonly level: string;
    readonly levels: readonly string[];
  };
  /**
   * `value`: the date; the rule set applies from `effectiveFrom` to `effectiveTo` (`null`: open);
   * `inForce`: the national rule set in force on that date, when the check names one (`certificateStatus`).
   */
  readonly rule_set_not_in_force: {
    readonly value: string;
    readonly ruleSet: string;
    readonly effectiveFrom: string;
    readonly effectiveTo: string | null;
    readonly inForce?: string;
  };
  readonly criteria_set_required: None;
  readonly criteria_not_available: { readonly ruleSet: string };
  /** `count`: how many criteria sets the rule set has. */
  readonly unknown_criteria_set: { readonly ruleSet: string; readonly setNo: number; readonly count: number };
  /** `module` and `name`: where the shipped set is exported from, for a set the library ships. */
  readonly criteria_not_loaded: { readonly ruleSet: string; readonly setNo: number } & (
    { readonly module?: never; readonly name?: never } | { readonly module: string; readonly name: string }
  );
  /** `value`: the set passed (`qd26-2026 6`), `expected`: the set wanted; `carried`: the rule set carries its own. */
  readonly criteria_set_mismatch: { readonly value: string; readonly expected: string; readonly carried: boolean };
  readonly unknown_criterion: { readonly criterion: string; readonly setNo: number };
  readonly missing_criterion: { readonly criterion: string; readonly title: string };
  readonly points_not_an_option: {
    readonly criterion: string;
    readonly value: number;
    readonly options: readonly number[];
  };
  readonly not_a_knock_out: { readonly criterion: string; readonly setNo: number };
  readonly unknown_target: { readonly target: string };
  readonly unknown_item: { readonly target: string; readonly item: string };
  readonly unknown_plan_unit: { readonly unit: string };
  /** A target of `kind` takes observations with `expected` (e.g. `value`). */
  readonly observation_form: { readonly kind: string; readonly expected: string };
  /** `first`: the index of the observation given first; `unit` absent for a whole-plan observation. */
  readonly duplicate_observation: {
    readonly target: string;
    readonly unit?: string | undefined;
    readonly date: string;
    readonly first: number;
  };
  readonly mixed_observation_scopes: { readonly target: string };
  readonly override_forbidden_key: { readonly key: string; readonly why: string };
  /** `other`: the change or the rule this change conflicts with. */
  readonly override_conflict: { readonly other: string };
  readonly override_not_stricter: {
    readonly criterion: string;
    readonly stars: number;
    readonly points: number;
    readonly current: number;
  };
  readonly override_already_applied: { readonly id: string };
  /** `what`: which figure of the set (`parts A + B + C`), its `value` and the `expected` one. */
  readonly invalid_criteria_set: { readonly what: string; readonly value: unknown; readonly expected: unknown };
  /** A value that is wrong in a way no other code names; `expected` says what it should be, when known. */
  readonly invalid_value: { readonly value?: unknown; readonly expected?: unknown };
}
