/**
 * Record shapes shared by the administrative-unit tables in this folder.
 *
 * The tables are transcriptions of public catalogues (GSO / NSO "Danh mục đơn vị
 * hành chính Việt Nam"); each data file lists its sources and anything that
 * could not be confirmed in its header comment.
 */
import type { IsoDate } from '../../../core/dates.js';

/**
 * A provincial- or district-level unit as it stood in one period. Dates are ISO calendar dates
 * (YYYY-MM-DD), inclusive; `null` = not bounded within the period this library models (OCOP
 * starts 2018).
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
  readonly level: 'province' | 'district';
  readonly type: 'tỉnh' | 'thành phố trực thuộc trung ương' | 'thành phố' | 'thị xã' | 'huyện' | 'quận';
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null; // e.g. '2025-06-30'
  readonly parentCode?: string; // districts only
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
