/**
 * The help texts of the `ocop` command, in Vietnamese (the default) and English.
 */
import type { Locale } from '../index.js';

/** The commands of `ocop`. */
export const COMMANDS = ['demo', 'validate', 'rate', 'progress', 'rules', 'schema'] as const;

/** A command of `ocop`. */
export type Command = (typeof COMMANDS)[number];

/** What the help texts mention: the version, the record kinds and the rule set ids. */
export interface HelpFacts {
  readonly version: string;
  readonly kinds: readonly string[];
  readonly ruleSetIds: readonly string[];
}

/** The program's help (`ocop --help`), in `locale`. */
export function programHelp(locale: Locale, facts: HelpFacts): string {
  const kinds = facts.kinds.join(', ');
  if (locale === 'en') {
    return `ocop ${facts.version}: Vietnam's OCOP programme (Mỗi xã một sản phẩm) on the command line

Usage: ocop <command> [options]

Commands:
  demo [--as-of YYYY-MM-DD]                         the Thái Bình 2020 story from ocop/fixtures
  validate <kind> <file|->                          validate a JSON record (${kinds})
  rate <file|->                                     rate a product from an evaluation JSON
  progress <plan-file> --observations <file> [--as-of YYYY-MM-DD]
                                                    a plan's progress on a date
  rules list | show <id> [--set N] | check <override.json|->
                                                    national rule sets, criteria sets, province overrides
  schema <kind>                                     the JSON Schema of a kind

Options:
  --format table|json|md   output format (default table)
  --locale vi|en           language of everything printed (default vi)
  --debug                  print stack traces of unexpected errors
  --version                print the version
  --help                   this help, or a command's help: ocop <command> --help

Results go to stdout; issues, usage errors and warnings go to stderr (with --format json, issues
are a JSON document { ok: false, source, issues } on stderr).
Exit codes: 0 ok, 1 invalid input (every issue printed with its path), 2 usage error.
Dates default to today in Asia/Ho_Chi_Minh. Files are only read, never written; "-" reads stdin.
`;
  }
  return `ocop ${facts.version}: chương trình OCOP (Mỗi xã một sản phẩm) trên dòng lệnh

Cách dùng: ocop <lệnh> [tùy chọn]

Lệnh:
  demo [--as-of YYYY-MM-DD]                         ví dụ Thái Bình 2020 từ dữ liệu ocop/fixtures
  validate <loại> <tệp|->                           kiểm tra một bản ghi JSON (${kinds})
  rate <tệp|->                                      xếp hạng sản phẩm từ kết quả đánh giá (JSON)
  progress <tệp-kế-hoạch> --observations <tệp> [--as-of YYYY-MM-DD]
                                                    tiến độ của kế hoạch vào một ngày
  rules list | show <mã> [--set N] | check <tệp-điều-chỉnh|->
                                                    bộ quy định quốc gia, bộ tiêu chí, điều chỉnh của tỉnh
  schema <loại>                                     JSON Schema của một loại bản ghi

Tùy chọn:
  --format table|json|md   định dạng kết quả (mặc định table)
  --locale vi|en           ngôn ngữ của mọi nội dung in ra (mặc định vi)
  --debug                  in stack trace của lỗi ngoài dự kiến
  --version                in số phiên bản
  --help                   trợ giúp này, hoặc trợ giúp của một lệnh: ocop <lệnh> --help

Kết quả in ra stdout; lỗi dữ liệu, lỗi cách dùng và cảnh báo in ra stderr (với --format json,
lỗi dữ liệu là một tài liệu JSON { ok: false, source, issues } trên stderr).
Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ (in mọi lỗi kèm đường dẫn), 2 lỗi cách dùng.
Ngày mặc định là hôm nay theo giờ Asia/Ho_Chi_Minh. Tệp chỉ được đọc, không bao giờ bị ghi;
"-" đọc từ stdin.
`;
}

const FORMAT_LOCALE = '[--format table|json|md] [--locale vi|en]';

