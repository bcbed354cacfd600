import { adminUnitSuccessor, getAdminUnit, validate } from 'ocop';

// Validate a record: strict shapes, real dates, unit codes read on the record's date.
const result = validate(
  'observation',
  { target: 'district-conference', unit: '340', date: '2020-07-10', done: true },
  { locale: 'en' },
);
console.log(result.ok); // true

// Bad input gets issues with a stable code, a path and a message (Vietnamese by default).
const bad = validate('observation', { target: 'district-conference', date: '2023-02-29', done: true });
if (!bad.ok) {
  for (const issue of bad.issues) console.log(issue.code, issue.path.join('.'), issue.message);
  // invalid_date date Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: "2023-02-29"
}

// Administrative units are versioned: Thái Bình (34) merged into Hưng Yên (33) on 2025-07-01.
console.log(getAdminUnit('34', '2025-06-30')?.name); // Thái Bình
console.log(adminUnitSuccessor('34', '2025-07-01')?.name); // Hưng Yên
