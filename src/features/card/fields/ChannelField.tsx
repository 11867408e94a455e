/** "Canale" of "Accedi al servizio": online, by appointment, or another channel. */
import { useTranslation } from 'react-i18next';
import type { ServiceCard } from '../../../model/types';
import { useCardActions, useCardDefinition, useCardSession } from '../session/CardSession';

const CHANNELS: ServiceCard['access']['channel'][] = ['online', 'booking', 'generic'];

export function ChannelField() {
  const { t } = useTranslation('card');
  const { store } = useCardSession();
  const channel = useCardDefinition((d) => d.card.access.channel);
  const { dispatch } = useCardActions();
  return (
    <div className="field field-narrow">
      <label htmlFor="card-access-channel">{t('card.fields.accessChannel')}</label>
      <select
        id="card-access-channel"
        value={channel}
        onChange={(e) => {
          const access = store.getState().definition.card.access;
          dispatch({ name: 'updateCard', args: { access: { ...access, channel: e.target.value as ServiceCard['access']['channel'] } } });
        }}
      >
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`card.channels.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
