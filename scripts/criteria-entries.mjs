/**
 * The per-set entries of the package, derived from package.json: every export `./rules/<id>/*`
 * is the criteria sets of rule set `<id>`, built from src/rules/data/<id>/set-NN.ts. The build,
 * the package checks and the bundle probes read them from here, so a rule set with criteria sets
 * is its data folder, its line in the registry and its export — nothing else to list.
 */
const ENTRY = /^\.\/rules\/([a-z0-9]+(?:-[a-z0-9]+)+)\/\*$/;

/**
 * The rule sets with per-set entries: `{ id, prefix }` for each `./rules/<id>/*` export, the
 * prefix being the export names' (`qd148-2023` → `QD148`, `QD148_SET_06`).
 */
export function criteriaEntries(pkg) {
  return Object.keys(pkg.exports ?? {}).flatMap((key) => {
    const id = ENTRY.exec(key)?.[1];
    return id === undefined ? [] : [{ id, prefix: id.split('-')[0].toUpperCase() }];
  });
}

/**
 * The package entry of a criteria-set module, from the module's full path: `…/src/rules/data/<id>/set-NN.(js|ts)`
 * → `<package>/rules/<id>/NN`, for an id that has per-set entries; `undefined` for any other module.
 * The folder is required: a set module elsewhere, or of a rule set without entries, is not one.
 */
export function setEntryOf(file, pkgName, entries) {
  const path = file.replace(/\\/g, '/');
  const match = /\/src\/rules\/data\/([^/]+)\/set-(\d\d)\.(?:js|ts)$/.exec(path);
  if (!match || !entries.some((entry) => entry.id === match[1])) return undefined;
  return `${pkgName}/rules/${match[1]}/${match[2]}`;
}
