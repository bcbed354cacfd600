/**
 * Levels of government that evaluate or recognise OCOP products.
 */

import { deepFreeze } from '../core/freeze.js';
/**
 * Evaluation and recognition levels: `district` (1048 and 148, until 2025-06-30), `province`,
 * `central` (the ministry). Communes only pre-assess dossiers (26/2026 Điều 7.2).
 *
 * @example
 * ```ts
 * import { LEVELS } from 'ocop';
 * LEVELS; // ['district', 'province', 'central']
 * ```
 */
export const LEVELS = /* @__PURE__ */ deepFreeze(['district', 'province', 'central'] as const);

/**
 * One of {@link LEVELS}.
 *
 * @example
 * ```ts
 * import type { Level } from 'ocop';
 * const level: Level = 'province';
 * ```
 */
export type Level = (typeof LEVELS)[number];
