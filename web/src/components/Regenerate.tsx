/** Ask for a new version of one piece, optionally with instructions. */
import { useState, type FormEvent } from 'react';
import type { ContentKind } from '../../../src/domain/enums.js';
import { useLang } from '../lang.js';

export function Regenerate({ kind, onSubmit }: { kind: ContentKind; onSubmit: (instructions: string) => Promise<void> }) {
  const { t } = useLang();
  const [instructions, setInstructions] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    await onSubmit(instructions.trim()).finally(() => setBusy(false));
    setInstructions('');
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="regenerate">
      <label htmlFor={`regen-${kind}`}>{t('regen.label', { kind: t(`kind.${kind}`) })}</label>
      <textarea id={`regen-${kind}`} rows={2} maxLength={2000} value={instructions} onChange={(e) => setInstructions(e.target.value)} />
      <button type="submit" disabled={busy}>
        {t('regen.submit')}
      </button>
    </form>
  );
}
