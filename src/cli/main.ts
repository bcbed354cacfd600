/**
 * The `ocop` command as a function of its arguments and an IO object, so that tests call it
 * directly. Only `src/cli` reads files and the clock.
 */
import { readFileSync } from 'node:fs';
import { adaptRuleSet, diffRuleSets } from '../adapt.js';
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
import { schemaDocument } from '../model/schema-document.js';
import { criteriaSetBlocks } from './criteria-set-report.js';
import { demoReport } from './demo.js';
import { red, renderBlocks, renderJson, type Block, type Format } from './format.js';
import { COMMANDS, commandHelp, programHelp, type Command, type HelpFacts } from './help.js';
import { issueLine, localizeIssue, progressBlocks, ratingBlocks } from './reports.js';
import { instrumentRole, levelName, minimaText, pick } from './text.js';
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

const unknownOption = (option: string) => new UsageError(`không có tùy chọn ${option}`, `unknown option: ${option}`);

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
        if (eq !== -1) throw new UsageError(`tùy chọn --${name} không nhận giá trị`, `option --${name} takes no value`);
        options.set(name, true);
      } else if (valueOptions.has(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === undefined || (eq === -1 && value.startsWith('--')))
          throw new UsageError(`tùy chọn --${name} cần một giá trị`, `option --${name} needs a value`);
        options.set(name, value);
      } else throw unknownOption(arg.slice(0, eq === -1 ? undefined : eq));
    } else if (arg.startsWith('-') && arg !== '-') throw unknownOption(arg);
    else positionals.push(arg);
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options };
}

interface Context {
  readonly io: CliIo;
  readonly format: Format;
  readonly locale: Locale;
  readonly options: ReadonlyMap<string, string | true>;
  readonly args: readonly string[];
}

interface Outcome {
  readonly blocks: Block[];
  readonly json: unknown;
  readonly exitCode?: number;
}

function option(ctx: Context, name: string): string | undefined {
  const value = ctx.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

function asOfOption(ctx: Context): IsoDate {
  const value = option(ctx, 'as-of') ?? ctx.io.today?.() ?? todayInVietnam();
  if (!isIsoDate(value))
    throw new UsageError(
      `--as-of: không phải ngày dạng YYYY-MM-DD: ${JSON.stringify(value)}`,
      `--as-of: not a date YYYY-MM-DD: ${JSON.stringify(value)}`,
    );
  return value;
}

/** An argument, named in both languages for the error when it is missing. */
function arg(ctx: Context, index: number, name: { readonly vi: string; readonly en: string }): string {
  const value = ctx.args[index];
  if (value === undefined) throw new UsageError(`thiếu tham số <${name.vi}>`, `missing argument <${name.en}>`);
  return value;
}

const FILE_ARG = { vi: 'tệp|-', en: 'file|-' };

function noMoreArgs(ctx: Context, count: number): void {
  if (ctx.args.length > count)
    throw new UsageError(`tham số thừa: ${ctx.args[count] ?? ''}`, `unexpected argument: ${ctx.args[count] ?? ''}`);
}

let stdinUsed = false;

/** Reads and parses a JSON file, or standard input for `-`. */
function readJson(ctx: Context, file: string): unknown {
  const name = sourceName(file);
  let text: string;
  if (file === '-') {
    if (stdinUsed) throw new UsageError('chỉ một tham số được là "-" (stdin)', 'only one argument can be "-" (stdin)');
    stdinUsed = true;
    text = ctx.io.stdin();
  } else {
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const why =
        e.code === 'ENOENT'
          ? ['không có tệp này', 'no such file']
          : e.code === 'EISDIR'
            ? ['là một thư mục', 'is a directory']
            : e.code === 'EACCES'
              ? ['không có quyền đọc', 'permission denied']
              : [`mã lỗi ${e.code ?? '?'}`, e.message];
      throw new UsageError(`không đọc được ${file}: ${why[0] ?? ''}`, `cannot read ${file}: ${why[1] ?? ''}`);
    }
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new UsageError(
      `${name}: không phải JSON hợp lệ${position === undefined ? '' : ` (lỗi ở ký tự thứ ${position})`}`,
      `${name}: not valid JSON: ${(error as Error).message}`,
    );
  }
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
        },
      ]);
    throw error;
  }
}

function kindArg(ctx: Context, index: number): EntityKind {
  const kind = arg(ctx, index, { vi: 'loại', en: 'kind' });
  if (!(KINDS as string[]).includes(kind))
    throw new UsageError(
      `loại không tồn tại: ${kind} (các loại: ${KINDS.join(', ')})`,
      `unknown kind: ${kind} (kinds: ${KINDS.join(', ')})`,
    );
  return kind as EntityKind;
}

