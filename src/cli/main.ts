/**
 * The `ocop` command as a function of its arguments and an IO object, so that tests call it
 * directly. Only `src/cli` reads files and the clock.
 */
import { readFileSync } from 'node:fs';
import { adaptRuleSet, diffCriteriaSets, diffRuleSets } from '../adapt.js';
import { getCriteriaSet, listCriteriaSets } from '../criteria.js';
import {
  ENTITY_SCHEMAS,
  evaluatePlan,
  getRuleSet,
  isIsoDate,
  issueMessage,
  listRuleSets,
  OcopError,
  OcopRuleError,
  OcopValidationError,
  rateProduct,
  RULE_SET_IDS,
  validate,
} from '../index.js';
import type {
  CriteriaSet,
  EntityKind,
  IsoDate,
  Issue,
  IssueCode,
  Locale,
  ObservationInput,
  PlanInput,
  RateOptions,
  RuleSet,
  RuleSetId,
} from '../index.js';
import type { CliText } from '../locales/catalogue.js';
import { DEFAULT_LOCALE } from '../core/issues.js';
import { LOCALES } from '../locales/index.js';
import { schemaDocument } from '../model/schema-document.js';
import { KNOWN_DEFECT_LISTS } from '../rules/data/criteria-lists.js';
import { criteriaDiffBlocks } from './criteria-diff-report.js';
import { criteriaSetBlocks } from './criteria-set-report.js';
import { demoReport } from './demo.js';
import { red, renderBlocks, renderJson, type Block, type Format } from './format.js';
import { COMMANDS, commandHelp, programHelp, type Command, type HelpFacts } from './help.js';
import { issueLine, localizeIssue, progressBlocks, ratingBlocks } from './reports.js';
import { cliText, instrumentRole, levelName, minimaText } from './text.js';
import { progressHtml } from './progress-html.js';
import { migrateRecords, migrationBlocks } from './units-migrate.js';
import { unitsReport } from './units-report.js';
import { localeOfArgs, UsageError } from './usage-error.js';

/** The package version the command reports (kept equal to package.json by a test). */
export const VERSION = '0.1.0';

/** What the command may touch: standard streams, the terminal, the environment. */
export interface CliIo {
  /** Reads all of standard input (called only for a `-` file argument). */
  readonly stdin: () => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour is used only then, and never with `NO_COLOR`). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's date; defaults to today in Asia/Ho_Chi_Minh (the only place the clock is read). */
  readonly today?: () => string;
}

/** Exit codes: 0 ok, 1 invalid input, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

class InvalidInput extends Error {
  constructor(
    readonly source: string,
    readonly issues: readonly Issue[],
  ) {
    super('invalid input');
  }
}

/** Today's civil date in Vietnam, `YYYY-MM-DD`. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const GLOBAL_VALUE_OPTIONS = ['format', 'locale'];
const FLAGS = ['help', 'debug', 'version'];
const COMMAND_OPTIONS: Record<Command, readonly string[]> = {
  demo: ['as-of'],
  validate: [],
  rate: [],
  progress: ['as-of', 'observations'],
  rules: ['set'],
  schema: [],
  units: ['on', 'to', 'kind'],
};
const KINDS = Object.keys(ENTITY_SCHEMAS) as EntityKind[];
const HELP_FACTS: HelpFacts = { version: VERSION, kinds: KINDS, ruleSetIds: RULE_SET_IDS };

/** How the command names a file argument in its messages: `stdin` for `-`. */
export function sourceName(file: string): string {
  return file === '-' ? 'stdin' : file;
}

