/**
 * The UI language: the learner's explicit choice (remembered), else the language of the roadmap on screen,
 * else the browser's.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type Lang, type MessageKey } from './i18n.js';
import { uiLangFor } from './logic.js';

const CHOICE_KEY = 'pathsmith:lang';

interface LangContext {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  choose: (lang: Lang) => void;
  /** Follow a roadmap's language unless the learner has chosen one. */
  suggest: (tag: string | undefined) => void;
}

const Ctx = createContext<LangContext | null>(null);

function storedChoice(): Lang | null {
  const v = window.localStorage.getItem(CHOICE_KEY);
  return v === 'en' || v === 'zh' ? v : null;
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => storedChoice() ?? uiLangFor(navigator.language));
  const choose = useCallback((next: Lang) => {
    window.localStorage.setItem(CHOICE_KEY, next);
    setLang(next);
  }, []);
  const suggest = useCallback((tag: string | undefined) => {
    if (tag && !storedChoice()) setLang(uiLangFor(tag));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo(() => ({ lang, choose, suggest, t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params) }), [lang, choose, suggest]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLang(): LangContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useLang outside LangProvider');
  return ctx;
}
