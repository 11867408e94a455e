/** /servizi/:id/requisiti — the named requirements with their messages. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../model';
import { Icon } from '../../catalog/ui/Icon';
import { useCardActions, useCardDefinition, useCardSession } from '../session/CardSession';
import { buildFieldCatalog } from '../../../compile/fieldCatalog';
import { fieldLabelsOf } from './fieldLabels';
import { RequirementItem } from './RequirementItem';

export function RequirementsPage() {
  const { t } = useTranslation('card');
  const { store } = useCardSession();
  const requirements = useCardDefinition((d) => d.requirements);
  const steps = useCardDefinition((d) => d.steps);
  const { dispatch } = useCardActions();
  // Labels change only when the flow does, not on every keystroke in a message.
  const labels = useMemo(() => fieldLabelsOf(store.getState().definition), [steps, store]);
  const fields = useMemo(() => buildFieldCatalog(store.getState().definition), [steps, store]);

  const add = () => {
    const id = newId();
    dispatch({ name: 'addRequirement', args: { id, name: t('requirements.newName'), message: t('requirements.newMessage') } });
    // Put the official straight into the new name.
    requestAnimationFrame(() => document.getElementById(`req-${id}-name`)?.focus());
  };

  return (
    <div className="single-column">
      <div className="card-intro">
        <h1>{t('requirements.title')}</h1>
        <p className="muted">{t('requirements.intro')}</p>
      </div>
      {requirements.length === 0 ? (
        <div className="empty-state">
          <Icon name="rule" size={40} />
          <p>{t('requirements.empty')}</p>
        </div>
      ) : (
        <ol className="requirement-list">
          {requirements.map((r, i) => (
            <RequirementItem key={r.id} requirement={r} index={i} count={requirements.length} labels={labels} fields={fields} />
          ))}
        </ol>
      )}
      <button type="button" className="btn btn-primary add-requirement" onClick={add}>
        <Icon name="plus" />
        {t('requirements.add')}
      </button>
    </div>
  );
}
