/**
 * One deterministic product evaluation per criteria set of Quyết định 26/2026/QĐ-TTg, for the
 * golden explanation files (test/fidelity/golden/explanation-set-NN.json). Each is a 7-member
 * provincial council built with `createCouncil` (ocop/fixtures), in one or two groups of
 * identical sheets, rated with `rateProduct(evaluation, { criteria: set })`.
 *
 * The scenarios vary so that every outcome appears somewhere: 5★ with every minimum met, 5★
 * band capped to 4★ by an unmet 5★ minimum (and still forwarded to the ministry), a minimum met
 * by a bare majority (4 of 7), 4★ and 3★ met and capped, 2★ and 1★ (not recognised), exact band
 * edges (50, 70, 89, 90) and non-whole averages just under an edge (89.57, 69.71).
 */
import { rateProduct, type CriteriaSet, type Level, type Rating } from '../../src/index.js';
import { createCouncil, type CreateCouncilOptions } from '../../src/fixtures/index.js';

export interface Scenario {
  readonly setNo: number;
  /** What the evaluation shows, in one sentence. */
  readonly story: string;
  /** Groups of members; their `members` add up to 7. */
  readonly groups: readonly CreateCouncilOptions[];
  /** The outcome the scenario was designed for, checked apart from the golden file. */
  readonly expected: Pick<Rating, 'average' | 'band' | 'stars' | 'recognised' | 'authority' | 'forwardTo'> & {
    /** Unmet minima as `criterion@stars:sheetsMeeting`. */
    readonly unmet: readonly string[];
  };
}

const LEVEL: Level = 'province';
export const MEMBERS = 7;

const met5 = {
  average: 95,
  band: 5,
  stars: 5,
  recognised: true,
  authority: 'central',
  forwardTo: 'central',
  unmet: [],
} as const;
const met4 = {
  average: 80,
  band: 4,
  stars: 4,
  recognised: true,
  authority: 'province',
  forwardTo: null,
  unmet: [],
} as const;
const met3 = {
  average: 60,
  band: 3,
  stars: 3,
  recognised: true,
  authority: 'province',
  forwardTo: null,
  unmet: [],
} as const;