interface Parsed {
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

const unknownOption = (option: string) => new UsageError((t) => t.usage.unknownOption(option));

function parseArgs(argv: readonly string[]): Parsed {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const valueOptions = new Set([...GLOBAL_VALUE_OPTIONS, ...Object.values(COMMAND_OPTIONS).flat()]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h') options.set('help', true);
    else if (arg === '-V') options.set('version', true);
    else if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (FLAGS.includes(name)) {
        if (eq !== -1) throw new UsageError((t) => t.usage.takesNoValue(name));
        options.set(name, true);
      } else if (valueOptions.has(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === undefined || (eq === -1 && value.startsWith('--')))
          throw new UsageError((t) => t.usage.needsValue(name));
        options.set(name, value);
      } else throw unknownOption(arg.slice(0, eq === -1 ? undefined : eq));
    } else if (arg.startsWith('-') && arg !== '-') throw unknownOption(arg);
    else positionals.push(arg);
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options };
}

/** The formats of `--format`: those of every command, and `html` for `progress` only. */
type OutputFormat = Format | 'html';

interface Context {
  readonly io: CliIo;
  readonly format: OutputFormat;
  readonly locale: Locale;
  readonly options: ReadonlyMap<string, string | true>;
  readonly args: readonly string[];
}

interface Outcome {
  readonly blocks: Block[];
  readonly json: unknown;
  /** The whole document, for `--format html`. */
  readonly html?: string;
  readonly exitCode?: number;
}

function option(ctx: Context, name: string): string | undefined {
  const value = ctx.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

function asOfOption(ctx: Context): IsoDate {
  const value = option(ctx, 'as-of') ?? ctx.io.today?.() ?? todayInVietnam();
  if (!isIsoDate(value)) throw new UsageError((t) => t.usage.notADate(JSON.stringify(value)));
  return value;
}

/** An argument; `name` names it in the error when it is missing. */
function arg(ctx: Context, index: number, name: keyof CliText['args']): string {
  const value = ctx.args[index];
  if (value === undefined) throw new UsageError((t) => t.usage.missingArgument(t.args[name]));
  return value;
}

function noMoreArgs(ctx: Context, count: number): void {
  const extra = ctx.args[count];
  if (ctx.args.length > count) throw new UsageError((t) => t.usage.unexpectedArgument(extra ?? ''));
}

let stdinUsed = false;

/** The text of a file; an unreadable one is a usage error saying why (Node's error code). */
function readFileText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = { file, code: e.code ?? '?', message: e.message };
    throw new UsageError((t) => t.usage.cannotRead(why));
  }
}

/** JSON text (a leading byte order mark ignored); text that is not JSON is a usage error. */
function parseJson(source: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    throw new UsageError((t) => t.usage.notJson({ source, position, message }));
  }
}

/** Reads and parses a JSON file, or standard input for `-`. */
function readJson(ctx: Context, file: string): unknown {
  if (file !== '-') return parseJson(sourceName(file), readFileText(file));
  if (stdinUsed) throw new UsageError((t) => t.usage.oneStdin);
  stdinUsed = true;
  return parseJson(sourceName(file), ctx.io.stdin());
}

/** Runs a library call on the input read from `source`, turning its validation errors into issues. */
function guarded<T>(source: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof OcopValidationError || error instanceof OcopRuleError)
      throw new InvalidInput(source, error.issues);
    if (error instanceof OcopError)
      throw new InvalidInput(source, [
        {
          code: error.code as Issue['code'],
          path: [],
          message: error.message,
          ...(error.params ? { params: error.params } : {}),
        } as Issue,
      ]);
    throw error;
  }
}

function kindArg(ctx: Context, index: number): EntityKind {
  const kind = arg(ctx, index, 'kind');
  if (!(KINDS as string[]).includes(kind))
    throw new UsageError((t) => t.usage.unknownKind({ kind, kinds: KINDS.join(', ') }));
  return kind as EntityKind;
}

/**
 * Validates a record; an evaluation also goes through the checks `ocop rate` runs (against the
 * criteria set it names, when that set is shipped), so that validate accepts what rate rates.
 */
