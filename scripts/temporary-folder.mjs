// A temporary folder that is removed at the end of a check, and on Ctrl-C or SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates `<tmpdir>/<prefix>XXXXXX`; returns its path and a `cleanUp` that removes it. */
export function temporaryFolder(prefix) {
  const path = mkdtempSync(join(tmpdir(), prefix));
  const cleanUp = () => rmSync(path, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  process.once('SIGTERM', () => {
    cleanUp();
    process.exit(143);
  });
  return { path, cleanUp };
}
