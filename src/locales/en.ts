/**
 * English (`en`): every sentence the library writes, one named constant per section (see
 * `Catalogue` in `catalogue.ts`).
 */
import type { Level } from '../model/level.js';
import type { BandText, CliText, IssueMessages, RatingText } from './catalogue.js';
import { expectedValue, show, typeWords, wordFor, type Words } from './format.js';
import type { ProgressStatus, ProgressText, ReportText } from './catalogue.js';

/** Type names of `invalid_type`'s `expected` and `received`. */
const TYPE_NAMES: Words = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  null: 'null',
  undefined: 'nothing',
};
/** Joins the type names of a union. */
const OR = ' or ';
/** `range_order`'s relations. */
const RELATIONS: Words = { gt: 'greater than', gte: 'at least', lt: 'less than', lte: 'at most' };
/** What `too_small` and `too_big` count. */
const UNITS: Words = { items: ' items', characters: ' characters' };

/** Issue messages. */
export const issues: IssueMessages = {
  required: () => 'Required field is missing',
  invalid_type: (p) =>
    `Expected ${typeWords(p.expected, TYPE_NAMES, OR)}, received ${typeWords(p.received, TYPE_NAMES, OR)}`,
  unknown_key: (p) => `Unknown key: ${show(p.key)}`,
  forbidden_key: (p) => `Key is forbidden for safety: ${show(p.key)}`,
  empty_text: () => 'Must not be empty',
  too_small: (p) =>
    `Must be ${p.inclusive === false ? 'greater than' : 'at least'} ${show(p.minimum)}${wordFor(UNITS, p.unit, '')}`,
  too_big: (p) =>
    `Must be ${p.inclusive === false ? 'less than' : 'at most'} ${show(p.maximum)}${wordFor(UNITS, p.unit, '')}`,
  not_integer: () => 'Must be a whole number',
  not_a_number: (p) => `Must be a decimal number written in digits (e.g. "81.2"), received ${show(p.value)}`,
  invalid_enum: (p) => `Invalid value; expected one of: ${show(p.options)}`,
  invalid_format: (p) =>
    `Invalid ${show(p.format)} format${p.example === undefined ? '' : ` (e.g. ${show(p.example)})`}`,
  invalid_date: (p) => `Not a real calendar date in YYYY-MM-DD form: ${show(p.value)}`,
  date_order: (p) => `Date ${show(p.value)} must not be before ${show(p.field)} (${show(p.other)})`,
  range_order: (p) =>
    `Value ${show(p.value)} must be ${wordFor(RELATIONS, p.relation, 'consistent with')} ${show(p.field)} (${show(p.other)})`,
  not_chronological: (p) => `Entries must be in date order: ${show(p.value)} comes after ${show(p.previous)}`,
  duplicate: (p) => `Duplicate value: ${show(p.value)}`,
  one_of_fields: (p) => `Exactly one of these fields is required: ${show(p.fields)}`,
  unknown_unit: (p) =>
    `No administrative unit with code ${show(p.code)}${p.on === undefined ? '' : ` on ${show(p.on)}`}`,
  unit_not_in_force: (p) =>
    `Administrative unit ${show(p.code)} (${show(p.name)}) is not in force on ${show(p.on)}; it exists ${p.validFrom === null ? '' : `from ${show(p.validFrom)} `}${p.validTo === null ? '' : `until ${show(p.validTo)}`}`.trim(),
  unit_parent_mismatch: (p) => `Unit ${show(p.code)} does not belong to ${show(p.parent)}`,
  level_not_in_force: (p) =>
    `The ${show(p.level)} level no longer exists on ${show(p.on)} (it ended after ${show(p.lastDay)})`,
  empty_council: () => 'A council evaluation needs at least one score sheet',
  mixed_sheets: () => 'Do not mix criterion sheets and totals-only sheets in one evaluation',
  rule_set_mismatch: (p) => `Names rule set ${show(p.value)} where ${show(p.expected)} is expected`,
  level_not_in_rule_set: (p) =>
    `Rule set ${show(p.ruleSet)} has no ${show(p.level)} level; its levels: ${show(p.levels)}`,
  rule_set_not_in_force: (p) =>
    `Rule set ${show(p.ruleSet)} is not in force on ${show(p.value)}: it applies from ${show(p.effectiveFrom)}${p.effectiveTo ? ` to ${show(p.effectiveTo)}` : ''}`,
  criteria_set_required: () => 'Criterion sheets need the criteria set number (criteriaSet)',
  criteria_not_available: (p) => `Rule set ${show(p.ruleSet)} ships no criteria; give each member's total instead`,
  unknown_criteria_set: (p) =>
    `Rule set ${show(p.ruleSet)} has no criteria set ${show(p.setNo)} (it has ${show(p.count)})`,
  criteria_not_loaded: (p) =>
    `Criteria set ${show(p.setNo)} of ${show(p.ruleSet)} is not loaded: pass it as options.criteria` +
    (p.module === undefined
      ? ''
      : ` (import { ${String(p.name)} } from '${String(p.module)}', or await loadCriteriaSet(${show(p.ruleSet)}, ${show(p.setNo)}))`),
  criteria_set_mismatch: (p) =>
    p.carried === true
      ? `The adapted rule set carries its own criteria (${show(p.expected)}); do not pass a different options.criteria (${show(p.value)})`
      : `options.criteria is set ${show(p.value)}, the evaluation is scored on ${show(p.expected)}`,
  unknown_criterion: (p) => `Criteria set ${show(p.setNo)} has no criterion ${show(p.criterion)}`,
  missing_criterion: (p) => `Criterion ${show(p.criterion)} (${show(p.title)}) is not scored`,
  points_not_an_option: (p) =>
    `Criterion ${show(p.criterion)}: ${show(p.value)} points is not one of its options: ${show(p.options)}`,
  not_a_knock_out: (p) => `Criterion ${show(p.criterion)} of set ${show(p.setNo)} has no knock-out note`,
  unknown_target: (p) => `The plan has no target ${show(p.target)}`,
  unknown_item: (p) => `Target ${show(p.target)} has no item ${show(p.item)}`,
  unknown_plan_unit: (p) => `Unit ${show(p.unit)} is not one of the plan's units`,
  observation_form: (p) => `A ${show(p.kind)} target takes observations with ${show(p.expected)}`,
  duplicate_observation: (p) =>
    `Duplicate observation: target ${show(p.target)}, unit ${show(p.unit ?? '(whole plan)')}, date ${show(p.date)} already given at #${show(p.first)}`,
  mixed_observation_scopes: (p) => `Target ${show(p.target)}: do not mix per-unit observations with whole-plan ones`,
  override_forbidden_key: (p) => `${show(p.key)} cannot be changed here: ${show(p.why)}`,
  override_conflict: (p) => `This change conflicts with ${show(p.other)}`,
  override_not_stricter: (p) =>
    `The ${show(p.stars)}★ requirement at ${show(p.criterion)} (≥ ${show(p.points)} points) is not stricter than the current one (≥ ${show(p.current)} points)`,
  override_already_applied: (p) => `Override ${show(p.id)} is already applied to this rule set`,
  invalid_criteria_set: (p) =>
    `Invalid criteria set: ${show(p.what)} is ${show(p.value)}, expected ${show(p.expected)}`,
  invalid_value: (p) => `Invalid value${expectedValue(p, 'expected')}`,
};

