/**
 * Output of the `ocop` command: a report is a list of blocks (headings, text, tables) rendered as
 * aligned plain text or Markdown; `--format json` prints the library's result object instead.
 */

/** Output formats of the command. */
export type Format = 'table' | 'json' | 'md';

/** One piece of a report. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly columns: readonly string[]; readonly rows: ReadonlyArray<readonly string[]> };

const width = (text: string): number => [...text].length;
const pad = (text: string, to: number): string => text + ' '.repeat(Math.max(0, to - width(text)));

/** ANSI bold, when colour is on. */
export function bold(text: string, colour: boolean): string {
  return colour ? `\u001b[1m${text}\u001b[22m` : text;
}

/** ANSI red, when colour is on. */
export function red(text: string, colour: boolean): string {
  return colour ? `\u001b[31m${text}\u001b[39m` : text;
}

/** Plain aligned columns: a header, a rule of dashes, then the rows; cells padded to the widest. */
export function plainTable(columns: readonly string[], rows: ReadonlyArray<readonly string[]>, colour = false): string {
  const widths = columns.map((c, i) => Math.max(width(c), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    bold(line(columns), colour),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => line(columns.map((_, i) => r[i] ?? ''))),
  ].join('\n');
}

const mdCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown (GFM) table. */
export function markdownTable(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [
    line(columns),
    line(columns.map(() => '---')),
    ...rows.map((r) => line(columns.map((_, i) => r[i] ?? ''))),
  ].join('\n');
}

/** Renders blocks as plain text (`table`) or Markdown (`md`); the text ends with a newline. */
export function renderBlocks(blocks: readonly Block[], format: 'table' | 'md', colour: boolean): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return format === 'md' ? `## ${block.text}` : bold(block.text, colour);
      case 'text':
        return block.text;
      case 'list':
        return block.items.map((item) => `- ${item}`).join('\n');
      case 'table':
        return block.rows.length === 0
          ? ''
          : format === 'md'
            ? markdownTable(block.columns, block.rows)
            : plainTable(block.columns, block.rows, colour);
    }
  });
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/** JSON text with two-space indentation and a final newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
