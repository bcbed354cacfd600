/**
 * The per-set entries of the package, derived from package.json: every export `./rules/<id>/*`
 * is the criteria sets of rule set `<id>`, built from src/rules/data/<id>/set-NN.ts. The build,
 * the package checks, the bundle probes and the size budgets (.size-limit.cjs, which is CommonJS:
 * hence this file is too) read them from here, so a rule set with criteria sets is its data
 * folder, its line in the registry and its export — nothing else to list.
 */
'use strict';

const ENTRY = /^\.\/rules\/([a-z0-9]+(?:-[a-z0-9]+)+)\/\*$/;
const SET_MODULE = /\/rules\/data\/([^/]+)\/set-(\d\d)\.(?:js|ts)$/;

/**
 * The rule sets with per-set entries: `{ id, prefix }` for each `./rules/<id>/*` export, the
 * prefix being the export names' (`qd148-2023` → `QD148`, `QD148_SET_06`).
 */
function criteriaEntries(pkg) {
  return Object.keys(pkg.exports ?? {}).flatMap((key) => {
    const id = ENTRY.exec(key)?.[1];
    return id === undefined ? [] : [{ id, prefix: id.split('-')[0].toUpperCase() }];
  });
}

/** The rule set id and set number of a criteria-set module (`…/rules/data/<id>/set-NN.js`), from its path. */
function setModuleOf(file) {
  const match = SET_MODULE.exec(file.replace(/\\/g, '/'));
  return match ? { id: match[1], nn: match[2] } : undefined;
}

/**
 * The package entry of a criteria-set module, from the module's full path: `…/src/rules/data/<id>/set-NN.(js|ts)`
 * → `<package>/rules/<id>/NN`, for an id that has per-set entries; `undefined` for any other module.
 * The folder is required: a set module elsewhere, or of a rule set without entries, is not one.
 */
function setEntryOf(file, pkgName, entries) {
  const match = /\/src\/rules\/data\/([^/]+)\/set-(\d\d)\.(?:js|ts)$/.exec(file.replace(/\\/g, '/'));
  if (!match || !entries.some((entry) => entry.id === match[1])) return undefined;
  return `${pkgName}/rules/${match[1]}/${match[2]}`;
}

/**
 * An esbuild plugin that leaves the criteria-set modules out of a bundle, as an app's bundler
 * splits `loadCriteriaSet`'s dynamic imports into chunks loaded on demand; esbuild without an
 * output folder would inline all of them instead.
 */
const setsAsChunks = {
  name: 'sets-as-chunks',
  setup(build) {
    build.onResolve({ filter: /(^|\/)set-\d\d\.js$/ }, (args) =>
      setModuleOf(`${args.resolveDir}/${args.path.replace(/^\.\//, '')}`)
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

module.exports = { criteriaEntries, setEntryOf, setModuleOf, setsAsChunks };