// Sections of other areas follow.

/** Target statuses, as a target's explanation names them. */
const TARGET_STATUSES: { readonly [S in ProgressStatus]: string } = {
  achieved: 'achieved',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  missed: 'missed (past the due date)',
  'not-started': 'not started',
  'achieved-late': 'achieved, but after the due date',
  'no-data': 'no data reported',
};

/** A target's explanation (`TargetProgress.explanation`). */
export const progress: ProgressText = {
  minimum: (g) =>
    `minimum ${g.min}${g.max === undefined ? '' : `, stretch ${g.max}`}${g.from === undefined ? '' : `, from ${g.from}`}`,
  milestone: (g) => `${g.units === undefined ? 'the whole plan' : `${g.units} units`}, due ${g.due}`,
  items: (count) => `${count} items`,
  current: (l) => `Current ${l.value} (${l.goal})`,
  progress: (l) =>
    `Progress ${l.progress}${l.stretch === undefined ? '' : `, stretch ${l.stretch}`}; expected by time ${l.expected} (${l.days}/${l.total} days)`,
  attainment: (l) =>
    [
      `Reached ${l.attainment} of plan`,
      l.surplus === undefined ? '' : `${l.surplus} ${l.above ? 'above' : 'below'} target`,
      l.achievedOn === undefined ? '' : `met on ${l.achievedOn}`,
    ]
      .filter(Boolean)
      .join('; '),
  status: (status) => `Status: ${TARGET_STATUSES[status]}`,
  belowGuidance: (names) => `Below the per-unit guidance: ${names}`,
  late: (names) => `Done late: ${names}`,
  planLate: 'Done late: the whole plan',
};

