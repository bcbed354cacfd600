/*
 * District-level units of Thái Bình province (GSO code "34"): 1 thành phố
 * (provincial city) + 7 huyện, with their three-digit GSO codes. In force
 * until 2025-06-30: the district level was abolished on 2025-07-01, when
 * Thái Bình also became part of the new Hưng Yên province (code "33").
 *
 * Naming convention as for the provinces: short name without the "Thành phố"
 * / "Huyện" prefix; `type` carries the unit type. Note that the provincial
 * city (code "336") and the province share the name "Thái Bình". Tone marks
 * placed as "Thụy" (some sources write "Thuỵ").
 *
 * validFrom is null for all eight: the same eight units and codes appear in
 * every source seen, and no district-level change in Thái Bình between 2018
 * and 2025 was found (see UNCONFIRMED below).
 *
 * Sources checked (via the search / read_file tools):
 *  - whynotnghiavu/nghia-einvoice-system,
 *    contents/code/microservices/user-service/src/user/infrastructure/dataaccess/seeders/data/address.district.data.ts
 *    (commit 885fdd2361bfdda52ccae35e19bae83729d2e826): codes 336, 338–344
 *    with full names and parent "34".
 *  - Two further (unnamed) datasets returned by find_string("Huyện Đông
 *    Hưng"): a SQL seed of district codes/types and a devvn_quanhuyen table;
 *    both give the same eight codes, names and types under parent "34".
 *  - dvhcvn/20250701, output/34/340/12688.json: a ward of "Huyện Đông Hưng,
 *    Tỉnh Thái Bình" filed under old district folder 340 (spot check of 340).
 *
 * UNCONFIRMED:
 *  - UNCONFIRMED: the GSO catalogue itself was not read; codes and names come
 *    from the datasets above, which agree.
 *  - UNCONFIRMED: that no district-level unit of Thái Bình was created,
 *    renamed or re-typed between 2018 and 2025-06-30 — none was found, but
 *    not every UBTVQH resolution of that period was checked.
 */
import type { AdminUnitRecord } from './types.js';
import { deepFreeze } from '../../../core/freeze.js';

const TO = '2025-06-30';

/**
 * Thái Bình's 8 district-level units (1 thành phố, 7 huyện) until the district level ended on
 * 2025-06-30; the units of the 2020 seed plan. Deeply frozen.
 *
 * @example
 * ```ts
 * import { THAI_BINH_DISTRICTS } from 'ocop';
 * THAI_BINH_DISTRICTS.find((d) => d.code === '340')?.name; // 'Đông Hưng'
 * ```
 */
export const THAI_BINH_DISTRICTS: readonly AdminUnitRecord[] = /* @__PURE__ */ deepFreeze([
  {
    code: '336',
    name: 'Thái Bình',
    level: 'district',
    type: 'thành phố',
    validFrom: null,
    validTo: TO,
    parentCode: '34',
  },
  { code: '338', name: 'Quỳnh Phụ', level: 'district', type: 'huyện', validFrom: null, validTo: TO, parentCode: '34' },
  { code: '339', name: 'Hưng Hà', level: 'district', type: 'huyện', validFrom: null, validTo: TO, parentCode: '34' },
  { code: '340', name: 'Đông Hưng', level: 'district', type: 'huyện', validFrom: null, validTo: TO, parentCode: '34' },
  { code: '341', name: 'Thái Thụy', level: 'district', type: 'huyện', validFrom: null, validTo: TO, parentCode: '34' },
  { code: '342', name: 'Tiền Hải', level: 'district', type: 'huyện', validFrom: null, validTo: TO, parentCode: '34' },
  { code: '343', name: 'Kiến Xương', level: 'district', type: 'huyện', validFrom: null, validTo: TO, parentCode: '34' },
  { code: '344', name: 'Vũ Thư', level: 'district', type: 'huyện', validFrom: null, validTo: TO, parentCode: '34' },
]);
