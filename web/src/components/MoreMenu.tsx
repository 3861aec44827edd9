/**
 * A disclosure: occasional actions stay out of the way until asked for ("⋯ More" unless `label` says
 * otherwise). Its content exists only while it is open, so opening it can be what starts its work (the share
 * panel asks for a link then). Escape, a click elsewhere, or following a link inside closes it.
 */
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useLang } from '../lang.js';

export function MoreMenu({ label, className = '', children }: { label?: ReactNode; className?: string; children: ReactNode }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  const onPanelClick = (e: MouseEvent) => {
    if ((e.target as Element).closest('a')) setOpen(false);
  };
  return (
    <div className={`more ${className}`.trim()} ref={root}>
      <button type="button" className="more-button" ref={button} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {label ?? (
          <>
            <span aria-hidden="true">⋯</span> {t('concept.more')}
          </>
        )}
      </button>
      <div id={id} className="more-panel" hidden={!open} onClick={onPanelClick}>
        {open ? children : null}
      </div>
    </div>
  );
}
