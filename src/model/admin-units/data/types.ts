/**
 * Record shapes shared by the administrative-unit tables in this folder.
 *
 * The tables are transcriptions of public catalogues (GSO / NSO "Danh mục đơn vị
 * hành chính Việt Nam"); each data file lists its sources and anything that
 * could not be confirmed in its header comment.
 */
import type { IsoDate } from '../../../core/dates.js';

/**
 * A unit (province, district or commune) as it stood in one period. Dates are ISO calendar dates
 * (YYYY-MM-DD), inclusive; `null` = not bounded within the period the tables cover. A district's
 * parent is its province; a commune's parent is its district until 2025-06-30 and its province
 * from 2025-07-01 (two-level local government). The main entry ships the provinces (and Thái
 * Bình's districts); `ocop/units` ships every district and commune.
 *
 * @example
 * ```ts
 * import type { AdminUnitRecord } from 'ocop';
 * const dongHung: AdminUnitRecord = {
 *   code: '340', name: 'Đông Hưng', level: 'district', type: 'huyện',
 *   validFrom: null, validTo: '2025-06-30', parentCode: '34',
 * };
 * ```
 */
export interface AdminUnitRecord {
  readonly code: string; // GSO code, as a string
  readonly name: string; // Vietnamese, NFC, with diacritics
  readonly level: 'province' | 'district' | 'commune';
  readonly type:
    | 'tỉnh'
    | 'thành phố trực thuộc trung ương'
    | 'thành phố'
    | 'thị xã'
    | 'huyện'
    | 'quận'
    | 'xã'
    | 'phường'
    | 'thị trấn'
    | 'đặc khu';
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null; // e.g. '2025-06-30'
  readonly parentCode?: string; // districts and communes
  readonly notes?: string; // anything unconfirmed or renamed, in English
}

/**
 * One pre-2025 province (`from`, old GSO code) and the post-2025 province it became part of
 * (`to`, QĐ 19/2025/QĐ-TTg code) on date `on`.
 *
 * @example
 * ```ts
 * import type { ProvinceMerger } from 'ocop';
 * const thaiBinh: ProvinceMerger = { from: '34', to: '33', on: '2025-07-01' };
 * ```
 */
export interface ProvinceMerger {
  readonly from: string;
  readonly to: string;
  readonly on: IsoDate;
}