export const SCENARIOS: readonly Scenario[] = [
  {
    setNo: 1,
    story:
      '5★ band (95), but only 3 of 7 members award 1.3 its 5★ option: capped to 4★, recognised by the province and forwarded to the ministry',
    groups: [{ members: 7, stars: 5, split: { meeting: 3 } }],
    expected: {
      average: 95,
      band: 5,
      stars: 4,
      recognised: true,
      authority: 'province',
      forwardTo: 'central',
      unmet: ['1.3@5:3'],
    },
  },
  {
    setNo: 2,
    story: '5★ with every minimum met by all 7 members: recognised by the ministry, forwarded',
    groups: [{ members: 7, stars: 5 }],
    expected: met5,
  },
  {
    setNo: 3,
    story: '4★ band (80), only 3 of 7 members award 1.5 its 4★ option: capped to 3★, recognised by the province',
    groups: [{ members: 7, stars: 4, split: { meeting: 3 } }],
    expected: {
      average: 80,
      band: 4,
      stars: 3,
      recognised: true,
      authority: 'province',
      forwardTo: null,
      unmet: ['1.5@4:3'],
    },
  },
  {
    setNo: 4,
    story: '3★ with every 3★ minimum met: recognised by the province',
    groups: [{ members: 7, stars: 3 }],
    expected: met3,
  },
  {
    setNo: 5,
    story: '5★ band, the 5★ minimum of 1.4 met by a bare majority (4 of 7): 5★, recognised by the ministry',
    groups: [{ members: 7, stars: 5, split: { meeting: 4 } }],
    expected: met5,
  },
  {
    setNo: 6,
    story: '4★ with every minimum met: recognised by the province, not forwarded',
    groups: [{ members: 7, stars: 4 }],
    expected: met4,
  },
  {
    setNo: 7,
    story: '3★ band (60), only 2 of 7 members award 2.2 its 3★ option: capped to 2★, not recognised',
    groups: [{ members: 7, stars: 3, split: { meeting: 2 } }],
    expected: {
      average: 60,
      band: 3,
      stars: 2,
      recognised: false,
      authority: null,
      forwardTo: null,
      unmet: ['2.2@3:2'],
    },
  },
  {
    setNo: 8,
    story: '2★ (40): no minima apply, not recognised (no decision, no certificate)',
    groups: [{ members: 7, stars: 2 }],
    expected: { average: 40, band: 2, stars: 2, recognised: false, authority: null, forwardTo: null, unmet: [] },
  },
  {
    setNo: 9,
    story: 'exactly 90 (the 5★ band edge) with the 5★ minima met: 5★, forwarded to the ministry',
    groups: [{ members: 7, total: 90 }],
    expected: { ...met5, average: 90 },
  },
  {
    setNo: 10,
    story: '4 members at 90 and 3 at 89: average 89.57, just under the edge: 4★, not forwarded',
    groups: [
      { members: 4, total: 90 },
      { members: 3, total: 89 },
    ],
    expected: { ...met4, average: 89.57 },
  },
  {
    setNo: 11,
    story: 'exactly 70 (the 4★ band edge), only 3 of 7 members meet the 4★ minimum of 1.5: capped to 3★',
    groups: [{ members: 7, total: 70, split: { meeting: 3 } }],
    expected: {
      average: 70,
      band: 4,
      stars: 3,
      recognised: true,
      authority: 'province',
      forwardTo: null,
      unmet: ['1.5@4:3'],
    },
  },
  {
    setNo: 12,
    story: '5 members at 70 and 2 at 69: average 69.71, just under the 4★ edge: 3★',
    groups: [
      { members: 5, total: 70 },
      { members: 2, total: 69 },
    ],
    expected: { ...met3, average: 69.71 },
  },
  {
    setNo: 13,
    story: '4★ band, the 4★ minimum of 1.5 met by a bare majority (4 of 7): 4★',
    groups: [{ members: 7, stars: 4, split: { meeting: 4 } }],
    expected: met4,
  },
  {
    setNo: 14,
    story: '5★ band (95), only 3 of 7 members meet the 5★ minimum of 1.4: capped to 4★, forwarded to the ministry',
    groups: [{ members: 7, stars: 5, split: { meeting: 3 } }],
    expected: {
      average: 95,
      band: 5,
      stars: 4,
      recognised: true,
      authority: 'province',
      forwardTo: 'central',
      unmet: ['1.4@5:3'],
    },
  },
  {
    setNo: 15,
    story: '4★ band (80), only 3 of 7 members meet the 4★ minimum of 1.4: capped to 3★',
    groups: [{ members: 7, stars: 4, split: { meeting: 3 } }],
    expected: {
      average: 80,
      band: 4,
      stars: 3,
      recognised: true,
      authority: 'province',
      forwardTo: null,
      unmet: ['1.4@4:3'],
    },
  },
  {
    setNo: 16,
    story: '5★ with every minimum met: recognised by the ministry',
    groups: [{ members: 7, stars: 5 }],
    expected: met5,
  },
  {
    setNo: 17,
    story: 'exactly 50 (the 3★ band edge) with the 3★ minima met: 3★, recognised by the province',
    groups: [{ members: 7, total: 50 }],
    expected: { ...met3, average: 50 },
  },
  {
    setNo: 18,
    story: '4★ band (80), only 3 of 7 members meet the 4★ minimum of 1.5: capped to 3★',
    groups: [{ members: 7, stars: 4, split: { meeting: 3 } }],
    expected: {
      average: 80,
      band: 4,
      stars: 3,
      recognised: true,
      authority: 'province',
      forwardTo: null,
      unmet: ['1.5@4:3'],
    },
  },
  {
    setNo: 19,
    story: '3★ band (60), only 2 of 7 members meet the 3★ minimum of 2.2: capped to 2★, not recognised',
    groups: [{ members: 7, stars: 3, split: { meeting: 2 } }],
    expected: {
      average: 60,
      band: 3,
      stars: 2,
      recognised: false,
      authority: null,
      forwardTo: null,
      unmet: ['2.2@3:2'],
    },
  },
  {
    setNo: 20,
    story: '5★ with every minimum met: recognised by the ministry',
    groups: [{ members: 7, stars: 5 }],
    expected: met5,
  },
  {
    setNo: 21,
    story: '5★ band (95), only 3 of 7 members meet the 5★ minimum of 1.4: capped to 4★, forwarded to the ministry',
    groups: [{ members: 7, stars: 5, split: { meeting: 3 } }],
    expected: {
      average: 95,
      band: 5,
      stars: 4,
      recognised: true,
      authority: 'province',
      forwardTo: 'central',
      unmet: ['1.4@5:3'],
    },
  },
  {
    setNo: 22,
    story: 'exactly 89 with the 4★ minima met: 4★, one point short of being forwarded',
    groups: [{ members: 7, total: 89 }],
    expected: { ...met4, average: 89 },
  },
  {
    setNo: 23,
    story: '3★ band (60), only 2 of 7 members meet the 3★ minimum of 4.1: capped to 2★, not recognised',
    groups: [{ members: 7, stars: 3, split: { meeting: 2 } }],
    expected: {
      average: 60,
      band: 3,
      stars: 2,
      recognised: false,
      authority: null,
      forwardTo: null,
      unmet: ['4.1@3:2'],
    },
  },
  {
    setNo: 24,
    story: '1★ (17: the lowest total set 24 allows, every criterion at its lowest option): not recognised',
    groups: [{ members: 7, stars: 1 }],
    expected: { average: 17, band: 1, stars: 1, recognised: false, authority: null, forwardTo: null, unmet: [] },
  },
  {
    setNo: 25,
    story: '4★ band (80), no member meets the 4★ minimum of 1.4 (0 of 7): capped to 3★',
    groups: [{ members: 7, stars: 4, split: { meeting: 0 } }],
    expected: {
      average: 80,
      band: 4,
      stars: 3,
      recognised: true,
      authority: 'province',
      forwardTo: null,
      unmet: ['1.4@4:0'],
    },
  },
  {
    setNo: 26,
    story: 'tourism: 4★ band (80), only 3 of 7 members meet the 4★ minimum of 3.4: capped to 3★',
    groups: [{ members: 7, stars: 4, split: { meeting: 3 } }],
    expected: {
      average: 80,
      band: 4,
      stars: 3,
      recognised: true,
      authority: 'province',
      forwardTo: null,
      unmet: ['3.4@4:3'],
    },
  },
];

