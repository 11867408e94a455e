/** "Crea da un modello": the flagship templates, each a card with its description; choosing one creates a draft copy. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRegistry } from '../../blocks/registry';
import { loadTemplates, type LoadedTemplates, type Template } from '../../persistence/importExport';
import { patternTypesOf } from './model/catalogEntry';
import { fetchTemplateText, restoreOptions } from './data/catalogServices';
import { Dialog } from './ui/Dialog';
import { Icon } from './ui/Icon';

type State = { status: 'loading' } | { status: 'ready'; loaded: LoadedTemplates } | { status: 'error'; message: string };

export function TemplatePickerDialog({ onChoose, onClose, busy }: { onChoose(template: Template): void; onClose(): void; busy: boolean }) {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language === 'en' ? 'en' : 'it';
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    loadTemplates(fetchTemplateText, restoreOptions).then(
      (loaded) => !cancelled && setState({ status: 'ready', loaded }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Dialog title={t('templates.title')} size="large" onClose={onClose} closeLabel={t('templates.close')}>
      <p className="dialog-intro">{t('templates.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('templates.loading')}</p>}
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('templates.error', { message: state.message })}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          {state.loaded.templates.length === 0 && <p className="notice">{t('templates.none')}</p>}
          <ul className="template-grid">
            {state.loaded.templates.map((template) => {
              const card = template.definition.card;
              return (
                <li key={template.file} className="template-card">
                  <div className="template-card-body">
                    {card.category && <p className="template-category">{card.category}</p>}
                    <h3>{card.title}</h3>
                    <p>{card.short_description}</p>
                    <p className="service-tags">
                      {patternTypesOf(template.definition, defaultRegistry).map((type) => (
                        <span key={type} className="tag tag-pattern">
                          {defaultRegistry.get(type)?.label[lang] ?? type}
                        </span>
                      ))}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="btn btn-primary btn-small"
                    disabled={busy}
                    onClick={() => onChoose(template)}
                    aria-label={t('templates.useNamed', { title: card.title })}
                  >
                    <Icon name="plus" size={16} />
                    {t('templates.use')}
                  </button>
                </li>
              );
            })}
          </ul>
          {state.loaded.problems.length > 0 && <p className="notice notice-warning">{t('templates.problems')}</p>}
        </>
      )}
    </Dialog>
  );
}
