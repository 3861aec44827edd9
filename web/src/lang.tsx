/**
 * The UI language: the learner's choice, remembered. Only a first visit, with nothing remembered yet, takes
 * the browser's language; after that the UI never switches by itself (not to a roadmap's language either).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatHours, formatList, formatNumber, formatTime } from './format.js';
import { formatDateTime, translate, type Lang, type MessageParam, type TextKey } from './i18n.js';
import { uiLangFor } from './logic.js';

const CHOICE_KEY = 'pathsmith:lang';

interface LangContext {
  lang: Lang;
  t: (key: TextKey, params?: Record<string, MessageParam>) => string;
  choose: (lang: Lang) => void;
  /** Intl formatting in the UI's language. */
  fmt: {
    number: (n: number) => string;
    hours: (h: number) => string;
    list: (items: readonly string[]) => string;
    dateTime: (iso: string) => string;
    time: (iso: string) => string;
  };
}

const Ctx = createContext<LangContext | null>(null);

function initialLang(): Lang {
  const stored = window.localStorage.getItem(CHOICE_KEY);
  if (stored === 'en' || stored === 'zh') return stored;
  const first = uiLangFor(navigator.language);
  window.localStorage.setItem(CHOICE_KEY, first);
  return first;
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const choose = useCallback((next: Lang) => {
    window.localStorage.setItem(CHOICE_KEY, next);
    setLang(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo(
    () => ({
      lang,
      choose,
      t: (key: TextKey, params?: Record<string, MessageParam>) => translate(lang, key, params),
      fmt: {
        number: (n: number) => formatNumber(lang, n),
        hours: (h: number) => formatHours(lang, h),
        list: (items: readonly string[]) => formatList(lang, items),
        dateTime: (iso: string) => formatDateTime(lang, iso),
        time: (iso: string) => formatTime(lang, iso),
      },
    }),
    [lang, choose],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLang(): LangContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useLang outside LangProvider');
  return ctx;
}
