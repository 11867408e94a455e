/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus,
 * closes on Escape, makes the page behind inert and gives focus back to the
 * opener on close, which no hand-written modal gets right as cheaply.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';

export interface DialogProps {
  title: string;
  /** Called on Escape, on the close button, or when the parent should unmount the dialog. */
  onClose(): void;
  children: ReactNode;
  /** Buttons shown at the bottom. */
  footer?: ReactNode;
  /** Accessible name of the × button. */
  closeLabel: string;
  /** `alertdialog` for errors and confirmations that need an answer. */
  role?: 'dialog' | 'alertdialog';
  size?: 'medium' | 'large';
}

/** Rendered while mounted: mount it to open, unmount it to close. */
export function Dialog({ title, onClose, children, footer, closeLabel, role = 'dialog', size = 'medium' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      // jsdom lacks showModal; a non-modal open keeps component tests working.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const onCancel = (event: Event) => {
      event.preventDefault(); // The parent decides; it unmounts us.
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={`dialog dialog-${size}`} aria-labelledby={titleId} role={role === 'alertdialog' ? 'alertdialog' : undefined} aria-modal="true">
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-icon" onClick={onClose} aria-label={closeLabel}>
          <Icon name="close" />
        </button>
      </div>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-footer">{footer}</div>}
    </dialog>
  );
}
