/**
 * The table of target kinds: each kind is one module of this folder holding everything about it
 * (schema, plan checks, observation form, progress figures, goal line), and the rest of the
 * library reads it through {@link TARGET_KINDS} instead of branching on `kind`.
 *
 * Adding a kind: write its module, add its schema to `TargetSchema`'s list in `model/plan.ts`;
 * `tsc` then names every table still without it (this one, the plan checks in `model/plan.ts`,
 * the kind's name in each locale), and a module that lacks a member of {@link TargetKindModule}.
 */
import * as count from './count.js';
import type { TargetKind, TargetKindModule } from './kind.js';
import * as items from './items.js';
import * as milestone from './milestone.js';
import * as share from './share.js';

export type * from './kind.js';

/** Every target kind, by name: `TARGET_KINDS[target.kind]`. */
export const TARGET_KINDS: { readonly [K in TargetKind]: TargetKindModule<K> } = { count, share, milestone, items };

/** The module of `target`'s kind, typed for that target. */
export function kindOf<K extends TargetKind>(kind: K): TargetKindModule<K> {
  return TARGET_KINDS[kind];
}