function runValidate(ctx: Context): Outcome {
  const kind = kindArg(ctx, 0);
  const file = arg(ctx, 1, 'file');
  noMoreArgs(ctx, 2);
  const source = sourceName(file);
  const input = readJson(ctx, file);
  const result = validate(kind, input, { locale: ctx.locale });
  if (!result.ok) throw new InvalidInput(source, result.issues);
  if (kind === 'evaluation')
    guarded(source, () => rateProduct(input as Parameters<typeof rateProduct>[0], criteriaOf(input)));
  return {
    blocks: [{ kind: 'text', text: cliText(ctx.locale).valid({ source, kind }) }],
    json: result,
  };
}

/**
 * The command ships every criteria set, so it passes the evaluation's own set to `rateProduct`.
 * When the evaluation names no usable set, it passes none and `rateProduct` reports why.
 */
function criteriaOf(input: unknown): RateOptions {
  if (input === null || typeof input !== 'object') return {};
  const { ruleSet, criteriaSet } = input as { ruleSet?: unknown; criteriaSet?: unknown };
  if (
    typeof ruleSet !== 'string' ||
    !(RULE_SET_IDS as readonly string[]).includes(ruleSet) ||
    typeof criteriaSet !== 'number'
  )
    return {};
  try {
    return { criteria: getCriteriaSet(ruleSet as RuleSetId, criteriaSet) };
  } catch {
    return {};
  }
}

function runRate(ctx: Context): Outcome {
  const file = arg(ctx, 0, 'file');
  noMoreArgs(ctx, 1);
  const input = readJson(ctx, file);
  const rating = guarded(sourceName(file), () =>
    rateProduct(input as Parameters<typeof rateProduct>[0], criteriaOf(input)),
  );
  const title =
    typeof (input as { product?: unknown }).product === 'string'
      ? (input as { product: string }).product
      : cliText(ctx.locale).ratingTitle;
  return { blocks: ratingBlocks(title, rating, ctx.locale), json: rating };
}

function runProgress(ctx: Context): Outcome {
  const planFile = arg(ctx, 0, 'planFile');
  noMoreArgs(ctx, 1);
  const observationsFile = option(ctx, 'observations');
  if (observationsFile === undefined) throw new UsageError((t) => t.usage.missingObservations);
  const asOf = asOfOption(ctx);
  const plan = readJson(ctx, planFile) as PlanInput;
  const observations = readJson(ctx, observationsFile);
  if (!Array.isArray(observations)) throw new UsageError((t) => t.usage.notObservations(sourceName(observationsFile)));
  const source = `${sourceName(planFile)}, ${sourceName(observationsFile)}`;
  if (ctx.format === 'html') {
    const html = guarded(source, () => progressHtml(plan, observations as ObservationInput[], asOf, ctx.locale));
    return { blocks: [], json: null, html };
  }
  const progress = guarded(source, () => evaluatePlan(plan, observations as ObservationInput[], { asOf }));
  return { blocks: progressBlocks(plan, progress, ctx.locale), json: progress };
}

function ruleRows(rules: RuleSet, locale: Locale): string[][] {
  const text = cliText(locale).rules;
  const { A, B, C } = rules.parts.value;
  const recognition = rules.recognition.value;
  const forwarding = Object.entries(rules.forwarding.value).map(
    ([level, from]) => `${levelName(level as keyof typeof rules.forwarding.value, locale)} ≥ ${from}`,
  );
  const bands = rules.bands.value.map((b) => `${b.stars}★ ${b.from}–${b.below === null ? '100' : `<${b.below}`}`);
  const recognisers = ([3, 4, 5] as const).map((stars) => `${stars}★ ${levelName(recognition[stars], locale)}`);
  const validity = rules.certificateValidityMonths;
  return [
    [text.parts, `A ${A} · B ${B} · C ${C}`, rules.parts.reference],
    [text.bands, bands.join(', '), rules.bands.reference],
    [text.recognition, recognisers.join(', '), rules.recognition.reference],
    [text.forwarding, forwarding.join(', ') || '—', rules.forwarding.reference],
    [text.certificateValidity, text.months(validity.value), validity.reference],
    [text.minima, minimaText(rules.minima.value, locale), rules.minima.reference],
  ];
}

