/**
 * The "⋯" menu of a catalogue row (Duplica, Esporta, Sposta nel cestino, and
 * with a `service` the exports for other platforms: OpenCity's Form.io, JSON
 * Schema for portals, schema.org JSON-LD): a disclosure button and a short
 * list of buttons. It closes on Escape (focus back on the toggle), on a click
 * outside, and when focus leaves it.
 *
 * The exporters load on demand (the catalogue's first load carries none);
 * when an export has warnings they are shown before the download.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ServiceDefinition } from '../../model/types';
import { CATALOG_EXPORTS_NS } from './exports/i18n';
import type { ExportKind, PreparedExport } from './exports/prepareExport';
import { downloadText } from './ui/downloadText';
import { Icon, type IconName } from './ui/Icon';

const ExportWarningsDialog = lazy(() => import('./exports/ExportWarningsDialog'));
const EXPORT_KINDS: readonly ExportKind[] = ['formio', 'jsonSchema', 'jsonLd'];

export interface RowAction {
  label: string;
  icon: IconName;
  danger?: boolean;
  run(): void;
}

/** Builds an export (loading the exporters the first time) and downloads it, or returns it when it has warnings. */
async function runExport(kind: ExportKind, service: ServiceDefinition): Promise<PreparedExport | null> {
  const [{ prepareExport }, { rememberedMunicipality }] = await Promise.all([
    import('./exports/prepareExport'),
    import('../site/rememberedMunicipality'),
  ]);
  const prepared = prepareExport(kind, service, rememberedMunicipality());
  if (prepared.warnings.length) return prepared;
  downloadText(prepared.fileName, prepared.text, prepared.mimeType);
  return null;
}

export function RowActions({ label, actions, service }: { label: string; actions: readonly RowAction[]; service?: ServiceDefinition }) {
  const { t } = useTranslation(CATALOG_EXPORTS_NS);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<PreparedExport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
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

  const exportActions: RowAction[] = service
    ? EXPORT_KINDS.map((kind) => ({
        label: t(kind),
        icon: 'code' as IconName,
        run: () => {
          setFailure(null);
          runExport(kind, service).then(setPending, (error: Error) => setFailure(t('failed', { message: error.message })));
        },
      }))
    : [];
  // The exports go after the ordinary actions, before the dangerous ones (trash stays last).
  const all = [...actions.filter((a) => !a.danger), ...exportActions, ...actions.filter((a) => a.danger)];

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
        {all.map((action) => (
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
      {failure && (
        <p className="row-actions-error" role="alert">
          {failure}
        </p>
      )}
      {pending &&
        // In a portal: the row's cell styles (no wrapping, right alignment) must not reach the dialog.
        createPortal(
          <Suspense fallback={null}>
            <ExportWarningsDialog
              fileName={pending.fileName}
              warnings={pending.warnings}
              onClose={() => {
                setPending(null);
                toggle.current?.focus();
              }}
              onDownload={() => {
                downloadText(pending.fileName, pending.text, pending.mimeType);
                setPending(null);
                toggle.current?.focus();
              }}
            />
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
