import { describe, expect, it } from 'vitest';
import { parseProductCode, ProductCodeSchema } from '../../src/index.js';

describe('parseProductCode', () => {
  it('parses the commune format of 26/2026 (T-X-STT-YYYY)', () => {
    expect(parseProductCode('33-12688-3-2026')).toEqual({
      format: 'commune',
      province: '33',
      commune: '12688',
      sequence: 3,
      year: 2026,
    });
  });

  it('parses the district format used before the reform (the example printed by a 148-era scoring app, github.com/tranquangduc24011999/ommani_ocop)', () => {
    expect(parseProductCode('83-829-28780-3-2022')).toEqual({
      format: 'district',
      province: '83',
      district: '829',
      commune: '28780',
      sequence: 3,
      year: 2022,
    });
  });

  it.each([
    '33-12688-0-2026',
    '33-12688-03-2026',
    '3-12688-3-2026',
    '33-1268-3-2026',
    '33-12688-3-26',
    '33-12688-3-2026 ',
    '',
  ])('rejects %j', (code) => {
    expect(parseProductCode(code)).toBeUndefined();
  });
});

describe('ProductCodeSchema', () => {
  it('accepts a legacy Bến Tre code (83 existed until 2025-06-30) and rejects it in the current format', () => {
    expect(ProductCodeSchema.safeParse('83-829-28780-3-2022').success).toBe(true);
    expect(ProductCodeSchema.safeParse('83-28780-3-2026').success).toBe(false);
  });
});
