/**
 * A modal dialog around one simulator, for the editor's "Simula" button. The
 * caller says which simulator with `kind`; nothing here looks at node types.
 *
 * Accessible modal: `role="dialog"`, `aria-modal`, labelled by its title;
 * focus moves to the title on open, Tab cycles inside, Escape and the close
 * button close it, and focus returns to what opened it.
 */
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { BudgetSimulator } from './BudgetSimulator';
import { RankingSimulator } from './RankingSimulator';
import type { SimulatorProps } from './types';

export interface SimulatorDialogProps extends Omit<SimulatorProps, 'hideTitle' | 'titleId'> {
  /** Which simulator: the ranking's ("Graduatoria") or the budget's ("Beneficio economico"). */
  kind: 'ranking' | 'budget';
  open: boolean;
  onClose: () => void;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function SimulatorDialog({ kind, open, onClose, ...simulator }: SimulatorDialogProps) {
  const { t } = useTranslation('simulators');
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // The latest onClose, for the document listener that lives as long as the dialog is open.
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden'; // the page behind must not scroll under the dialog
    title.current?.focus();
    return () => {
      document.body.style.overflow = overflow;
      opener?.focus?.();
    };
  }, [open]);

  // Listened on the document, not the dialog: a button disabled while it works (Genera, Ricalcola) drops
  // the focus to <body>, and Escape and Tab must still work then.
  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab' || !dialog.current) return;
      const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      const active = document.activeElement;
      if (!dialog.current.contains(active)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      } else if (event.shiftKey && (active === first || active === title.current)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  if (!open) return null;

  const heading = kind === 'ranking' ? t('ranking.title') : t('budget.title');
  return createPortal(
    <div
      className="sim-dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div ref={dialog} className="sim-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <header className="sim-dialog-header">
          <h2 id={titleId} ref={title} tabIndex={-1}>
            {heading}
          </h2>
          <button type="button" className="btn btn-icon sim-dialog-close" onClick={onClose} aria-label={t('dialog.close')}>
            <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </header>
        <div className="sim-dialog-body">
          {kind === 'ranking' ? <RankingSimulator {...simulator} hideTitle /> : <BudgetSimulator {...simulator} hideTitle />}
        </div>
      </div>
    </div>,
    document.body,
  );
}
