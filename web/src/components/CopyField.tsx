/**
 * A value to copy (a share link, an API key, an invite code): read-only, selected on focus, with a Copy
 * button. Where the browser does not let the page write to the clipboard, the text is selected instead and
 * the learner is told how to copy it.
 */
import { useRef, useState } from 'react';
import { useLang } from '../lang.js';

export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'manual'>();
  const copy = () => {
    const selectIt = () => {
      input.current?.focus();
      input.current?.select();
      setCopied('manual');
    };
    if (!navigator.clipboard) return selectIt();
    navigator.clipboard.writeText(value).then(() => setCopied('copied'), selectIt);
  };
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} className="mono" readOnly value={value} onFocus={(e) => e.target.select()} spellCheck={false} />
        <button type="button" onClick={copy}>
          {t('copy.copy')}
        </button>
      </div>
      <p className="muted copy-status" role="status">
        {copied ? t(copied === 'copied' ? 'copy.copied' : 'copy.manual') : ''}
      </p>
    </div>
  );
}
