/**
 * The interim-schedule case of issue #19, shared by the progress tests: 150 products by 2025,
 * with 100 by the end of 2023 and 125 by the end of 2024.
 */
import type { PlanInput } from '../../src/index.js';

export const SCHEDULED_PLAN: PlanInput = {
  id: 'p5',
  title: 'Chương trình OCOP 2021–2025',
  unit: { province: '33' },
  period: { start: '2021-01-01', end: '2025-12-31' },
  targets: [
    {
      id: 'products',
      kind: 'count',
      title: 'Sản phẩm OCOP',
      min: 150,
      schedule: [
        { by: '2023-12-31', min: 100 },
        { by: '2024-12-31', min: 125 },
      ],
    },
  ],
};
