/**
 * Numbers that are the same in several rule sets, each defined once with its sources.
 */
import type { StarBand } from '../rule-set.js';

/**
 * The five star bands, half-open: [0,30) [30,50) [50,70) [70,90) [90,100]. 148 and 26/2026
 * print them "từ … đến dưới …"; 1048 prints integer ends ("30 đến 49", "50 đến 69", "70 đến
 * 89"), which this library reads the same way (an average of 89.5 is 4★): no source seen says how 1048
 * banded an average between two integer ends.
 */
export const HALF_OPEN_BANDS: readonly StarBand[] = [
  { stars: 1, from: 0, below: 30 },
  { stars: 2, from: 30, below: 50 },
  { stars: 3, from: 50, below: 70 },
  { stars: 4, from: 70, below: 90 },
  { stars: 5, from: 90, below: null },
];

/** Council averages are published with two decimals (81.2, 95.64); rounded half-up. */
export const AVERAGING = { decimals: 2, rounding: 'half-up' } as const;