/** `ocop rules list`: the national rule sets with their dates. */
function rulesList(ctx: Context): Outcome {
  noMoreArgs(ctx, 1);
  const text = cliText(ctx.locale);
  const sets = listRuleSets();
  return {
    blocks: [
      {
        kind: 'table',
        columns: text.rules.listColumns,
        rows: sets.map((r) => [r.id, r.effectiveFrom, r.effectiveTo ?? '—', text.title(r)]),
      },
    ],
    json: sets.map((r) => ({
      id: r.id,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
      title: r.title,
      titleEn: r.titleEn,
    })),
  };
}

/** `ocop rules show <id> [--set N]`: a rule set's rules, or one of its criteria sets. */
function rulesShow(ctx: Context): Outcome {
  const id = ruleSetArg(ctx, 1);
  noMoreArgs(ctx, 2);
  const rules = getRuleSet(id);
  if (ctx.options.has('set')) {
    const set = criteriaSetOption(ctx, rules.id);
    const [heading, ...rest] = criteriaSetBlocks(set, ctx.locale);
    return {
      blocks: [...(heading ? [heading] : []), ...provenanceBlocks([set], rules, ctx.locale), ...rest],
      json: set,
    };
  }
  const text = cliText(ctx.locale);
  return {
    blocks: [
      { kind: 'heading', text: `${rules.id}: ${text.title(rules)}` },
      { kind: 'text', text: text.rules.inForce({ from: rules.effectiveFrom, to: rules.effectiveTo }) },
      { kind: 'text', text: criteriaSetsLine(rules, ctx.locale) },
      ...provenanceBlocks(listCriteriaSets(rules), rules, ctx.locale),
      {
        kind: 'list',
        items: rules.instruments.map((i) => `${i.number} (${i.date}, ${instrumentRole(i.role, ctx.locale)})`),
      },
      { kind: 'table', columns: text.rules.columns, rows: ruleRows(rules, ctx.locale) },
    ],
    json: rules,
  };
}

/** Text cut to `max` characters, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

/** A value before or after an override, as short JSON. */
function shown(value: unknown): string {
  return value === undefined ? '—' : clip(JSON.stringify(value), 60);
}

/** `ocop rules check <override>`: a province override applied to its base rule set, and what it changes. */
function rulesCheck(ctx: Context): Outcome {
  const file = arg(ctx, 1, 'overrideFile');
  noMoreArgs(ctx, 2);
  const source = sourceName(file);
  const input = readJson(ctx, file);
  const checked = validate('ruleOverride', input, { locale: ctx.locale });
  if (!checked.ok) throw new InvalidInput(source, checked.issues);
  const base = getRuleSet(checked.value.basedOn);
  const adapted = guarded(source, () => adaptRuleSet(base, input as Parameters<typeof adaptRuleSet>[1]));
  const diff = diffRuleSets(base, adapted);
  const text = cliText(ctx.locale).rules;
  const rows = diff.map((d) => [
    d.where,
    shown(d.before),
    shown(d.after),
    clip(d.reference ?? '—', 80),
    clip(d.replaces ?? '', 80),
  ]);
  return {
    blocks: [
      { kind: 'heading', text: text.checked({ source, changes: diff.length, base: base.id }) },
      { kind: 'table', columns: text.diffColumns, rows },
    ],
    json: { ok: true, ruleSet: adapted.id, diff },
  };
}

/** A rule set id argument; an unknown one is a usage error listing the ids. */
function ruleSetArg(ctx: Context, index: number): RuleSetId {
  const id = arg(ctx, index, 'id');
  if (!(RULE_SET_IDS as readonly string[]).includes(id))
    throw new UsageError((t) => t.usage.unknownRuleSet({ id, ids: RULE_SET_IDS.join(', ') }));
  return id as RuleSetId;
}

