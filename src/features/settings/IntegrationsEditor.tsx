/** The list of integrations (name, URL, event), each with fresh ids; the whole list is replaced on every edit. */
import { useTranslation } from 'react-i18next';
import { newId } from '../../model';
import type { TechnicalSettings } from '../../model/types';
import { Icon } from '../catalog/ui/Icon';
import { useCardActions, useCardDefinition, useCardSession } from '../card/session/CardSession';
import { TechnicalTextField } from './TechnicalTextField';

type Integration = TechnicalSettings['integrations'][number];

export function IntegrationsEditor({ editable }: { editable: boolean }) {
  const { t } = useTranslation('settings');
  const { store } = useCardSession();
  const integrations = useCardDefinition((d) => d.technical.integrations);
  const { dispatch } = useCardActions();
  const current = () => store.getState().definition.technical.integrations;
  const set = (list: Integration[], coalesceKey?: string) => dispatch({ name: 'updateTechnical', args: { integrations: list } }, { coalesceKey });
  const change = (id: string, field: 'name' | 'url' | 'event', value: string) =>
    set(current().map((i) => (i.id === id ? { ...i, [field]: value } : i)), `technical:integration:${id}:${field}`);

  return (
    <div className="integrations">
      {integrations.length === 0 && <p className="muted">{t('technical.integrationsEmpty')}</p>}
      {integrations.map((integration, index) => (
        <div key={integration.id} className="integration" role="group" aria-label={t('technical.integrationNumber', { n: index + 1 })}>
          <div className="field-row">
            <TechnicalTextField
              id={`int-${integration.id}-name`}
              path="integrations.name"
              label={t('technical.integrationName')}
              value={integration.name}
              onCommit={(v) => change(integration.id, 'name', v)}
            />
            <TechnicalTextField
              id={`int-${integration.id}-event`}
              path="integrations.event"
              label={t('technical.integrationEvent')}
              hint={t('technical.integrationEventHint')}
              value={integration.event}
              onCommit={(v) => change(integration.id, 'event', v)}
            />
          </div>
          <TechnicalTextField
            id={`int-${integration.id}-url`}
            path="integrations.url"
            type="url"
            label={t('technical.integrationUrl')}
            value={integration.url}
            onCommit={(v) => change(integration.id, 'url', v)}
          />
          {editable && (
            <button
              type="button"
              className="btn btn-small btn-danger"
              onClick={() => set(current().filter((i) => i.id !== integration.id))}
              aria-label={t('technical.removeIntegration', { name: integration.name || t('technical.newIntegration') })}
            >
              <Icon name="trash" size={16} />
            </button>
          )}
        </div>
      ))}
      {editable && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => set([...current(), { id: newId(), name: t('technical.newIntegration'), url: '', event: 'submitted' }])}
        >
          <Icon name="plus" size={16} />
          {t('technical.addIntegration')}
        </button>
      )}
    </div>
  );
}