/** A command's help (`ocop <command> --help`), in `locale`. */
export function commandHelp(command: Command, locale: Locale, facts: HelpFacts): string {
  const kinds = facts.kinds.join(', ');
  const vi: Record<Command, string> = {
    demo: `Cách dùng: ocop demo [--as-of YYYY-MM-DD] ${FORMAT_LOCALE}

Kế hoạch OCOP năm 2020 của Thái Bình (từ ocop/fixtures) với các quan sát MẪU có ghi nhãn: tiến độ
và trạng thái của các mục tiêu vào ngày xem (sau năm 2020: tình hình cuối năm), hai sản phẩm do
Hội đồng cấp huyện Đông Hưng đánh giá ngày 24/12/2020 kèm giải thích, và tình trạng của một giấy
chứng nhận mẫu. --as-of mặc định là hôm nay theo giờ Asia/Ho_Chi_Minh.
`,
    validate: `Cách dùng: ocop validate <loại> <tệp|-> ${FORMAT_LOCALE}

Kiểm tra một bản ghi JSON của một loại (${kinds}). In OK ra stdout, hoặc in mọi lỗi dạng
"đường.dẫn: [mã] thông báo" ra stderr và thoát với mã 1. Với loại evaluation, lệnh chạy đúng các
bước kiểm tra của ocop rate (kể cả đối chiếu với bộ tiêu chí mà kết quả đánh giá nêu).
`,
    rate: `Cách dùng: ocop rate <tệp|-> ${FORMAT_LOCALE}

Xếp hạng một sản phẩm từ kết quả đánh giá (JSON: { ruleSet, level?, criteriaSet?, sheets }): số
sao, điểm trung bình, hạng theo điểm, cấp công nhận, chuyển cấp, yêu cầu tối thiểu chưa đạt và
giải thích.
`,
    progress: `Cách dùng: ocop progress <tệp-kế-hoạch> --observations <tệp> [--as-of YYYY-MM-DD] ${FORMAT_LOCALE}

Đánh giá một kế hoạch (JSON) theo một mảng quan sát (JSON) vào một ngày (mặc định hôm nay theo
giờ Asia/Ho_Chi_Minh): giá trị hiện đạt, tiến độ, tiến độ kỳ vọng và trạng thái của từng mục
tiêu, và các đơn vị dưới mức hướng dẫn. Quan sát có ngày sau ngày xem hoặc trước kỳ kế hoạch bị
bỏ qua và được đếm.
`,
    rules: `Cách dùng: ocop rules list
       ocop rules show <mã> [--set N]
       ocop rules check <tệp-điều-chỉnh|->     ${FORMAT_LOCALE}

list: các bộ quy định quốc gia và ngày hiệu lực. show: các phần, hạng sao, cấp công nhận, chuyển
cấp, thời hạn giấy chứng nhận và căn cứ của một bộ quy định (mã: ${facts.ruleSetIds.join(', ')}); với
--set N: bộ tiêu chí số N (phần, nhóm tiêu chí, tiêu chí với điểm tối đa, mức điểm và dấu sao).
check: áp một tệp điều chỉnh của tỉnh lên bộ quy định gốc và in các thay đổi, hoặc mọi lỗi.
`,
    schema: `Cách dùng: ocop schema <loại>

In JSON Schema (dạng dữ liệu vào) của một loại bản ghi, đúng như tệp schemas/<loại>.json của gói:
${kinds}.
`,
  };
  const en: Record<Command, string> = {
    demo: `Usage: ocop demo [--as-of YYYY-MM-DD] ${FORMAT_LOCALE}

Thái Bình's 2020 OCOP plan (from ocop/fixtures) with labelled sample observations: the targets'
progress and status on the date (after 2020: the end-of-year state), the two products the Đông
Hưng district council rated on 2020-12-24 with their explanations, and a sample certificate's
status. --as-of defaults to today in Asia/Ho_Chi_Minh.
`,
    validate: `Usage: ocop validate <kind> <file|-> ${FORMAT_LOCALE}

Validates one JSON record of a kind (${kinds}). Prints OK on stdout, or every issue as
"path.to.field: [code] message" on stderr and exits 1. For an evaluation it runs the checks
ocop rate runs (including those against the criteria set the evaluation names).
`,
    rate: `Usage: ocop rate <file|-> ${FORMAT_LOCALE}

Rates a product from an evaluation JSON ({ ruleSet, level?, criteriaSet?, sheets }): stars,
average, band, recognising authority, forwarding, unmet star minima and the explanation.
`,
    progress: `Usage: ocop progress <plan-file> --observations <file> [--as-of YYYY-MM-DD] ${FORMAT_LOCALE}

Evaluates a plan JSON against an observations JSON array on a date (default today in
Asia/Ho_Chi_Minh): each target's current value, progress, expected progress and status, and the
units below the per-unit guidance. Observations dated after the as-of date or before the plan's
period are ignored and counted.
`,
    rules: `Usage: ocop rules list
       ocop rules show <id> [--set N]
       ocop rules check <override.json|->     ${FORMAT_LOCALE}

list: the national rule sets with their effective dates. show: one rule set's parts, bands,
recognition, forwarding, validity and references (ids: ${facts.ruleSetIds.join(', ')}); with --set N:
its criteria set N (parts, sections, criteria with maximum points, point options and star marks).
check: applies a province override file to its base rule set and prints what changes, or every
issue.
`,
    schema: `Usage: ocop schema <kind>

Prints the JSON Schema (input shape) of a kind, exactly as the package's schemas/<kind>.json file:
${kinds}.
`,
  };
  return (locale === 'vi' ? vi : en)[command];
}
