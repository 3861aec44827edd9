/** The UI's words in English and Chinese. Every key exists in both (the type checks it). */
import { en } from './messages/en.js';
import { planEn } from './messages/plan-en.js';
import { planZh } from './messages/plan-zh.js';
import { zh } from './messages/zh.js';

export type Lang = 'en' | 'zh';
export type MessageKey = keyof typeof en;
/** The learner's plan keeps its words in files of its own (messages/plan-*.ts). */
export type PlanKey = keyof typeof planEn;
export type TextKey = MessageKey | PlanKey;

export const messages: Record<Lang, Record<TextKey, string>> = { en: { ...en, ...planEn }, zh: { ...zh, ...planZh } };

export function translate(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
