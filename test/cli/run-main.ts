/**
 * Runs the `ocop` command in-process with captured output, for the CLI tests.
 */
import { main, type CliIo } from '../../src/cli/main.js';

/** What a test may set of the command's environment. */
export interface RunOptions {
  readonly stdin?: string;
  readonly isTTY?: boolean;
  readonly env?: Record<string, string>;
  readonly today?: string;
}

/** `main(argv)` with stdin, the terminal, the environment and today's date as given; its exit code and output. */
export function runMain(argv: string[], options: RunOptions = {}) {
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