/** `ocop rules diff <a> <b> --set N`: how criteria set N changed from rule set a to rule set b. */
function rulesDiff(ctx: Context): Outcome {
  const a = ruleSetArg(ctx, 1);
  const b = ruleSetArg(ctx, 2);
  noMoreArgs(ctx, 3);
  if (!ctx.options.has('set')) throw new UsageError((t) => t.usage.missingSet);
  const [left, right] = [criteriaSetOption(ctx, a), criteriaSetOption(ctx, b)];
  // a shipped set that fails the rule-data check (a kept printed defect) is reported as invalid input
  const source = `${a} --set ${left.setNo}, ${b} --set ${right.setNo}`;
  const diff = guarded(source, () => diffCriteriaSets(left, right, { locale: ctx.locale }));
  return { blocks: criteriaDiffBlocks(diff, ctx.locale), json: diff };
}

function runRules(ctx: Context): Outcome {
  const sub = arg(ctx, 0, 'rulesSubcommand');
  if (sub !== 'show' && sub !== 'diff' && ctx.options.has('set')) throw new UsageError((t) => t.usage.setOnlyForShow);
  if (sub === 'list') return rulesList(ctx);
  if (sub === 'show') return rulesShow(ctx);
  if (sub === 'check') return rulesCheck(ctx);
  if (sub === 'diff') return rulesDiff(ctx);
  throw new UsageError((t) => t.usage.unknownRulesSubcommand(sub));
}

/**
 * Where criteria sets come from (one line per distinct provenance, in order), for 148/2023's
 * transcription how many of its defects are known, and a line when the sets carry no star marks.
 */
function provenanceBlocks(sets: readonly CriteriaSet[], rules: RuleSet, locale: Locale): Block[] {
  const text = cliText(locale).rules;
  const lines = new Set<string>();
  for (const set of sets) if (set.provenance) lines.add(text.provenance(set.provenance));
  const defects = knownDefectsOf(sets);
  if (defects !== undefined) lines.add(text.knownDefects(defects));
  const marked = sets.some((set) => set.criteria.some((c) => c.options.some((o) => o.minStars !== undefined)));
  if (sets.length > 0 && !marked) lines.add(text.noStarMarks(rules.minima.value.exist));
  return [...lines].map((line) => ({ kind: 'text', text: line }));
}

/** How many known defects concern these sets, for sets whose rule set keeps a list of them (148/2023's transcription). */
function knownDefectsOf(sets: readonly CriteriaSet[]): number | undefined {
  const listed = sets.filter((set) => KNOWN_DEFECT_LISTS[set.ruleSet] !== undefined);
  if (listed.length === 0) return undefined;
  return listed.reduce(
    (n, set) => n + (KNOWN_DEFECT_LISTS[set.ruleSet]?.filter((d) => d.setNo === set.setNo).length ?? 0),
    0,
  );
}

/** Which criteria sets a rule set ships, and the command that lists one. */
function criteriaSetsLine(rules: RuleSet, locale: Locale): string {
  const count = listCriteriaSets(rules).length;
  const text = cliText(locale).rules;
  if (count === 0) return text.noCriteriaSets;
  return `${text.criteriaSets}: 1–${count} (ocop rules show ${rules.id} --set N)`;
}

/**
 * The criteria set `--set N` names; a number the rule set does not have, or a rule set that ships
 * no criteria, is a usage error carrying the library's issue code and message.
 */
