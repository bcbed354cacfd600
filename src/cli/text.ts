/**
 * Small localisation helpers of the `ocop` command.
 */
import type { CertificateStatus, Level, Locale, RuleSet, Target, TargetStatus } from '../index.js';

/** Picks the Vietnamese or English text. */
export function pick(locale: Locale, vi: string, en: string): string {
  return locale === 'vi' ? vi : en;
}

const LEVEL_NAMES: Record<Level, { vi: string; en: string }> = {
  district: { vi: 'cấp huyện', en: 'district' },
  province: { vi: 'cấp tỉnh', en: 'province' },
  central: { vi: 'cấp trung ương', en: 'central' },
};

/** A level's name, or a dash for `null`. */
export function levelName(level: Level | null, locale: Locale): string {
  return level === null ? '—' : LEVEL_NAMES[level][locale];
}

const STATUS_NAMES: Record<TargetStatus, { vi: string; en: string }> = {
  achieved: { vi: 'đạt', en: 'achieved' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  'at-risk': { vi: 'có nguy cơ chậm', en: 'at risk' },
  'off-track': { vi: 'chậm tiến độ', en: 'off track' },
  missed: { vi: 'không đạt (quá hạn)', en: 'missed' },
  'not-started': { vi: 'chưa bắt đầu', en: 'not started' },
};

/** A target status's name. */
export function statusName(status: TargetStatus, locale: Locale): string {
  return STATUS_NAMES[status][locale];
}

const KIND_NAMES: Record<Target['kind'], { vi: string; en: string }> = {
  count: { vi: 'số lượng', en: 'count' },
  share: { vi: 'tỷ lệ', en: 'share' },
  milestone: { vi: 'mốc', en: 'milestone' },
  items: { vi: 'danh mục', en: 'items' },
};

/** A target kind's name. */
export function kindName(kind: Target['kind'], locale: Locale): string {
  return KIND_NAMES[kind][locale];
}

const CERTIFICATE_STATUS_NAMES: Record<CertificateStatus['status'], { vi: string; en: string }> = {
  valid: { vi: 'còn hiệu lực', en: 'valid' },
  'renewal-window': { vi: 'trong thời hạn nộp hồ sơ đánh giá lại', en: 'in the renewal window' },
  'renewal-late': { vi: 'đã quá thời hạn nộp hồ sơ đánh giá lại', en: 'past the renewal window' },
  grace: { vi: 'trong thời gian chờ kết quả đánh giá lại', en: 'in the grace period' },
  expired: { vi: 'hết hiệu lực', en: 'expired' },
  revoked: { vi: 'bị thu hồi', en: 'revoked' },
};

/** A certificate status's name. */
export function certificateStatusName(status: CertificateStatus['status'], locale: Locale): string {
  return CERTIFICATE_STATUS_NAMES[status][locale];
}

/** Days left until a date (`n ≥ 0`) or days since it (`n < 0`), never a negative count. */
export function daysLeftText(daysLeft: number, locale: Locale): string {
  const n = Math.abs(daysLeft);
  if (daysLeft >= 0) return pick(locale, `còn ${n} ngày`, `${n} ${n === 1 ? 'day' : 'days'} left`);
  return pick(locale, `đã quá ${n} ngày`, `${n} ${n === 1 ? 'day' : 'days'} ago`);
}

/** How a rule set's star minima are decided and what an unmet one does, or a dash when it has none. */
export function minimaText(minima: RuleSet['minima']['value'], locale: Locale): string {
  if (!minima.exist) return '—';
  const council =
    minima.council === 'majority'
      ? pick(locale, 'đạt khi quá nửa số phiếu đạt', 'met when more than half of the sheets meet them')
      : pick(locale, 'đạt khi mọi phiếu đều đạt', 'met when every sheet meets them');
  const policy =
    minima.policy === 'cap'
      ? pick(locale, 'chưa đạt thì hạ số sao', 'unmet lowers the stars')
      : pick(locale, 'chưa đạt thì không được công nhận', 'unmet means not recognised');
  return `${council}; ${policy}`;
}

/** An instrument's role in a rule set: the base decision or an amendment. */
export function instrumentRole(role: RuleSet['instruments'][number]['role'], locale: Locale): string {
  return role === 'base' ? pick(locale, 'văn bản gốc', 'base decision') : pick(locale, 'sửa đổi', 'amendment');
}

/** A ratio 0–1 as a percentage with at most one decimal: 0.75 → "75%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** Yes or no. */
export function yesNo(value: boolean, locale: Locale): string {
  return value ? pick(locale, 'có', 'yes') : pick(locale, 'không', 'no');
}