/** `1 observation`, `2 observations`. */
const observations = (count: number) => `${count} ${count === 1 ? 'observation' : 'observations'}`;

/** The `ocop` command's reports of a plan's progress and a product's rating. */
export const reports: ReportText = {
  heading: (r) => `${r.title} — as of ${r.asOf}`,
  score: (r) => `Plan score: ${r.score} (${r.targets} of ${r.of} targets with data, ${r.weight} of the weight).`,
  ignoredAfterAsOf: (r) => `${observations(r.count)} dated after the as-of date (${r.asOf}) ignored.`,
  ignoredBeforePeriod: (count) => `${observations(count)} dated before the plan's period ignored.`,
  targetColumns: {
    target: 'Target',
    kind: 'Kind',
    current: 'Current',
    progress: 'Progress',
    attainment: 'Of plan',
    surplus: 'Surplus',
    expected: 'Expected',
    due: 'Due',
    status: 'Status',
  },
  percentagePoints: (value) => `${value} pp`,
  belowGuidanceHeading: 'Units below guidance',
  belowGuidanceColumns: { target: 'Target', belowGuidance: 'Below guidance', late: 'Done late' },
  wholePlan: 'the whole plan',
  none: '(none)',
  ratingColumns: { item: 'Item', value: 'Value' },
  chartsHeading: 'Charts by target',
  chartLegend: {
    observed: 'Reported figures',
    expected: 'Expected progress',
    minimum: 'Minimum target',
    stretch: 'Stretch target',
    asOf: 'As-of date',
  },
  chartNoData: 'No data reported',
  chartSummary: (c) => `${c.title}: ${c.status}; from ${c.from} to ${c.to}`,
  ratingRows: {
    stars: 'Stars',
    average: 'Average',
    band: 'Band',
    recognised: 'Recognised',
    authority: 'Authority',
    forwardTo: 'Forward to',
    unmetMinima: 'Unmet minima',
  },
};

/** Levels as a rating's explanation names them. */
const RATING_LEVELS: { readonly [L in Level]: string } = {
  district: 'district',
  province: 'province',
  central: 'central (ministry)',
};

/** A rating's explanation lines (`rateProduct`); numbers come written. */
export const rating: RatingText = {
  markMet: ': met',
  markUnmet: ': not met',
  markNotRequired: (band) => `: not met, not required in the ${band}★ band`,
  criterion: (l) => `${l.code} ${l.titles.en}: ${l.score} points${l.marks}`,
  part: (l) => `Part ${l.part} (${l.titleEn}): ${l.score} points`,
  average: (l) =>
    l.members === 1
      ? `Average of 1 member's total: ${l.average} (${l.totals})`
      : `Average of ${l.members} members' totals: ${l.average} (${l.totals})`,
  band: (l) => `Score band: ${l.stars}★ (${l.range})`,
  minimum: (l) =>
    `Unmet ${l.stars}★ minimum at ${l.code} (${l.title}): needs ≥ ${l.required} points, met on ${l.meeting}/${l.sheets} sheets`,
  result: (stars) => `Result: ${stars}★`,
  capped: (l) => `Result: ${l.stars}★ (capped from ${l.band}★ by unmet minima)`,
  rejected: (band) => `Result: ${band}★ rejected by unmet minima`,
  recognised: (l) => `Recognised at ${l.stars}★ by the ${RATING_LEVELS[l.authority]} level`,
  notRecognised: 'Not recognised; no certificate',
  forwarded: (l) =>
    `Average ${l.average} ≥ ${l.threshold}: the ${RATING_LEVELS[l.from]} level forwards to the ${RATING_LEVELS[l.to]} level`,
  notForwarded: (l) => `Average ${l.average} < ${l.threshold}: not forwarded`,
  dossierRejected: (text) => `Dossier rejected: ${text}`,
  knockOut: (l) => `Evaluation stopped at criterion ${l.criterion} (knock-out): ${l.text}`,
  minimaNotChecked: 'Star minima not checked: the sheets carry totals only',
  minimaNotMarked: 'Star minima not checked: the criteria set carries no star marks',
};