/**
 * Validates a record; an evaluation also goes through the checks `ocop rate` runs (against the
 * criteria set it names, when that set is shipped), so that validate accepts what rate rates.
 */
function runValidate(ctx: Context): Outcome {
  const kind = kindArg(ctx, 0);
  const file = arg(ctx, 1, FILE_ARG);
  noMoreArgs(ctx, 2);
  const source = sourceName(file);
  const input = readJson(ctx, file);
  const result = validate(kind, input, { locale: ctx.locale });
  if (!result.ok) throw new InvalidInput(source, result.issues);
  if (kind === 'evaluation')
    guarded(source, () => rateProduct(input as Parameters<typeof rateProduct>[0], criteriaOf(input)));
  return {
    blocks: [
      { kind: 'text', text: pick(ctx.locale, `OK: ${source} là ${kind} hợp lệ`, `OK: ${source} is a valid ${kind}`) },
    ],
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
  const file = arg(ctx, 0, FILE_ARG);
  noMoreArgs(ctx, 1);
  const input = readJson(ctx, file);
  const rating = guarded(sourceName(file), () =>
    rateProduct(input as Parameters<typeof rateProduct>[0], criteriaOf(input)),
  );
  const title =
    typeof (input as { product?: unknown }).product === 'string'
      ? (input as { product: string }).product
      : pick(ctx.locale, 'Kết quả đánh giá', 'Rating');
  return { blocks: ratingBlocks(title, rating, ctx.locale), json: rating };
}

function runProgress(ctx: Context): Outcome {
  const planFile = arg(ctx, 0, { vi: 'tệp-kế-hoạch', en: 'plan-file' });
  noMoreArgs(ctx, 1);
  const observationsFile = option(ctx, 'observations');
  if (observationsFile === undefined)
    throw new UsageError('thiếu tùy chọn --observations <tệp>', 'missing option --observations <file>');
  const asOf = asOfOption(ctx);
  const plan = readJson(ctx, planFile) as PlanInput;
  const observations = readJson(ctx, observationsFile);
  if (!Array.isArray(observations))
    throw new UsageError(
      `${sourceName(observationsFile)}: cần một mảng JSON các quan sát`,
      `${sourceName(observationsFile)}: expected a JSON array of observations`,
    );
  const progress = guarded(`${sourceName(planFile)}, ${sourceName(observationsFile)}`, () =>
    evaluatePlan(plan, observations as ObservationInput[], { asOf }),
  );
  return { blocks: progressBlocks(plan, progress, ctx.locale), json: progress };
}

function ruleRows(rules: RuleSet, locale: Locale): string[][] {
  const { A, B, C } = rules.parts.value;
  const recognition = rules.recognition.value;
  const forwarding = Object.entries(rules.forwarding.value).map(
    ([level, from]) => `${levelName(level as keyof typeof rules.forwarding.value, locale)} ≥ ${from}`,
  );
  return [
    [pick(locale, 'Các phần', 'Parts'), `A ${A} · B ${B} · C ${C}`, rules.parts.reference],
    [
      pick(locale, 'Hạng sao', 'Bands'),
      rules.bands.value.map((b) => `${b.stars}★ ${b.from}–${b.below === null ? '100' : `<${b.below}`}`).join(', '),
      rules.bands.reference,
    ],
    [
      pick(locale, 'Công nhận', 'Recognition'),
      `3★ ${levelName(recognition[3], locale)}, 4★ ${levelName(recognition[4], locale)}, 5★ ${levelName(recognition[5], locale)}`,
      rules.recognition.reference,
    ],
    [pick(locale, 'Chuyển cấp', 'Forwarding'), forwarding.join(', ') || '—', rules.forwarding.reference],
    [
      pick(locale, 'Hiệu lực giấy chứng nhận', 'Certificate validity'),
      pick(locale, `${rules.certificateValidityMonths.value} tháng`, `${rules.certificateValidityMonths.value} months`),
      rules.certificateValidityMonths.reference,
    ],
    [pick(locale, 'Yêu cầu tối thiểu', 'Star minima'), minimaText(rules.minima.value, locale), rules.minima.reference],
  ];
}

function runRules(ctx: Context): Outcome {
  const sub = arg(ctx, 0, { vi: 'list|show|check', en: 'list|show|check' });
  if (sub !== 'show' && ctx.options.has('set'))
    throw new UsageError('tùy chọn --set chỉ dùng cho rules show', 'option --set applies to rules show only');
  const title = (r: RuleSet) => (ctx.locale === 'vi' ? r.title : r.titleEn);
  if (sub === 'list') {
    noMoreArgs(ctx, 1);
    const sets = listRuleSets();
    return {
      blocks: [
        {
          kind: 'table',
          columns: ctx.locale === 'vi' ? ['Mã', 'Từ ngày', 'Đến ngày', 'Tên'] : ['Id', 'From', 'To', 'Title'],
          rows: sets.map((r) => [r.id, r.effectiveFrom, r.effectiveTo ?? '—', title(r)]),
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
  if (sub === 'show') {
    const id = arg(ctx, 1, { vi: 'mã', en: 'id' });
    noMoreArgs(ctx, 2);
    if (!(RULE_SET_IDS as readonly string[]).includes(id))
      throw new UsageError(
        `bộ quy định không tồn tại: ${id} (các mã: ${RULE_SET_IDS.join(', ')})`,
        `unknown rule set: ${id} (ids: ${RULE_SET_IDS.join(', ')})`,
      );
    const rules = getRuleSet(id as RuleSetId);
    if (ctx.options.has('set')) {
      const set = criteriaSetOption(ctx, rules.id);
      return { blocks: criteriaSetBlocks(set, ctx.locale), json: set };
    }
    return {
      blocks: [
        { kind: 'heading', text: `${rules.id}: ${title(rules)}` },
        {
          kind: 'text',
          text: pick(
            ctx.locale,
            `Hiệu lực: ${rules.effectiveFrom} – ${rules.effectiveTo ?? 'nay'}`,
            `In force: ${rules.effectiveFrom} – ${rules.effectiveTo ?? 'now'}`,
          ),
        },
        { kind: 'text', text: criteriaSetsLine(rules, ctx.locale) },
        {
          kind: 'list',
          items: rules.instruments.map((i) => `${i.number} (${i.date}, ${instrumentRole(i.role, ctx.locale)})`),
        },
        {
          kind: 'table',
          columns: ctx.locale === 'vi' ? ['Quy định', 'Giá trị', 'Căn cứ'] : ['Rule', 'Value', 'Reference'],
          rows: ruleRows(rules, ctx.locale),
        },
      ],
      json: rules,
    };
  }
  if (sub === 'check') {
    const file = arg(ctx, 1, { vi: 'tệp-điều-chỉnh|-', en: 'override.json|-' });
    noMoreArgs(ctx, 2);
    const input = readJson(ctx, file);
    const checked = validate('ruleOverride', input, { locale: ctx.locale });
    if (!checked.ok) throw new InvalidInput(sourceName(file), checked.issues);
    const base = getRuleSet(checked.value.basedOn);
    const adapted = guarded(sourceName(file), () => adaptRuleSet(base, input as Parameters<typeof adaptRuleSet>[1]));
    const diff = diffRuleSets(base, adapted);
    const clip = (text: string, max: number) =>
      [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
    const show = (v: unknown) => (v === undefined ? '—' : clip(JSON.stringify(v), 60));
    return {
      blocks: [
        {
          kind: 'heading',
          text: pick(
            ctx.locale,
            `${sourceName(file)}: hợp lệ, ${diff.length} thay đổi so với ${base.id}`,
            `${sourceName(file)}: valid, ${diff.length} change(s) to ${base.id}`,
          ),
        },
        {
          kind: 'table',
          columns:
            ctx.locale === 'vi'
              ? ['Đường dẫn', 'Trước', 'Sau', 'Căn cứ', 'Thay cho']
              : ['Path', 'Before', 'After', 'Reference', 'Replaces'],
          rows: diff.map((d) => [
            d.where,
            show(d.before),
            show(d.after),
            clip(d.reference ?? '—', 80),
            clip(d.replaces ?? '', 80),
          ]),
        },
      ],
      json: { ok: true, ruleSet: adapted.id, diff },
    };
  }
  throw new UsageError(
    `lệnh con của rules không tồn tại: ${sub} (list, show, check)`,
    `unknown rules subcommand: ${sub} (list, show, check)`,
  );
}

/** Which criteria sets a rule set ships, and the command that lists one. */
function criteriaSetsLine(rules: RuleSet, locale: Locale): string {
  const count = listCriteriaSets(rules).length;
  if (count === 0)
    return pick(
      locale,
      'Bộ tiêu chí: không có (kết quả đánh giá ghi tổng điểm của từng thành viên)',
      'Criteria sets: none shipped (evaluations carry member totals)',
    );
  return `${pick(locale, 'Bộ tiêu chí', 'Criteria sets')}: 1–${count} (ocop rules show ${rules.id} --set N)`;
}

/**
 * The criteria set `--set N` names; a number the rule set does not have, or a rule set that ships
 * no criteria, is a usage error carrying the library's issue code and message.
 */
function criteriaSetOption(ctx: Context, ruleSet: RuleSetId): CriteriaSet {
  const value = option(ctx, 'set') ?? '';
  if (!/^[1-9]\d{0,2}$/.test(value))
    throw new UsageError(
      `--set: không phải số thứ tự bộ tiêu chí (số nguyên từ 1): ${JSON.stringify(value)}`,
      `--set: not a criteria set number (a whole number from 1): ${JSON.stringify(value)}`,
    );
  try {
    return getCriteriaSet(ruleSet, Number(value));
  } catch (error) {
    if (!(error instanceof OcopError)) throw error;
    const code = error.code as IssueCode;
    // the message of unknown_criteria_set names how many sets there are
    const params = { count: listCriteriaSets(ruleSet).length, ...error.params };
    throw new UsageError(
      `--set: [${code}] ${issueMessage(code, params, 'vi')}`,
      `--set: [${code}] ${issueMessage(code, params, 'en')}`,
    );
  }
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
};

function oneOf<T extends string>(
  value: string | true | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new UsageError(
      `--${name} phải là một trong ${allowed.join(', ')}`,
      `--${name} must be one of ${allowed.join(', ')}`,
    );
  return value as T;
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
  const debug = argv.includes('--debug');
  let format: Format = 'table';
  let locale: Locale = localeOfArgs(argv);
  try {
    const parsed = parseArgs(argv);
    format = oneOf(parsed.options.get('format'), ['table', 'json', 'md'], 'table', 'format');
    locale = oneOf(parsed.options.get('locale'), ['vi', 'en'], 'vi', 'locale');
    if (parsed.options.has('version')) {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = parsed.command as Command | undefined;
    if (command !== undefined && !COMMANDS.includes(command))
      throw new UsageError(
        `lệnh không tồn tại: ${command} (các lệnh: ${COMMANDS.join(', ')})`,
        `unknown command: ${command} (commands: ${COMMANDS.join(', ')})`,
      );
    if (parsed.options.has('help')) {
      io.stdout(command === undefined ? programHelp(locale, HELP_FACTS) : commandHelp(command, locale, HELP_FACTS));
      return EXIT.ok;
    }
    if (command === undefined) {
      io.stderr(programHelp(locale, HELP_FACTS));
      return EXIT.usage;
    }
    for (const name of parsed.options.keys()) {
      if (!FLAGS.includes(name) && !GLOBAL_VALUE_OPTIONS.includes(name) && !COMMAND_OPTIONS[command].includes(name))
        throw new UsageError(
          `tùy chọn --${name} không dùng cho lệnh ${command}`,
          `option --${name} does not apply to ${command}`,
        );
    }
    const outcome = RUNNERS[command]({ io, format, locale, options: parsed.options, args: parsed.positionals });
    if (command === 'schema' || format === 'json') io.stdout(renderJson(outcome.json));
    else io.stdout(renderBlocks(outcome.blocks, format, colour));
    return outcome.exitCode ?? EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `${red(pick(locale, 'ocop: lỗi:', 'ocop: error:'), colour)} ${error.text(locale)}\n${pick(locale, "Xem 'ocop --help'.", "See 'ocop --help'.")}\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof InvalidInput) {
      const issues = error.issues.map((i) => localizeIssue(i, locale));
      if (format === 'json') io.stderr(renderJson({ ok: false, source: error.source, issues }));
      else
        io.stderr(
          `${red('ocop: ' + pick(locale, 'dữ liệu không hợp lệ', 'invalid input'), colour)} (${error.source}):\n${issues.map((i) => `  ${issueLine(i)}`).join('\n')}\n`,
        );
      return EXIT.invalid;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr(
      `${red(pick(locale, 'ocop: lỗi nội bộ:', 'ocop: internal error:'), colour)} ${e.message}\n${debug && e.stack ? `${e.stack}\n` : pick(locale, '(chạy lại với --debug để xem stack trace)\n', '(run again with --debug for the stack trace)\n')}`,
    );
    return EXIT.usage;
  }
}
