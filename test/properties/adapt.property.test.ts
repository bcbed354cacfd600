import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { adaptRuleSet, diffRuleSets } from '../../src/adapt.js';
import { getRuleSet, OcopError, RULE_SET_IDS, type RuleOverrideInput } from '../../src/index.js';

const PROVENANCE = new Set(['derivedFrom', 'overrides', 'effectiveFrom']);

describe('adaptation properties', () => {
  test.prop([fc.constantFrom(...RULE_SET_IDS)], { numRuns: 10 })(
    'an empty override gives the base back (only provenance differs)',
    (id) => {
      const empty: RuleOverrideInput = {
        formatVersion: 1,
        id: 'empty',
        title: 'Không thay đổi',
        basedOn: id,
        jurisdiction: '01',
        effectiveFrom: '2019-08-21',
        changes: {},
      };
      const adapted = adaptRuleSet(id, empty);
      expect(diffRuleSets(getRuleSet(id), adapted).filter((d) => !PROVENANCE.has(String(d.path[0])))).toEqual([]);
      expect(adapted.overrides?.map((o) => o.id)).toEqual(['empty']);
    },
  );

  test.prop([fc.jsonValue()], { numRuns: 300 })('arbitrary JSON never throws anything but OcopError', (input) => {
    try {
      adaptRuleSet('qd26-2026', input as RuleOverrideInput);
    } catch (error) {
      expect(error).toBeInstanceOf(OcopError);
    }
  });

  test.prop(
    [
      fc.record({
        changes: fc.dictionary(
          fc.constantFrom('minima', 'daysOff', 'rounds', 'policies', 'labels', 'disqualifiers', 'national'),
          fc.jsonValue(),
          { maxKeys: 3 },
        ),
      }),
    ],
    { numRuns: 300 },
  )(
    'near-valid overrides with arbitrary changes never throw anything but OcopError, and never touch the base',
    ({ changes }) => {
      const before = JSON.stringify(getRuleSet('qd26-2026'));
      try {
        adaptRuleSet('qd26-2026', {
          formatVersion: 1,
          id: 'p',
          title: 'p',
          basedOn: 'qd26-2026',
          jurisdiction: '33',
          effectiveFrom: '2026-07-01',
          changes,
        } as RuleOverrideInput);
      } catch (error) {
        expect(error).toBeInstanceOf(OcopError);
      }
      expect(JSON.stringify(getRuleSet('qd26-2026'))).toBe(before);
    },
  );
});