/** Why a file could not be read, by Node's error code. */
const READ_ERRORS: Words = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

/** The `ocop` command: names, usage errors, reports and help. */
export const cli: CliText = {
  levels: { district: 'district', province: 'province', central: 'central' },
  statuses: {
    achieved: 'achieved',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    missed: 'missed',
    'not-started': 'not started',
    'achieved-late': 'achieved late',
    'no-data': 'no data',
  },
  kinds: { count: 'count', share: 'share', milestone: 'milestone', items: 'items' },
  certificateStatuses: {
    valid: 'valid',
    'renewal-window': 'in the renewal window',
    'renewal-late': 'past the renewal window',
    grace: 'in the grace period',
    expired: 'expired',
    revoked: 'revoked',
  },
  daysLeft: (n) => `${n} ${n === 1 ? 'day' : 'days'} left`,
  daysAgo: (n) => `${n} ${n === 1 ? 'day' : 'days'} ago`,
  minimaCouncil: {
    majority: 'met when more than half of the sheets meet them',
    all: 'met when every sheet meets them',
  },
  minimaPolicy: { cap: 'unmet lowers the stars', reject: 'unmet means not recognised' },
  instrumentRoles: { base: 'base decision', amendment: 'amendment' },
  yes: 'yes',
  no: 'no',
  title: (item) => item.titleEn,
  args: {
    file: 'file|-',
    planFile: 'plan-file',
    kind: 'kind',
    id: 'id',
    overrideFile: 'override.json|-',
    rulesSubcommand: 'list|show|check|diff',
    unitQuery: 'code|name',
  },
  usage: {
    unknownOption: (option) => `unknown option: ${option}`,
    takesNoValue: (name) => `option --${name} takes no value`,
    needsValue: (name) => `option --${name} needs a value`,
    notADate: (value) => `--as-of: not a date YYYY-MM-DD: ${value}`,
    missingArgument: (name) => `missing argument <${name}>`,
    unexpectedArgument: (arg) => `unexpected argument: ${arg}`,
    oneStdin: 'only one argument can be "-" (stdin)',
    cannotRead: (l) => `cannot read ${l.file}: ${wordFor(READ_ERRORS, l.code, l.message)}`,
    notJson: (l) => `${l.source}: not valid JSON: ${l.message}`,
    unknownKind: (l) => `unknown kind: ${l.kind} (kinds: ${l.kinds})`,
    missingObservations: 'missing option --observations <file>',
    notObservations: (source) => `${source}: expected a JSON array of observations`,
    setOnlyForShow: 'option --set applies to rules show and rules diff only',
    missingSet: 'rules diff needs --set N (the criteria set number)',
    unknownRuleSet: (l) => `unknown rule set: ${l.id} (ids: ${l.ids})`,
    unknownRulesSubcommand: (sub) => `unknown rules subcommand: ${sub} (list, show, check, diff)`,
    notASetNumber: (value) => `--set: not a criteria set number (a whole number from 1): ${value}`,
    mustBeOneOf: (l) => `--${l.name} must be one of ${l.allowed}`,
    unknownCommand: (l) => `unknown command: ${l.command} (commands: ${l.commands})`,
    optionNotFor: (l) => `option --${l.name} does not apply to ${l.command}`,
    htmlOnlyForProgress: (command) => `--format html applies to progress only, not to ${command}`,
    notADateFor: (l) => `--${l.name}: not a date YYYY-MM-DD: ${l.value}`,
    missingTo: 'units migrate needs --to YYYY-MM-DD (the date whose units the records move to)',
    notAUnitCode: (value) => `not a unit code (2 digits: province, 3: district, 5: commune): ${value}`,
    unknownUnitCode: (code) => `no unit ever had code ${code} (in the tables of ocop/units)`,
    noUnitNamed: (l) => `no unit named "${l.name}" on ${l.on}, with or without diacritics`,
    notRecords: (l) => `${l.source}: expected a JSON array of ${l.kind} records`,
  },
  valid: (l) => `OK: ${l.source} is a valid ${l.kind}`,
  ratingTitle: 'Rating',
  rules: {
    listColumns: ['Id', 'From', 'To', 'Title'],
    inForce: (l) => `In force: ${l.from} – ${l.to ?? 'now'}`,
    columns: ['Rule', 'Value', 'Reference'],
    parts: 'Parts',
    bands: 'Bands',
    recognition: 'Recognition',
    forwarding: 'Forwarding',
    certificateValidity: 'Certificate validity',
    months: (n) => `${n} months`,
    minima: 'Star minima',
    noCriteriaSets: 'Criteria sets: none shipped (evaluations carry member totals)',
    criteriaSets: 'Criteria sets',
    checked: (l) => `${l.source}: valid, ${l.changes} change(s) to ${l.base}`,
    diffColumns: ['Path', 'Before', 'After', 'Reference', 'Replaces'],
    provenance: (p) =>
      p.kind === 'official-text'
        ? `Criteria source: transcribed from the official text (${p.source})`
        : `Criteria source: a third-party transcription, not checked against the official text (${p.source})`,
    knownDefects: (n) =>
      `Known defects of the transcription: ${n} (each corrected or kept, with its reason, in the set's transcriptionNotes)`,
    noStarMarks: (minima) =>
      minima
        ? 'Star marks: none in these criteria sets; the rule set has star minima, which cannot be checked without them (a province override can add them)'
        : 'Star marks: none in these criteria sets',
  },
  criteriaDiff: {
    heading: (l) => `${l.a} → ${l.b}: criteria set ${l.setNo}`,
    side: (l) => `${l.side}: ${l.ruleSet}, set ${l.setNo} "${l.title}" (${l.reference})`,
    summary: (c) =>
      `${c.matched} criteria matched; ${c.added} added, ${c.removed} removed; ${c.repointed} re-pointed, ${c.remarked} re-marked, ${c.renamed} with another code or title`,
    partColumns: ['Part', 'Before', 'After'],
    sectionColumns: ['Section', 'Title', 'Before', 'After'],
    criterionColumns: [
      'Code (a)',
      'Code (b)',
      'Criterion',
      'Change',
      'Points, marks (a)',
      'Points, marks (b)',
      'Matched by',
    ],
    changes: {
      added: 'added',
      removed: 'removed',
      repointed: 're-pointed',
      remarked: 're-marked',
      recoded: 'new code',
      retitled: 'new title',
    },
    matchedBy: {
      'code-and-title': 'code and title',
      title: 'title',
      'similar-title': 'similar title',
      code: 'code',
      section: 'only one in section',
    },
    noChanges: 'No changes.',
    differentTitles:
      'Note: the two sets have different titles; the same number does not always name the same product group across decisions.',
  },
  criteriaSet: {
    heading: (setNo) => `Criteria set ${setNo}`,
    reference: 'Reference',
    partColumns: ['Part', 'Title', 'Max points'],
    sectionColumns: ['Section', 'Title', 'Max points', 'Part'],
    criterionColumns: ['Code', 'Criterion', 'Max', 'Points (n★: minimum for n stars)'],
  },
  units: {
    levels: { province: 'province', district: 'district', commune: 'commune' },
    conversionKinds: {
      whole: 'merged whole',
      part: 'part of it',
      unchanged: 'unchanged',
      renamed: 'renamed',
      retyped: 'new type',
      'special-zone': 'made a special zone (đặc khu)',
    },
    reasons: {
      split: 'split in 2025, a person must choose',
      abolished: 'abolished before 2025, the data do not say which unit took it',
      unknown_unit: "no unit had this code on the record's date",
    },
    heading: (l) => `${l.code} on ${l.on}: ${l.unit}`,
    noneOn: (l) => `${l.code} on ${l.on}: no unit had this code that day`,
    rows: { code: 'Code', unit: 'Unit', level: 'Level', partOf: 'Part of', period: 'In force' },
    period: (l) => `${l.from ?? '…'} – ${l.to ?? 'now'}`,
    columns: ['Code', 'Unit', 'Level', 'Part of', 'From', 'To'],
    history: (code) => `Every unit that had code ${code}:`,
    successor: (l) => `On ${l.on}, what was ${l.code} is in ${l.unit}.`,
    noSuccessor: (l) => `On ${l.on}, no unit holds what was ${l.code} (the date is before the unit existed).`,
    conversion: (l) =>
      l.split
        ? `${l.unit} was split on 2025-07-01: its parts went to ${l.count} new communes (a record there needs a person to choose):`
        : `${l.unit} went on 2025-07-01 into:`,
    conversionColumns: ['Code', 'New commune', 'Part of', 'How'],
    named: (l) => `Units named "${l.name}" on ${l.on}: ${l.count}`,
    diacriticsIgnored: (name) =>
      `No unit is written "${name}" with these diacritics; these match with diacritics ignored.`,
    migrated: (l) =>
      `${l.migrated} of ${l.total} records migrated to the units of ${l.to}; ${l.refused} refused (a person must choose), ${l.invalid} invalid (not migrated)`,
    refusedHeading: 'Refused (the record keeps its units until a person chooses):',
    refusal: (l) =>
      `[${l.index}] ${l.id}, ${l.path} ${l.code}: ${l.reason}${l.choices === '' ? '' : `; choices: ${l.choices}`}${l.within === undefined ? '' : `; within ${l.within}`}`,
    invalidHeading: 'Invalid records (not migrated):',
    invalid: (l) => `[${l.index}]${l.id === undefined ? '' : ` ${l.id}`}: ${l.issues}`,
  },
  demo: {
    heading: 'Thái Bình 2020: the OCOP plan (ocop/fixtures data)',
    ended: (end) => `The plan period ended on ${end}; showing the end-of-year state.`,
    asOf: (date) => `As of ${date}.`,
    samples: (count) =>
      `Progress data are SAMPLES (${count} illustrative observations, unsourced): district conferences held in 6 districts by 2020-07-10, one late; upgrades and new products per district by December.`,
    ratedHeading: 'Products rated by the Đông Hưng district council on 2020-12-24',
    certificateHeading: 'Certificate (SAMPLE)',
    notIssued: (l) => `${l.id}: not issued yet (sample issue date ${l.issuedOn}).`,
    certificate: (l) =>
      `${l.id} (${l.product}, ${l.stars}★, issued ${l.issuedOn}): ${l.status} on ${l.asOf}: valid until ${l.validUntil}, ${l.days}.`,
  },
  errors: {
    usage: 'ocop: error:',
    seeHelp: "See 'ocop --help'.",
    invalidInput: 'invalid input',
    internal: 'ocop: internal error:',
    debugHint: '(run again with --debug for the stack trace)\n',
  },
  programHelp: (f) => `ocop ${f.version}: Vietnam's OCOP programme (Mỗi xã một sản phẩm) on the command line

Usage: ocop <command> [options]

Commands:
  demo [--as-of YYYY-MM-DD]                         the Thái Bình 2020 story from ocop/fixtures
  validate <kind> <file|->                          validate a JSON record (${f.kinds})
  rate <file|->                                     rate a product from an evaluation JSON
  progress <plan-file> --observations <file> [--as-of YYYY-MM-DD]
                                                    a plan's progress on a date
  rules list | show <id> [--set N] | check <override.json|-> | diff <id-a> <id-b> --set N
                                                    national rule sets, criteria sets, province
                                                    overrides, one criteria set across two rule sets
  units <code|name> [--on YYYY-MM-DD] | migrate <file|-> --to YYYY-MM-DD [--kind producer|product]
                                                    administrative units on a date, a code's history;
                                                    records moved to the units of a later date
  schema <kind>                                     the JSON Schema of a kind

Options:
  --format table|json|md   output format (default table; progress also takes html)
  --locale vi|en           language of everything printed (default vi)
  --debug                  print stack traces of unexpected errors
  --version                print the version
  --help                   this help, or a command's help: ocop <command> --help

Results go to stdout; issues, usage errors and warnings go to stderr (with --format json, issues
are a JSON document { ok: false, source, issues } on stderr).
Exit codes: 0 ok, 1 invalid input (every issue printed with its path; units migrate: a record
refused or invalid), 2 usage error (also: ocop units found nothing).
Dates default to today in Asia/Ho_Chi_Minh. Files are only read, never written; "-" reads stdin.
`,
  commandHelp: {
    demo: (f) =>
      `Usage: ocop demo [--as-of YYYY-MM-DD] ${f.options}

Thái Bình's 2020 OCOP plan (from ocop/fixtures) with labelled sample observations: the targets'
progress and status on the date (after 2020: the end-of-year state), the two products the Đông
Hưng district council rated on 2020-12-24 with their explanations, and a sample certificate's
status. --as-of defaults to today in Asia/Ho_Chi_Minh.
`,
    validate: (f) =>
      `Usage: ocop validate <kind> <file|-> ${f.options}

Validates one JSON record of a kind (${f.kinds}). Prints OK on stdout, or every issue as
"path.to.field: [code] message" on stderr and exits 1. For an evaluation it runs the checks
ocop rate runs (including those against the criteria set the evaluation names).
`,
    rate: (f) =>
      `Usage: ocop rate <file|-> ${f.options}

Rates a product from an evaluation JSON ({ ruleSet, level?, criteriaSet?, sheets }): stars,
average, band, recognising authority, forwarding, unmet star minima and the explanation.
`,
    progress: (f) =>
      `Usage: ocop progress <plan-file> --observations <file> [--as-of YYYY-MM-DD] ${f.options}

Evaluates a plan JSON against an observations JSON array on a date (default today in
Asia/Ho_Chi_Minh): each target's current value, progress, expected progress and status, and the
units below the per-unit guidance. Observations dated after the as-of date or before the plan's
period are ignored and counted. --format html writes one self-contained HTML page (no script,
nothing fetched): the tables and a chart per target.
`,
    rules: (f) =>
      `Usage: ocop rules list
       ocop rules show <id> [--set N]
       ocop rules check <override.json|->
       ocop rules diff <id-a> <id-b> --set N     ${f.options}

list: the national rule sets with their effective dates. show: one rule set's parts, bands,
recognition, forwarding, validity and references (ids: ${f.ruleSetIds}); with --set N:
its criteria set N (parts, sections, criteria with maximum points, point options and star marks).
check: applies a province override file to its base rule set and prints what changes, or every
issue. diff: how criteria set N changed from rule set a to rule set b: parts and sections whose
maxima changed, criteria added, removed, re-pointed, re-marked, or under another code or title
(matched by title first, then by code).
`,
    schema: (f) =>
      `Usage: ocop schema <kind>

Prints the JSON Schema (input shape) of a kind, exactly as the package's schemas/<kind>.json file:
${f.kinds}.
`,
    units: (f) =>
      `Usage: ocop units <code|name> [--on YYYY-MM-DD] ${f.options}
       ocop units migrate <file|-> --to YYYY-MM-DD [--kind producer|product] ${f.options}

<code> (2 digits: province, 3: district, 5: commune): the unit with that code on the date (default
today in Asia/Ho_Chi_Minh): type and name, level, the units it is part of, its period, and every
unit that ever had the code (codes were reused in 2025). When none had it that day: the unit that
holds what it was on the date, and for a commune of 2025-06-30 its 2025 conversion (a split
commune with every new commune). <name>: every unit of that name on the date, diacritics as
written, else with diacritics ignored (the report says so). Nothing found: exit 2.

migrate: moves a JSON array of producer (default) or product records to the units in force on
--to. Each record is validated first (an invalid one is listed with its issues, not migrated); a
record whose commune was split in 2025, or whose unit was abolished before 2025, is refused with
the units to choose from. --format json prints { to, migrated, refused, invalid }. Exit 1 when a
record is refused or invalid, 0 when every record was migrated.
`,
  },
};

/** `starBand`'s error for a malformed band. */
export const bands: BandText = {
  invalidValue: (l) => `Invalid value: ${l.value}, expected ${l.expected}`,
};