/** The sheets of a scenario's council, in group order. */
export function councilOf(set: CriteriaSet, scenario: Scenario): Array<{ points: Record<string, number> }> {
  return scenario.groups.flatMap((group) => createCouncil(set, group));
}

export function rate(
  set: CriteriaSet,
  scenario: Scenario,
): { sheets: Array<{ points: Record<string, number> }>; rating: Rating } {
  const sheets = councilOf(set, scenario);
  const rating = rateProduct({ ruleSet: 'qd26-2026', criteriaSet: set.setNo, level: LEVEL, sheets }, { criteria: set });
  return { sheets, rating };
}

export const REGENERATE = 'UPDATE_GOLDEN=1 npx vitest run test/fidelity';

/** The golden document of a scenario: input summary, rating fields, explanation lines; plain JSON. */
export function goldenOf(set: CriteriaSet, scenario: Scenario): unknown {
  const { sheets, rating } = rate(set, scenario);
  // identical consecutive sheets grouped, so a reviewer can recompute every criterion mean; the
  // points as "code: points" in printed order (an object would list "7", "8", … before "1.1")
  const groups: Array<{ members: number; total: number; points: string[] }> = [];
  for (const { points } of sheets) {
    const listed = set.criteria.map((c) => `${c.code}: ${String(points[c.code])}`);
    const last = groups[groups.length - 1];
    if (last && last.points.join() === listed.join()) last.members += 1;
    else groups.push({ members: 1, total: Object.values(points).reduce((a, b) => a + b, 0), points: listed });
  }
  const document = {
    about: `Golden explanation of one evaluation under criteria set ${set.setNo} of Quyết định 26/2026/QĐ-TTg, reviewed by hand (test/fidelity/README.md). Do not edit: after a reviewed change, regenerate with ${REGENERATE}`,
    scenario: scenario.story,
    input: {
      ruleSet: 'qd26-2026',
      criteriaSet: set.setNo,
      title: set.title,
      level: LEVEL,
      members: sheets.length,
      totals: rating.totals,
      sheets: groups,
    },
    rating: {
      average: rating.average,
      band: rating.band,
      stars: rating.stars,
      recognised: rating.recognised,
      authority: rating.authority,
      forwardTo: rating.forwardTo,
      unmetMinima: rating.unmetMinima,
    },
    explanation: rating.explanation.map((line) => ({
      kind: line.kind,
      code: line.code,
      value: line.value,
      max: line.max,
      marks: line.marks,
      reference: line.reference,
      message: { vi: line.message.vi, en: line.message.en },
    })),
  };
  // drops undefined fields exactly as the file does
  return JSON.parse(JSON.stringify(document)) as unknown;
}

export function serialize(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
