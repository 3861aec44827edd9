/** A "⋯ More" disclosure: occasional actions stay out of the way until asked for. */
import { useId, useState, type ReactNode } from 'react';
import { useLang } from '../lang.js';

export function MoreMenu({ children }: { children: ReactNode }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="more">
      <button type="button" className="more-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">⋯</span> {t('concept.more')}
      </button>
      <div id={id} className="more-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
