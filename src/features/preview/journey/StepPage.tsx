/**
 * One step of the application, rendered by @rjsf/core from the compiled
 * schema with Italian messages, "Indietro" and "Avanti" (validation runs on
 * "Avanti", for this step only). Hidden fields are out of the schema; the
 * answers of the step are a slice of all the answers, merged back on change.
 */
import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import { useMemo } from 'react';
import { citizenFields } from '../../../blocks/citizenFields';
import { PATTERN_FIELD, SLOT_PICKER_FIELD } from '../../../blocks/shared/uiFields';
import { stepFormProps } from '../../../compile/formProps';
import { createTransformErrors } from '../../../compile/transformErrors';
import type { CompiledFlow, CompiledStep } from '../../../compile/types';
import type { FlowAnswers } from '../../../runtime/engine';
import { Markdown } from '../card/Markdown';
import { LivePatternField, type PreviewFormContext } from '../patterns/LivePatternField';
import { SlotPickerField } from '../patterns/SlotPickerField';
import type { Translate } from '../translate';
import { CITIZEN_TEMPLATES } from './formButtons';
import { visibleStepSchema } from './visibleStepSchema';

export interface StepPageProps {
  compiled: CompiledFlow;
  step: CompiledStep;
  hiddenNodeIds: ReadonlySet<string>;
  answers: FlowAnswers;
  /** Pattern results by node key (`FlowState.computed`), shown live in their display slots. */
  computed: Record<string, unknown>;
  language: string;
  t: Translate;
  /** "Avanti", or "Vai al riepilogo" on the last step or when coming back from the summary. */
  nextLabel: string;
  onChange(answers: FlowAnswers): void;
  onNext(answers: FlowAnswers): void;
  onBack(): void;
}

/** The ids of this step's hidden nodes, as a stable string: the form is rebuilt only when they change. */
function hiddenSignature(step: CompiledStep, hidden: ReadonlySet<string>): string {
  return Object.values(step.nodeIds)
    .filter((id) => hidden.has(id))
    .join(',');
}

/** The blocks' citizen fields, with the pattern slot replaced by its live view and the booking's slot picker. */
const PREVIEW_FIELDS = { ...citizenFields, [PATTERN_FIELD]: LivePatternField, [SLOT_PICKER_FIELD]: SlotPickerField };

function merge(answers: FlowAnswers, formData: unknown, keys: readonly string[]): FlowAnswers {
  if (!formData || typeof formData !== 'object') return answers;
  const data = formData as Record<string, unknown>;
  let out: FlowAnswers | null = null;
  for (const key of keys) {
    if (!(key in data) || data[key] === answers[key]) continue;
    out ??= { ...answers };
    out[key] = data[key];
  }
  return out ?? answers;
}

export function StepPage(props: StepPageProps) {
  const { compiled, step, hiddenNodeIds, answers, language, t, nextLabel } = props;
  const signature = hiddenSignature(step, hiddenNodeIds);
  // Keyed by the signature, not the set: the engine builds a new set on every run.
  const form = useMemo(() => visibleStepSchema(step, hiddenNodeIds), [step, signature]);
  const formProps = useMemo(() => {
    const base = stepFormProps(compiled, step.id, { language });
    return {
      ...base,
      schema: form.schema,
      uiSchema: form.uiSchema,
      transformErrors: createTransformErrors(form.schema, language),
      fields: PREVIEW_FIELDS,
    };
  }, [compiled, step.id, form, language]);
  const formData = useMemo(() => {
    const slice: Record<string, unknown> = {};
    for (const key of form.keys) if (answers[key] !== undefined) slice[key] = answers[key];
    return slice;
  }, [answers, form.keys]);
  const hasFields = form.keys.length > 0;
  const formContext = useMemo<PreviewFormContext>(() => ({ computed: props.computed, t, language }), [props.computed, t, language]);

  return (
    <div className="citizen-step">
      <h1 className="title-xxlarge mb-3" tabIndex={-1}>
        {step.title}
      </h1>
      {step.description && <Markdown source={step.description} className="text-paragraph lora mb-4" />}
      {!hasFields && <p className="text-paragraph fst-italic">{t('citizen.steps.noFields')}</p>}
      <Form
        {...formProps}
        idPrefix={`f-${step.id}`}
        formContext={formContext}
        templates={CITIZEN_TEMPLATES}
        formData={formData}
        onChange={(e: IChangeEvent) => props.onChange(merge(answers, e.formData, form.keys))}
        onSubmit={(e: IChangeEvent) => props.onNext(merge(answers, e.formData, form.keys))}
        className="citizen-form"
      >
        <div className="d-flex flex-column-reverse flex-md-row justify-content-between gap-3 mt-4 pt-3 border-top">
          <button type="button" className="btn btn-outline-primary" onClick={props.onBack}>
            {t('citizen.steps.back')}
          </button>
          <button type="submit" className="btn btn-primary fw-bold">
            {nextLabel}
          </button>
        </div>
      </Form>
    </div>
  );
}
