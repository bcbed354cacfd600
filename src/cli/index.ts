#!/usr/bin/env node
/**
 * The `ocop` command's entry point (`dist/cjs/cli/index.js`, the package's bin): runs
 * {@link main} with the process's arguments, streams and environment, and exits with its code.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2), {
  stdin: () => readFileSync(0, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
