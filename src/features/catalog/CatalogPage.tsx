/**
 * Home: "Catalogo dei servizi". Every stored service with its live status,
 * search, filters and sort (kept in the address), and the catalogue actions:
 * new (blank or from a template), import, export all; per row open, card,
 * duplicate, export, move to the trash (with undo).
 */
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultRegistry } from '../../blocks/registry';
import type { Template } from '../../persistence/importExport';
import { BrokenList } from './BrokenList';
import { CatalogFilters } from './CatalogFilters';
import { CatalogFrame } from './CatalogFrame';
import { CatalogTable, type RowHandlers } from './CatalogTable';
import { createBlank, createFromTemplate, duplicate, exportAll, exportOne } from './data/catalogActions';
import { serviceRepository } from './data/catalogServices';
import { useCatalog } from './data/useCatalog';
import { useCatalogQuery } from './data/useCatalogQuery';
import { useNow } from './data/useNow';
import { ImportButton } from './import/ImportButton';
import { ImportConflictsDialog } from './import/ImportConflictsDialog';
import { ImportErrorsDialog } from './import/ImportErrorsDialog';
import { useImport } from './import/useImport';
import { categoriesOf, hasFilters, queryCatalog } from './model/catalogQuery';
import type { CatalogEntry } from './model/catalogEntry';
import { TemplatePickerDialog } from './TemplatePickerDialog';
import { ExportSiteButton } from '../site/ExportSiteButton';
import { useFlash } from './ui/Flash';
import { Icon } from './ui/Icon';

const NO_ENTRIES: CatalogEntry[] = [];

export function CatalogPage() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const { state, reload } = useCatalog();
  const [query, setQuery] = useCatalogQuery();
  const flash = useFlash();
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);

  const entries = state.status === 'ready' ? state.entries : NO_ENTRIES;
  const now = useNow(entries);
  const rows = useMemo(() => queryCatalog(entries, query, now), [entries, query, now]);
  const categories = useMemo(() => categoriesOf(entries), [entries]);
  const patterns = defaultRegistry.byGroup('patterns');

  const fail = useCallback((message: string) => flash.show({ text: t('actionError', { message }), tone: 'error' }), [flash, t]);
  const importer = useImport(
    useCallback(
      ({ imported, warnings }) => {
        // Say it once the list shows it.
        void reload().then(() =>
          flash.show({ text: `${t('importFile.done', { count: imported })}${warnings ? ` ${t('importFile.warnings')}` : ''}` }),
        );
      },
      [reload, flash, t],
    ),
    fail,
  );

  /** Runs an action with the buttons disabled, reporting failures. */
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const createNew = () =>
    run(async () => {
      const service = await createBlank(serviceRepository, t('newServiceTitle'));
      navigate(`/servizi/${service.id}/editor`);
    });

  const useTemplate = (template: Template) =>
    run(async () => {
      const service = await createFromTemplate(serviceRepository, template);
      setPicking(false);
      navigate(`/servizi/${service.id}/scheda`);
    });

  const handlers: RowHandlers = {
    duplicate: (entry) =>
      run(async () => {
        const copy = await duplicate(serviceRepository, entry.definition);
        navigate(`/servizi/${copy.id}/scheda`, { state: { flash: t('actions.duplicated', { title: copy.card.title }) } });
      }),
    exportOne: (entry) => exportOne(entry.definition),
    trash: (entry) =>
      run(async () => {
        await serviceRepository.softDelete(entry.id);
        await reload();
        flash.show({
          text: t('actions.trashed', { title: entry.title }),
          action: {
            label: t('actions.undo'),
            run: () =>
              void run(async () => {
                await serviceRepository.restoreFromTrash(entry.id);
                await reload();
                flash.show({ text: t('actions.restored', { title: entry.title }) });
              }),
          },
        });
      }),
  };

  const exportEverything = () => {
    if (entries.length === 0) {
      flash.show({ text: t('actions.nothingToExport'), tone: 'error' });
      return;
    }
    exportAll(entries.map((e) => e.definition));
    flash.show({ text: t('actions.exportedAll', { count: entries.length }) });
  };

  const actions = (
    <>
      <ImportButton onFile={(file) => void importer.start(file)} busy={importer.state.phase === 'reading'} />
      <button type="button" className="btn" onClick={exportEverything} disabled={state.status !== 'ready'}>
        <Icon name="download" />
        {t('exportAll')}
      </button>
      <ExportSiteButton definitions={entries.map((e) => e.definition)} disabled={state.status !== 'ready'} />
      <button type="button" className="btn" onClick={() => setPicking(true)} disabled={busy}>
        <Icon name="template" />
        {t('fromTemplate')}
      </button>
      <button type="button" className="btn btn-primary" onClick={() => void createNew()} disabled={busy}>
        <Icon name="plus" />
        {t('newService')}
      </button>
    </>
  );

  return (
    <CatalogFrame
      title={t('title')}
      intro={t('intro')}
      actions={actions}
      trashCount={state.status === 'ready' ? state.trashCount : undefined}
      flash={flash.message}
      onDismissFlash={flash.clear}
    >
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('actionError', { message: state.message })}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <CatalogFilters
            query={query}
            onChange={setQuery}
            categories={categories}
            patterns={patterns}
            shown={rows.length}
            total={entries.length}
          />
          {entries.length === 0 ? (
            <div className="empty-state">
              <Icon name="template" size={40} />
              <p>{t('empty')}</p>
            </div>
          ) : rows.length === 0 ? (
            <div className="empty-state">
              <Icon name="search" size={40} />
              <p>{t('filters.noMatch')}</p>
              {hasFilters(query) && (
                <button type="button" className="btn" onClick={() => setQuery({ text: '', status: '', category: '', pattern: '' })}>
                  {t('filters.reset')}
                </button>
              )}
            </div>
          ) : (
            <CatalogTable rows={rows} now={now} registry={defaultRegistry} handlers={handlers} />
          )}
          <BrokenList broken={state.broken} onTrash={(entry) => void run(async () => {
            await serviceRepository.softDelete(entry.id);
            await reload();
          })} />
        </>
      )}
      {picking && <TemplatePickerDialog busy={busy} onChoose={(tpl) => void useTemplate(tpl)} onClose={() => setPicking(false)} />}
      {importer.state.phase === 'errors' && (
        <ImportErrorsDialog file={importer.state.file} errors={importer.state.errors} onClose={importer.cancel} />
      )}
      {importer.state.phase === 'conflicts' && (
        <ImportConflictsDialog
          conflicts={importer.state.conflicts}
          onConfirm={(choices) => void importer.resolve(choices)}
          onCancel={importer.cancel}
        />
      )}
    </CatalogFrame>
  );
}
