import { messages } from '../shared/field';
import { labelOf, labelProp, requiredProp, str } from '../shared/props';
import type { BlockDefinition, JsonSchema, UiSchema } from '../types';

export interface ConsentProps extends Record<string, unknown> {
  label: string;
  /** The privacy notice (informativa), in markdown, shown above the checkbox. */
  privacyText?: string;
  /** Must be ticked to proceed (true for a privacy consent). */
  required?: boolean;
  /** Version of the notice the citizen accepted, recorded with the answer. */
  policyVersion?: string;
}

export const DEFAULT_PRIVACY_TEXT =
  'I dati personali sono trattati dal Comune, titolare del trattamento, solo per gestire questa richiesta ' +
  '(art. 6, par. 1, lett. e del Regolamento UE 2016/679). Puoi esercitare i tuoi diritti scrivendo al ' +
  'Responsabile della protezione dei dati. L’informativa completa è pubblicata sul sito del Comune.';

export const consentBlock: BlockDefinition<ConsentProps> = {
  type: 'consent',
  label: { it: 'Consenso (privacy)', en: 'Consent (privacy)' },
  description: { it: 'Informativa sul trattamento dei dati e casella da spuntare', en: 'Privacy notice and a box to tick' },
  icon: 'M12 3l7 3v5c0 4.5-3 8.5-7 10-4-1.5-7-5.5-7-10V6zM9 12l2 2 4-4',
  group: 'fields',
  defaultKey: 'consenso_privacy',
  defaultProps: () => ({
    label: 'Ho letto l’informativa sul trattamento dei dati personali',
    privacyText: DEFAULT_PRIVACY_TEXT,
    required: true,
    policyVersion: '1',
  }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: { ...labelProp, title: 'Testo accanto alla casella' },
      privacyText: {
        type: 'string',
        title: 'Informativa privacy',
        description: 'Testo in markdown: grassetto, elenchi, collegamenti',
        maxLength: 20000,
        'x-widget': 'markdown',
      },
      required: { ...requiredProp, description: 'Senza la spunta il cittadino non può proseguire' },
      policyVersion: {
        type: 'string',
        title: 'Versione dell’informativa',
        description: 'Registrata con la risposta (riservato al personale tecnico)',
        maxLength: 50,
      },
    },
  },
  technicalProps: ['policyVersion'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const label = labelOf(p, consentBlock.label.it);
    const required = p.required !== false;
    const must = m.mustAccept(label);
    const schema: JsonSchema = { type: 'boolean', title: label, 'x-messages': { required: must, not: must } };
    // An unticked box (false) must fail too. Not `const: true`: rjsf would tick the
    // box by default, and a consent must be an explicit act (GDPR art. 7).
    if (required) schema.not = { const: false };
    const version = str(p.policyVersion);
    if (version) schema['x-policy-version'] = version;
    const ui: UiSchema = {};
    const text = str(p.privacyText);
    if (text) {
      // rjsf renders it with markdown-to-jsx and raw HTML disabled: no HTML from the text reaches the page.
      ui['ui:description'] = text;
      ui['ui:enableMarkdownInDescription'] = true;
    }
    return { schema, uiSchema: ui, required };
  },
  summary: (node) => (node.props.required === false ? 'facoltativo' : 'da accettare per proseguire'),
};
