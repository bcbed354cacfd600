/**
 * Small localisation helpers of the `ocop` command.
 */
import type { Level, Locale, TargetStatus } from '../index.js';

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

/** A ratio 0–1 as a percentage with at most one decimal: 0.75 → "75%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** Yes or no. */
export function yesNo(value: boolean, locale: Locale): string {
  return value ? pick(locale, 'có', 'yes') : pick(locale, 'không', 'no');
}
