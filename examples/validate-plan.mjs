// Validates the Thái Bình 2020 OCOP plan (the project's seed, shipped in `ocop/fixtures`) and a
// copy restated after the 2025 reform, printing each issue with its path, in English.
import { validate } from 'ocop';
import { THAI_BINH_2020_PLAN } from 'ocop/fixtures';

const ok = validate('plan', THAI_BINH_2020_PLAN, { locale: 'en' });
console.log(`Thái Bình 2020 plan valid: ${ok.ok}`);
if (!ok.ok) throw new Error('the seed plan must be valid');

// The same plan restated for 2025–2026 no longer fits: Thái Bình and its districts end on 2025-06-30.
const broken = {
  ...THAI_BINH_2020_PLAN,
  period: { start: '2025-07-01', end: '2026-06-30' },
  targets: [{ ...THAI_BINH_2020_PLAN.targets[0], max: 12 }],
};
const result = validate('plan', broken, { locale: 'en' });
if (result.ok) throw new Error('the broken plan must be rejected');
for (const issue of result.issues) console.log(`${issue.path.join('.') || '(root)'}: [${issue.code}] ${issue.message}`);
