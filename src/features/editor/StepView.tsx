/**
 * One step (page) of the citizen flow: its number, an editable title, step
 * buttons (move up/down, delete) and its nodes. The whole card is the drop
 * zone of the step's top-level list, so dropping on the header puts the block
 * first and in the gaps puts it between cards.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { stepTitleCoalesceKey } from '../../store/coalesceKeys';
import { useDefinition, useDocumentActions } from '../../store/useDocument';
import { useUi, useUiActions } from '../../store/useUi';
import { useEditorActions } from './editorActions';
import { listData, listDropId } from './dnd/ids';
import { NodeList } from './NodeList';
import { Icon } from './Icon';

interface Props {
  stepId: string;
  index: number;
  total: number;
}

export const StepView = memo(function StepView({ stepId, index, total }: Props) {
  const { t } = useTranslation('editor');
  const title = useDefinition((d) => d.steps.find((s) => s.id === stepId)?.title ?? '');
  const count = useDefinition((d) => d.steps.find((s) => s.id === stepId)?.nodes.length ?? 0);
  const selected = useUi((s) => s.selectedStepId === stepId && s.selectedNodeId === null);
  const { selectStep } = useUiActions();
  const { dispatch, commitTyping } = useDocumentActions();
  const actions = useEditorActions();
  const dropId = listDropId(stepId, null);
  const { setNodeRef } = useDroppable({ id: dropId, data: listData(stepId, null) });
  // An empty title is not a valid step: keep it here until it has text again.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? title;
  const titleError = draft !== null && draft.trim() === '' ? t('canvas.stepTitleEmpty') : null;
  const n = index + 1;
  const inputId = `step-title-${stepId}`;

  return (
    <li className={selected ? 'step is-selected' : 'step'}>
      <div ref={setNodeRef} data-drop-id={dropId} className="step-card" role="group" aria-labelledby={`step-heading-${stepId}`}>
        <header className="step-header" onClick={() => selectStep(stepId)}>
          <h3 className="step-number" id={`step-heading-${stepId}`}>
            {t('canvas.stepNumber', { n })}
            <span className="visually-hidden">: {title}</span>
          </h3>
          <div className="step-title">
            <label htmlFor={inputId} className="visually-hidden">
              {t('canvas.stepTitle', { n })}
            </label>
            <input
              id={inputId}
              className="step-title-input"
              type="text"
              value={shown}
              maxLength={200}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? `${inputId}-error` : undefined}
              onFocus={() => selectStep(stepId)}
              onChange={(e) => {
                const value = e.target.value;
                if (value.trim() === '') return setDraft(value);
                setDraft(null);
                dispatch({ name: 'renameStep', args: { stepId, title: value } }, { coalesceKey: stepTitleCoalesceKey(stepId) });
              }}
              onBlur={() => {
                setDraft(null);
                commitTyping();
              }}
            />
            <span className="step-count">{t('canvas.stepCount', { count })}</span>
            {titleError && (
              <span id={`${inputId}-error`} className="field-error" role="alert">
                {titleError}
              </span>
            )}
          </div>
          <div className="step-actions">
            <button
              type="button"
              className="btn btn-icon"
              aria-label={t('canvas.moveStepUp', { title })}
              title={t('canvas.moveStepUp', { title })}
              disabled={index === 0}
              onClick={() => actions.moveStep(stepId, -1)}
            >
              <Icon name="up" />
            </button>
            <button
              type="button"
              className="btn btn-icon"
              aria-label={t('canvas.moveStepDown', { title })}
              title={t('canvas.moveStepDown', { title })}
              disabled={index === total - 1}
              onClick={() => actions.moveStep(stepId, 1)}
            >
              <Icon name="down" />
            </button>
            <button
              type="button"
              className="btn btn-icon btn-icon-danger"
              aria-label={t('canvas.deleteStep', { title })}
              title={t('canvas.deleteStep', { title })}
              disabled={total <= 1}
              onClick={() => actions.removeStep(stepId)}
            >
              <Icon name="trash" />
            </button>
          </div>
        </header>
        <NodeList stepId={stepId} parentId={null} emptyText={t('canvas.emptyStep')} />
      </div>
    </li>
  );
});