function criteriaSetOption(ctx: Context, ruleSet: RuleSetId): CriteriaSet {
  const value = option(ctx, 'set') ?? '';
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError((t) => t.usage.notASetNumber(JSON.stringify(value)));
  try {
    return getCriteriaSet(ruleSet, Number(value));
  } catch (error) {
    if (!(error instanceof OcopError)) throw error;
    const code = error.code as IssueCode;
    // the message of unknown_criteria_set names how many sets there are
    const params = { count: listCriteriaSets(ruleSet).length, ...error.params };
    throw new UsageError((_, locale) => `--set: [${code}] ${issueMessage(code, params, locale)}`);
  }
}

/** A date option (`--on`, `--to`), or today in Vietnam when it is absent and `today` is allowed. */
function dateOption(ctx: Context, name: 'on' | 'to'): IsoDate {
  const value = option(ctx, name) ?? ctx.io.today?.() ?? todayInVietnam();
  if (!isIsoDate(value)) throw new UsageError((t) => t.usage.notADateFor({ name, value: JSON.stringify(value) }));
  return value;
}

/** Options of `ocop units` that the other form (lookup or migrate) does not take. */
function notFor(ctx: Context, names: readonly string[], command: string): void {
  const name = names.find((n) => ctx.options.has(n));
  if (name !== undefined) throw new UsageError((t) => t.usage.optionNotFor({ name, command }));
}

/** `ocop units migrate <file> --to <date> [--kind producer|product]`: exit 1 when a record is refused or invalid. */
function unitsMigrate(ctx: Context): Outcome {
  const file = arg(ctx, 1, 'file');
  noMoreArgs(ctx, 2);
  notFor(ctx, ['on'], 'units migrate');
  if (!ctx.options.has('to')) throw new UsageError((t) => t.usage.missingTo);
  const to = dateOption(ctx, 'to');
  const kind = oneOf(ctx.options.get('kind'), ['producer', 'product'], 'producer', 'kind');
  const records = readJson(ctx, file);
  if (!Array.isArray(records)) throw new UsageError((t) => t.usage.notRecords({ source: sourceName(file), kind }));
  const result = migrateRecords(kind, records, to, ctx.locale);
  const clean = result.refused.length + result.invalid.length === 0;
  return {
    blocks: migrationBlocks(result, records, ctx.locale),
    json: result,
    exitCode: clean ? EXIT.ok : EXIT.invalid,
  };
}

/** `ocop units <code|name> [--on <date>]` (a name may be several arguments), or `ocop units migrate`. */
function runUnits(ctx: Context): Outcome {
  if (arg(ctx, 0, 'unitQuery') === 'migrate') return unitsMigrate(ctx);
  notFor(ctx, ['to', 'kind'], 'units <code|name>');
  return unitsReport(ctx.args.join(' '), dateOption(ctx, 'on'), ctx.locale);
}

function runSchema(ctx: Context): Outcome {
  const kind = kindArg(ctx, 0);
  noMoreArgs(ctx, 1);
  return { blocks: [], json: schemaDocument(kind, VERSION) };
}

const RUNNERS: Record<Command, (ctx: Context) => Outcome> = {
  demo: (ctx) => {
    noMoreArgs(ctx, 0);
    return demoReport(asOfOption(ctx), ctx.locale);
  },
  validate: runValidate,
  rate: runRate,
  progress: runProgress,
  rules: runRules,
  schema: runSchema,
  units: runUnits,
};

function oneOf<T extends string>(
  value: string | true | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new UsageError((t) => t.usage.mustBeOneOf({ name, allowed: allowed.join(', ') }));
  return value as T;
}

/** How a run prints: where, in which format and language, with colour or not, with stack traces or not. */
interface Run {
  readonly io: CliIo;
  readonly format: OutputFormat;
  readonly locale: Locale;
  readonly colour: boolean;
  readonly debug: boolean;
}

/** The command named, checked; `undefined` when none is. */
function commandOf(parsed: Parsed): Command | undefined {
  const command = parsed.command as Command | undefined;
  if (command !== undefined && !COMMANDS.includes(command))
    throw new UsageError((t) => t.usage.unknownCommand({ command, commands: COMMANDS.join(', ') }));
  return command;
}

