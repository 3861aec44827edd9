/** The languages the offline provider writes, and how a catalogue text is read in one of them. */

/** Every translatable catalogue text has one key per language; a new language is a new key here and in the data. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The provider's language for a BCP-47 tag: Chinese for any `zh-*`, English otherwise. */
export function langOf(tag: string): Lang {
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

type Text = { en: string } & Partial<Record<Lang, string>>;

/** A catalogue text in `lang`; English where a text is only required in English (the reason a link helps). */
export function inLang(text: Text, lang: Lang): string {
  return text[lang] ?? text.en;
}

/** The title and description of a catalogue stage, module or concept in `lang`. */
export function titled(x: { title: Text; description: Text }, lang: Lang): { title: string; description: string } {
  return { title: inLang(x.title, lang), description: inLang(x.description, lang) };
}
