// Importing a spreadsheet of producers written before the 2025 reform: names to codes, a check
// against the full unit tables, and the move to the units in force today, with the split
// communes left for a person to decide. Run after `npm run build`: node examples/units-import.mjs
import assert from 'node:assert/strict';
import { validate } from 'ocop';
import { findUnitsByName, getAdminUnit, migrateRecordUnits, UNIT_TABLES } from 'ocop/units';

const ON = '2024-03-01';
// Rows as a provincial office typed them: names, in any tone-mark style, with or without prefixes.
const rows = [
  {
    id: 'htx-dong-hung',
    name: 'HTX Đông Hưng',
    province: 'Thái Bình',
    district: 'huyện Đông Hưng',
    commune: 'Thị trấn Đông Hưng',
  },
  { id: 'htx-dang-xa', name: 'HTX Đặng Xá', province: 'Hà Nội', district: 'Gia Lâm', commune: 'xã Đặng Xá' },
];

/** The one unit with that name under `within` on ON, or an error naming every match. */
function codeOf(name, level, within) {
  const found = findUnitsByName(name, { on: ON, level, ...(within ? { within } : {}) });
  if (found.length !== 1) throw new Error(`${name}: ${found.length} matches (${found.map((u) => u.code).join(', ')})`);
  return found[0].code;
}

const producers = rows.map((row) => {
  const province = codeOf(row.province, 'province');
  const district = codeOf(row.district, 'district', province);
  const commune = codeOf(row.commune, 'commune', district);
  return {
    id: row.id,
    name: row.name,
    legalForm: 'cooperative',
    recordedOn: ON,
    address: { unit: { province, district, commune } },
  };
});
assert.deepEqual(producers[0].address.unit, { province: '34', district: '340', commune: '12688' });

// With the full tables, validate checks that each commune lies in its district and province.
for (const producer of producers) assert.equal(validate('producer', producer, { unitTables: UNIT_TABLES }).ok, true);
const misplaced = { ...producers[0], address: { unit: { province: '34', district: '338', commune: '12688' } } };
const issues = validate('producer', misplaced, { unitTables: UNIT_TABLES, locale: 'en' });
console.log(issues.ok ? 'valid' : issues.issues[0].message); // Unit "12688" does not belong to "338"

// Move them to the units of 2025-07-01: one moves, the other's commune was split.
for (const producer of producers) {
  const moved = migrateRecordUnits('producer', producer, '2025-07-01');
  if (moved.ok) {
    const unit = moved.record.address.unit;
    console.log(producer.id, '→', unit, getAdminUnit(unit.commune, '2025-07-01').name); // { province: '33', commune: '12688' } Đông Hưng
  } else {
    const choices = moved.refusal.choices.map((c) => `${c.code} ${c.name}`);
    console.log(producer.id, 'ask a person:', choices.join(' or ')); // 00541 Phù Đổng or 00562 Thuận An
  }
}
