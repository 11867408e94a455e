/**
 * The "⋯" menu of a catalogue row (Duplica, Esporta, Sposta nel cestino): a
 * disclosure button and a short list of buttons. It closes on Escape (focus
 * back on the toggle), on a click outside, and when focus leaves it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Icon, type IconName } from './ui/Icon';

export interface RowAction {
  label: string;
  icon: IconName;
  danger?: boolean;
  run(): void;
}

export function RowActions({ label, actions }: { label: string; actions: readonly RowAction[] }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    // Move focus into the menu so arrow-less keyboard use is one Tab away from nothing.
    root.current?.querySelector<HTMLButtonElement>('.row-menu button')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="row-actions"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="btn btn-icon row-actions-toggle"
        aria-label={label}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
      >
        <Icon name="more" />
      </button>
      <ul id={menuId} className="row-menu" hidden={!open}>
        {actions.map((action) => (
          <li key={action.label}>
            <button
              type="button"
              className={action.danger ? 'danger' : undefined}
              onClick={() => {
                setOpen(false);
                action.run();
              }}
            >
              <Icon name={action.icon} size={16} />
              {action.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
