// Validates the Thái Bình 2020 OCOP plan (the project's seed) and a broken copy of it,
// printing each issue with its path, in English.
import { validate } from 'ocop';

const plan = {
  id: 'tb-2020',
  title: 'Chương trình OCOP tỉnh Thái Bình năm 2020',
  unit: { province: '34' },
  period: { start: '2020-06-16', end: '2020-12-31' },
  units: [
    { code: '336', name: 'Thái Bình' },
    { code: '338', name: 'Quỳnh Phụ' },
    { code: '339', name: 'Hưng Hà' },
    { code: '340', name: 'Đông Hưng' },
    { code: '341', name: 'Thái Thụy' },
    { code: '342', name: 'Tiền Hải' },
    { code: '343', name: 'Kiến Xương' },
    { code: '344', name: 'Vũ Thư' },
  ],
  targets: [
    { id: 'upgrade', kind: 'count', title: 'Nâng cấp sản phẩm chủ lực', min: 15, max: 20, perUnit: { min: 2, max: 3, basis: 'average' } },
    { id: 'new-products', kind: 'count', title: 'Phát triển mới sản phẩm', min: 8, perUnit: { min: 1, max: 2, basis: 'each' } },
    { id: 'training', kind: 'share', title: 'Cán bộ, lãnh đạo chủ thể được tập huấn', min: 1 },
    { id: 'conference', kind: 'milestone', title: 'Hội nghị cấp huyện', due: '2020-07-15', scope: 'each-unit' },
  ],
};

const ok = validate('plan', plan, { locale: 'en' });
console.log(`Thái Bình 2020 plan valid: ${ok.ok}`);
if (!ok.ok) throw new Error('the seed plan must be valid');

// The same plan restated after the 2025 reform no longer fits: Thái Bình and its districts are gone.
const broken = { ...plan, period: { start: '2025-07-01', end: '2025-12-31' }, targets: [{ ...plan.targets[0], max: 12 }] };
const result = validate('plan', broken, { locale: 'en' });
if (result.ok) throw new Error('the broken plan must be rejected');
for (const issue of result.issues) console.log(`${issue.path.join('.') || '(root)'}: [${issue.code}] ${issue.message}`);