/** Every option given must be global or the command's own. */
function checkOptions(parsed: Parsed, command: Command): void {
  for (const name of parsed.options.keys()) {
    if (!FLAGS.includes(name) && !GLOBAL_VALUE_OPTIONS.includes(name) && !COMMAND_OPTIONS[command].includes(name))
      throw new UsageError((t) => t.usage.optionNotFor({ name, command }));
  }
}

/** Runs the parsed command line: the version, a help, or a command whose result goes to stdout. */
function runParsed(parsed: Parsed, run: Run): number {
  const { io, format, locale } = run;
  if (parsed.options.has('version')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = commandOf(parsed);
  if (parsed.options.has('help')) {
    io.stdout(command === undefined ? programHelp(locale, HELP_FACTS) : commandHelp(command, locale, HELP_FACTS));
    return EXIT.ok;
  }
  if (command === undefined) {
    io.stderr(programHelp(locale, HELP_FACTS));
    return EXIT.usage;
  }
  checkOptions(parsed, command);
  if (format === 'html' && command !== 'progress') throw new UsageError((t) => t.usage.htmlOnlyForProgress(command));
  const outcome = RUNNERS[command]({ io, format, locale, options: parsed.options, args: parsed.positionals });
  if (format === 'html') io.stdout(outcome.html ?? '');
  else if (command === 'schema' || format === 'json') io.stdout(renderJson(outcome.json));
  else io.stdout(renderBlocks(outcome.blocks, format, run.colour));
  return outcome.exitCode ?? EXIT.ok;
}

/** Prints an error on stderr and returns the exit code: usage error, invalid input, or an internal error. */
function reportError(error: unknown, run: Run): number {
  const { io, format, locale, colour } = run;
  const text = cliText(locale).errors;
  if (error instanceof UsageError) {
    io.stderr(`${red(text.usage, colour)} ${error.text(locale)}\n${text.seeHelp}\n`);
    return EXIT.usage;
  }
  if (error instanceof InvalidInput) {
    const issues = error.issues.map((i) => localizeIssue(i, locale));
    const lines = issues.map((i) => `  ${issueLine(i)}`).join('\n');
    if (format === 'json') io.stderr(renderJson({ ok: false, source: error.source, issues }));
    else io.stderr(`${red('ocop: ' + text.invalidInput, colour)} (${error.source}):\n${lines}\n`);
    return EXIT.invalid;
  }
  const e = error instanceof Error ? error : new Error(String(error));
  const trace = run.debug && e.stack ? `${e.stack}\n` : text.debugHint;
  io.stderr(`${red(text.internal, colour)} ${e.message}\n${trace}`);
  return EXIT.usage;
}

/**
 * Runs the `ocop` command with `argv` (the arguments after the program name) and returns the
 * exit code: 0 ok, 1 invalid input (every issue printed with its path), 2 usage error (unknown
 * command or option, missing argument, unreadable file, bad JSON). Results go to `io.stdout`;
 * issues, usage errors and internal errors to `io.stderr` (the issues as one JSON document with
 * `--format json`); everything in the run's `--locale` (docs/cli.md). Writes only through `io`;
 * prints a stack trace only with `--debug`.
 */
export function main(argv: readonly string[], io: CliIo): number {
  stdinUsed = false;
  const colour = io.isTTY && io.env.NO_COLOR === undefined;
  let run: Run = { io, format: 'table', locale: localeOfArgs(argv), colour, debug: argv.includes('--debug') };
  try {
    const parsed = parseArgs(argv);
    const format = oneOf(parsed.options.get('format'), ['table', 'json', 'md', 'html'], 'table', 'format');
    const locale = oneOf(parsed.options.get('locale'), LOCALES, DEFAULT_LOCALE, 'locale');
    run = { ...run, format, locale };
    return runParsed(parsed, run);
  } catch (error) {
    return reportError(error, run);
  }
}
