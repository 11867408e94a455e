/**
 * Everything `<Form>` of @rjsf/core needs to render one compiled step:
 *
 *   const props = stepFormProps(compiled, 0);
 *   <Form {...props} formData={answers} onSubmit={…} />
 *
 * Kept apart from `index.ts` because it brings the React citizen fields.
 */
import type {
  ErrorTransformer,
  Experimental_DefaultFormStateBehavior,
  RegistryFieldsType,
  RJSFSchema,
  UiSchema,
  ValidatorType,
} from '@rjsf/utils';
import { citizenFields } from '../blocks/citizenFields';
import { createTransformErrors } from './transformErrors';
import { stringTranslatorFor } from './translateString';
import type { CompiledFlow } from './types';
import { createValidator } from './validator';

export interface StepFormProps {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  validator: ValidatorType;
  transformErrors: ErrorTransformer;
  fields: RegistryFieldsType;
  translateString: ReturnType<typeof stringTranslatorFor>;
  /** Our messages replace the browser's (English-only, unnamed) bubbles. */
  noHtml5Validate: true;
  showErrorList: 'top';
  focusOnFirstError: true;
  /**
   * rjsf v6 fills a required boolean with `false`: a required yes/no would
   * start answered «No» and a consent unticked-but-present. Citizens must
   * answer themselves, so unanswered stays undefined and `required` flags it.
   */
  experimental_defaultFormStateBehavior: Experimental_DefaultFormStateBehavior;
}

const DEFAULT_FORM_STATE: Experimental_DefaultFormStateBehavior = Object.freeze({ requiredBooleanDefault: 'skip' });

/**
 * Props for the step at `step` (index or step id), in the flow's language
 * unless `options.language` says otherwise. Throws on a missing step.
 */
export function stepFormProps(
  compiled: CompiledFlow,
  step: number | string,
  options: { language?: string } = {},
): StepFormProps {
  const found = typeof step === 'number' ? compiled.steps[step] : compiled.steps.find((s) => s.id === step);
  if (!found) throw new Error(`Passo non trovato: ${String(step)}`);
  const language = options.language ?? compiled.language;
  return {
    schema: found.schema as RJSFSchema,
    uiSchema: found.uiSchema as UiSchema,
    validator: createValidator(compiled, { language }),
    transformErrors: createTransformErrors(found.schema, language),
    fields: citizenFields,
    translateString: stringTranslatorFor(language),
    noHtml5Validate: true,
    showErrorList: 'top',
    focusOnFirstError: true,
    experimental_defaultFormStateBehavior: DEFAULT_FORM_STATE,
  };
}
