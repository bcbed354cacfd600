/**
 * Runs the built binary (package.json's `bin`, dist/cjs/cli/index.js). Skipped until `npm run
 * build` has produced it; CI runs these again after the build (`npx vitest run test/cli`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BIN = (JSON.parse(readFileSync('package.json', 'utf8')) as { bin: { ocop: string } }).bin.ocop;
const ocop = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(input === undefined ? {} : { input }),
  });

describe.skipIf(!existsSync(BIN))(`ocop binary (${BIN}; skipped when dist is not built: run npm run build)`, () => {
  it('starts with a shebang', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
  it('demo --as-of 2020-07-15 prints the conference target at 75%', () => {
    const r = ocop(['demo', '--as-of', '2020-07-15']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/district-conferences\s+mốc\s+6\s+75%/);
  });
  it('rate reads stdin with -', () => {
    const r = ocop(['rate', '-', '--format', 'json'], readFileSync('test/cli/files/banh-cay.json', 'utf8'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ stars: 4, average: 81.2 });
  });
  it('validate exits 1 with the issue path', () => {
    const r = ocop(['validate', 'observation', 'test/cli/files/bad-observation.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('date: [invalid_date]');
  });
  it('a missing file, missing arguments and an unknown command exit 2 without a stack trace', () => {
    for (const args of [
      ['rate', 'test/cli/files/nope.json'],
      ['rate'],
      ['validate'],
      ['progress', 'test/cli/files/plan.json'],
      ['frob'],
    ]) {
      const r = ocop([...args, '--locale', 'en']);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('ocop: error:');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
  it('--version and schema', () => {
    expect(ocop(['--version']).stdout.trim()).toBe(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
    );
    expect(JSON.parse(ocop(['schema', 'plan']).stdout)).toMatchObject({ type: 'object' });
    if (existsSync('schemas/plan.json'))
      expect(JSON.parse(ocop(['schema', 'plan']).stdout)).toEqual(
        JSON.parse(readFileSync('schemas/plan.json', 'utf8')),
      );
  });
});
