/** Numbers, hours and dates in the UI's language, through Intl (never the browser's default locale). */
import { LOCALES, translate, type Lang } from './i18n.js';

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(n);
}

/** "2.5 h" / "2.5 小时". */
export function formatHours(lang: Lang, hours: number): string {
  return translate(lang, 'unit.hours', { n: formatNumber(lang, hours) });
}

/** "A, B and C" / "A、B和C". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);
}

export function formatTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: 'medium' }).format(new Date(iso));
}
