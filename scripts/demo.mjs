// `npm run demo`: builds the package quietly (its output is shown only if the build fails), then
// runs `ocop demo` with the arguments given after `--` (e.g. `npm run demo -- --as-of 2020-07-15`).
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build', '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}${build.stderr}\nnpm run demo: the build failed (output above).\n`);
  process.exit(build.status ?? 1);
}
const demo = spawnSync(process.execPath, ['dist/cjs/cli/index.js', 'demo', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(demo.status ?? 1);
