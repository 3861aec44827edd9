/** The UI's words in English and Chinese. Every key exists in both (the type checks it). */
import { editEn } from './messages/edit-en.js';
import { editZh } from './messages/edit-zh.js';
import { en } from './messages/en.js';
import { planEn } from './messages/plan-en.js';
import { planZh } from './messages/plan-zh.js';
import { zh } from './messages/zh.js';

export type Lang = 'en' | 'zh';
export type MessageKey = keyof typeof en;
/** The learner's plan keeps its words in files of its own (messages/plan-*.ts). */
export type PlanKey = keyof typeof planEn;
/** Editing an outline in place keeps its words in messages/edit-*.ts. */
export type EditKey = keyof typeof editEn;
export type TextKey = MessageKey | PlanKey | EditKey;

export const messages: Record<Lang, Record<TextKey, string>> = { en: { ...en, ...planEn, ...editEn }, zh: { ...zh, ...planZh, ...editZh } };
export const LOCALES: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** "1 Dec 2026, 09:54" / "2026年12月1日 09:54". */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * A placeholder's value: text, a number, a message of its own (e.g. "in 5 minutes") translated in turn, or a
 * moment (ISO), written in the language of the message it goes into.
 */
export type MessageParam = string | number | { key: TextKey; params?: Record<string, MessageParam> } | { dateTime: string };

export function translate(lang: Lang, key: TextKey, params: Record<string, MessageParam> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value !== 'object') return String(value);
    return 'dateTime' in value ? formatDateTime(lang, value.dateTime) : translate(lang, value.key, value.params);
  });
}
