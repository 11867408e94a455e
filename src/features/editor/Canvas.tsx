/** The canvas ("Area di lavoro"): the citizen flow, steps from top to bottom. */
import { useTranslation } from 'react-i18next';
import { shallow } from 'zustand/shallow';
import { useDefinition } from '../../store/useDocument';
import { useEditorActions } from './editorActions';
import { StepView } from './StepView';
import { Icon } from './Icon';

export function Canvas() {
  const { t } = useTranslation('editor');
  const stepIds = useDefinition((d) => d.steps.map((s) => s.id), shallow);
  const actions = useEditorActions();
  return (
    <section className="editor-canvas" aria-label={t('areas.canvas')}>
      <div className="canvas-inner">
        <h2 className="canvas-heading">{t('canvas.heading')}</h2>
        <ol className="steps">
          {stepIds.map((id, i) => (
            <StepView key={id} stepId={id} index={i} total={stepIds.length} />
          ))}
        </ol>
        <button type="button" className="btn add-step" onClick={() => actions.addStep()}>
          <Icon name="plus" />
          {t('canvas.addStep')}
        </button>
      </div>
    </section>
  );
}
