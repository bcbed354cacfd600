// A temporary folder that is removed at the end of a check, and on Ctrl-C or SIGTERM.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Creates `<parent>/<prefix>XXXXXX` (`parent` defaults to the system's temporary folder and is
 * created if missing); returns its path and a `cleanUp` that removes it.
 */
export function temporaryFolder(prefix, parent = tmpdir()) {
  mkdirSync(parent, { recursive: true });
  const path = mkdtempSync(join(parent, prefix));
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
