/**
 * /servizi/:id/impostazioni — options reserved to technical staff: access
 * level, workflow, protocol, pagoPA codes, integrations and the raw JSON.
 * Officials see them read-only, with a short explanation of why.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnicalSettings } from '../../model/types';
import { Icon } from '../catalog/ui/Icon';
import { useCardActions, useCardDefinition, useCardSession } from '../card/session/CardSession';
import './i18n';
import './settings.css';
import { IntegrationsEditor } from './IntegrationsEditor';
import { RawJsonView } from './RawJsonView';
import { TechnicalTextField } from './TechnicalTextField';
import { useIsTechnical } from './useIsTechnical';

const ACCESS_LEVELS: TechnicalSettings['accessLevel'][] = ['anonymous', 'social', 'spid_l1', 'spid_l2', 'cie'];
const WORKFLOWS: TechnicalSettings['workflow'][] = ['approval', 'forward'];

function Group({ id, title, children, editable }: { id: string; title: string; children: ReactNode; editable: boolean }) {
  return (
    <section className="card-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {/* A disabled fieldset makes every control inside read-only in one place. */}
      <fieldset className="plain-fieldset" disabled={!editable}>
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </section>
  );
}

export function TechnicalSettingsPage() {
  const { t } = useTranslation('settings');
  const editable = useIsTechnical();
  const { store } = useCardSession();
  const technical = useCardDefinition((d) => d.technical);
  const { dispatch } = useCardActions();
  const update = (patch: Partial<TechnicalSettings>, coalesceKey?: string) => dispatch({ name: 'updateTechnical', args: patch }, { coalesceKey });
  const now = () => store.getState().definition.technical;

  return (
    <div className="single-column">
      <div className="card-intro">
        <h1>{t('technical.title')}</h1>
        <p className="muted">{t('technical.intro')}</p>
      </div>
      {!editable && (
        <div className="notice read-only-notice" role="note">
          <Icon name="lock" />
          <div>
            <p className="read-only-title">{t('technical.readOnlyTitle')}</p>
            <p>{t('technical.readOnlyText')}</p>
          </div>
        </div>
      )}
      <Group id="tech-access" title={t('technical.access')} editable={editable}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="tech-access-level">{t('technical.accessLevel')}</label>
            <select id="tech-access-level" value={technical.accessLevel} onChange={(e) => update({ accessLevel: e.target.value as TechnicalSettings['accessLevel'] })}>
              {ACCESS_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`technical.accessLevels.${level}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="tech-workflow">{t('technical.workflow')}</label>
            <select id="tech-workflow" value={technical.workflow} onChange={(e) => update({ workflow: e.target.value as TechnicalSettings['workflow'] })}>
              {WORKFLOWS.map((w) => (
                <option key={w} value={w}>
                  {t(`technical.workflows.${w}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </Group>
      <Group id="tech-protocol" title={t('technical.protocol')} editable={editable}>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={technical.protocol.enabled}
            onChange={(e) => update({ protocol: { ...now().protocol, enabled: e.target.checked } })}
          />
          {t('technical.protocolEnabled')}
        </label>
        <div className="field-row">
          <TechnicalTextField
            id="tech-protocol-registry"
            path="protocol.registry"
            label={t('technical.protocolRegistry')}
            value={technical.protocol.registry}
            onCommit={(v) => update({ protocol: { ...now().protocol, registry: v } }, 'technical:protocol.registry')}
          />
          <TechnicalTextField
            id="tech-protocol-classification"
            path="protocol.classification"
            label={t('technical.protocolClassification')}
            value={technical.protocol.classification}
            onCommit={(v) => update({ protocol: { ...now().protocol, classification: v } }, 'technical:protocol.classification')}
          />
        </div>
      </Group>
      <Group id="tech-payment" title={t('technical.payment')} editable={editable}>
        <div className="field-row">
          <TechnicalTextField
            id="tech-payment-gateway"
            path="payment.gateway"
            label={t('technical.paymentGateway')}
            value={technical.payment.gateway}
            onCommit={(v) => update({ payment: { ...now().payment, gateway: v } }, 'technical:payment.gateway')}
          />
          <TechnicalTextField
            id="tech-payment-entity"
            path="payment.entityTaxCode"
            label={t('technical.paymentEntity')}
            value={technical.payment.entityTaxCode}
            onCommit={(v) => update({ payment: { ...now().payment, entityTaxCode: v } }, 'technical:payment.entityTaxCode')}
          />
          <TechnicalTextField
            id="tech-payment-taxonomy"
            path="payment.taxonomyCode"
            label={t('technical.paymentTaxonomy')}
            value={technical.payment.taxonomyCode}
            onCommit={(v) => update({ payment: { ...now().payment, taxonomyCode: v } }, 'technical:payment.taxonomyCode')}
          />
        </div>
      </Group>
      <Group id="tech-integrations" title={t('technical.integrations')} editable={editable}>
        <IntegrationsEditor editable={editable} />
      </Group>
      <section className="card-panel" aria-labelledby="tech-json-h">
        <h2 id="tech-json-h">{t('json.title')}</h2>
        <p className="muted">{t('json.intro')}</p>
        <RawJsonView editable={editable} />
      </section>
    </div>
  );
}
