import { messages } from '../shared/field';
import { formatNumber } from '../shared/messages';
import { helpProp, labelOf, labelProp, requiredProp, str } from '../shared/props';
import type { BaseFieldProps, BlockDefinition, JsonSchema, UiSchema } from '../types';
import { dsuFormats } from './dsuProtocol';

export type IseeKind = 'ordinario' | 'minorenni' | 'universitario' | 'sociosanitario' | 'corrente';

export interface IseeProps extends BaseFieldProps {
  /** Which ISEE the service asks for (shown to the citizen). */
  kind?: IseeKind;
  askExpiry?: boolean;
  askProtocol?: boolean;
  /** Check the DSU with INPS through PDND (technical). */
  inpsCheck?: boolean;
}

const KIND_NAMES: Record<IseeKind, string> = {
  ordinario: 'ISEE ordinario',
  minorenni: 'ISEE per prestazioni rivolte a minorenni',
  universitario: 'ISEE per il diritto allo studio universitario',
  sociosanitario: 'ISEE socio-sanitario',
  corrente: 'ISEE corrente',
};

const LABELS = {
  it: { value: 'Valore ISEE', expiry: 'Data di scadenza dell’attestazione', protocol: 'Numero di protocollo DSU' },
  en: { value: 'ISEE value', expiry: 'Certificate expiry date', protocol: 'DSU protocol number' },
};

export const iseeBlock: BlockDefinition<IseeProps> = {
  type: 'isee',
  label: { it: 'ISEE', en: 'ISEE' },
  description: { it: 'Valore ISEE, scadenza e numero di protocollo della DSU', en: 'ISEE value, expiry and DSU protocol number' },
  icon: 'M6 3h9l4 4v14H6zM15 3v4h4M9 17v-3M12 17v-5M15 17v-7',
  group: 'personal',
  defaultProps: () => ({ label: 'ISEE', required: true, kind: 'ordinario', askExpiry: true, askProtocol: true, inpsCheck: false }),
  propsSchema: {
    type: 'object',
    required: ['label'],
    properties: {
      label: labelProp,
      help: helpProp,
      required: requiredProp,
      kind: {
        type: 'string',
        title: 'Tipo di ISEE',
        enum: Object.keys(KIND_NAMES),
        'x-enumNames': Object.values(KIND_NAMES),
      },
      askExpiry: { type: 'boolean', title: 'Chiedi la data di scadenza' },
      askProtocol: { type: 'boolean', title: 'Chiedi il numero di protocollo DSU' },
      inpsCheck: {
        type: 'boolean',
        title: 'Verifica automatica con INPS',
        description: 'Controlla la DSU tramite PDND (riservato al personale tecnico)',
      },
    },
  },
  technicalProps: ['inpsCheck'],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const title = labelOf(p, iseeBlock.label.it);
    const required = p.required === true;
    const l = ctx.language === 'en' ? LABELS.en : LABELS.it;
    const properties: Record<string, JsonSchema> = {
      value: {
        type: 'number',
        title: `${l.value} (€)`,
        minimum: 0,
        multipleOf: 0.01,
        'x-messages': {
          required: m.required(l.value),
          type: m.number(l.value),
          minimum: m.minimum(l.value, formatNumber(0, ctx.language, true)),
          multipleOf: m.cents(l.value),
        },
      },
    };
    const order = ['value'];
    const ui: Record<string, unknown> = { value: { 'ui:options': { inputMode: 'decimal' } } };
    if (p.askExpiry !== false) {
      properties.expiry = {
        type: 'string',
        format: 'date',
        title: l.expiry,
        'x-messages': { required: m.required(l.expiry), format: m.date(l.expiry) },
      };
      order.push('expiry');
      ui.expiry = { 'ui:widget': 'date' };
    }
    if (p.askProtocol !== false) {
      properties.protocol = {
        type: 'string',
        format: 'isee-dsu',
        title: l.protocol,
        'x-messages': { required: m.required(l.protocol), format: m.dsu(l.protocol) },
      };
      order.push('protocol');
      ui.protocol = { 'ui:placeholder': 'INPS-ISEE-2026-XXXXXXXXX-00' };
    }
    const kind = KIND_NAMES[p.kind as IseeKind];
    const help = str(p.help);
    const description = [kind, help].filter(Boolean).join('. ');
    const schema: JsonSchema = {
      type: 'object',
      title,
      properties,
      required: required ? order.slice() : [],
      'x-messages': { required: m.required(title) },
    };
    if (p.inpsCheck === true) schema['x-inps-check'] = true;
    const uiSchema: UiSchema = { 'ui:order': order, ...ui };
    if (description) uiSchema['ui:description'] = description;
    return { schema, uiSchema, required };
  },
  summary: (node) => KIND_NAMES[node.props.kind as IseeKind] ?? '',
  formats: dsuFormats,
};
