/** The UI's words in English and Chinese. Every key exists in both (the type checks it). */
import { en } from './messages/en.js';
import { zh } from './messages/zh.js';

export type Lang = 'en' | 'zh';
export type MessageKey = keyof typeof en;

export const messages: Record<Lang, Record<MessageKey, string>> = { en, zh };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
