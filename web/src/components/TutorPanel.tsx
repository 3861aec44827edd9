/**
 * "Ask the tutor" on the concept page: the conversation the tutor remembers (stored, shown oldest first), a
 * question box, and the answer as it streams in. Stopping keeps what arrived, marked as cut short; a failed
 * answer says so and keeps what arrived too. The newest message stays in view as the answer grows.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { TUTOR_MESSAGE_MAX_CHARS } from '../../../src/domain/tutor.js';
import { api, problemOf, type TutorMessage } from '../api.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { ask } from '../tutor.js';
import { ProblemText } from './Problem.js';
import { TutorialMarkdown } from './TutorialMarkdown.js';

interface Streaming {
  question: string;
  text: string;
}

function Message({ role, content, note }: { role: 'learner' | 'tutor'; content: string; note?: string }) {
  const { t } = useLang();
  return (
    <li className={`chat-msg chat-${role}`}>
      <span className="chat-who">{t(role === 'learner' ? 'tutor.you' : 'tutor.name')}</span>
      {role === 'tutor' && content ? <TutorialMarkdown markdown={content} /> : <p>{content}</p>}
      {note ? <p className="hint">{note}</p> : null}
    </li>
  );
}

export function TutorPanel({ id, conceptId }: { id: string; conceptId: string }) {
  const { t } = useLang();
  const [messages, setMessages] = useState<TutorMessage[]>();
  const [question, setQuestion] = useState('');
  const [streaming, setStreaming] = useState<Streaming>();
  const [problem, setProblem] = useState<Problem>();
  const stop = useRef<AbortController>(undefined);
  const end = useRef<HTMLLIElement>(null);

  const load = useCallback(() => api.chat(id, conceptId).then((c) => setMessages(c.messages), (err: unknown) => setProblem(problemOf(err))), [id, conceptId]);
  useEffect(() => {
    setMessages(undefined);
    void load();
    return () => stop.current?.abort();
  }, [load]);
  // In braces: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [messages, streaming?.text]);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const message = question.trim();
    if (!message || streaming) return;
    setProblem(undefined);
    const controller = new AbortController();
    stop.current = controller;
    setStreaming({ question: message, text: '' });
    try {
      const result = await ask(id, conceptId, message, (text) => setStreaming({ question: message, text }), controller.signal);
      setQuestion('');
      if (result.ended === 'error' && result.code !== 'ABORTED') setProblem({ key: 'tutor.failed' });
    } catch (err) {
      setProblem(problemOf(err));
    }
    stop.current = undefined;
    // The stored conversation replaces the streamed one in the same render, so nothing shows twice.
    const stored = await api.chat(id, conceptId).catch(() => undefined);
    setStreaming(undefined);
    if (stored) setMessages(stored.messages);
  }

  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
  };
  const note = (m: TutorMessage) => (m.status === 'partial' ? t('tutor.partial') : m.status === 'failed' ? t('tutor.failedNote') : undefined);

  return (
    <section className="card tutor" aria-labelledby="tutor-title" data-testid="tutor">
      <h2 id="tutor-title">{t('tutor.title')}</h2>
      <p className="hint">{t('tutor.intro')}</p>
      {messages === undefined ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <ol className="chat" aria-live="polite" aria-label={t('tutor.conversation')}>
          {messages.length === 0 && !streaming ? <li className="chat-empty muted">{t('tutor.empty')}</li> : null}
          {messages.map((m) => (
            <Message key={m.id} role={m.role} content={m.content} note={note(m)} />
          ))}
          {streaming ? (
            <>
              <Message role="learner" content={streaming.question} />
              <Message role="tutor" content={streaming.text} note={streaming.text ? undefined : t('tutor.thinking')} />
            </>
          ) : null}
          <li ref={end} className="chat-end" aria-hidden="true" />
        </ol>
      )}
      <form className="chat-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="tutor-question">{t('tutor.label')}</label>
        <textarea
          id="tutor-question"
          rows={3}
          maxLength={TUTOR_MESSAGE_MAX_CHARS}
          placeholder={t('tutor.placeholder')}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          onKeyDown={onKey}
          disabled={streaming !== undefined}
        />
        <div className="chat-actions">
          {streaming ? (
            <button type="button" onClick={() => stop.current?.abort()}>
              {t('tutor.stop')}
            </button>
          ) : (
            <button type="submit" className="primary" disabled={!question.trim()}>
              {t('tutor.ask')}
            </button>
          )}
          <span className="hint">{t('tutor.keys')}</span>
        </div>
        <ProblemText problem={problem} alert />
      </form>
    </section>
  );
}
