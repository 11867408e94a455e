/**
 * "Richiesta di autorizzazione / permesso": the citizen attaches the required
 * documents and reads when the answer is due and how long the permit lasts.
 */
import { attachmentBlock } from '../attachment/definition';
import { messages } from '../shared/field';
import { labelOf, str } from '../shared/props';
import { PATTERN_FIELD } from '../shared/uiFields';
import type { BlockDefinition, JsonSchema, UiSchema } from '../types';
import { computePermit } from './compute';
import { PERMIT_INFO_KEY, permitDocuments } from './documents';
import { permitNotice, permitTerms } from './notice';
import { defaultPermitProps, permitPropsSchema, type PermitProps } from './props';
import { monthsInWords } from './validity';

export const permitBlock: BlockDefinition<PermitProps> = {
  type: 'permit',
  label: { it: 'Richiesta di autorizzazione / permesso', en: 'Permit request' },
  description: {
    it: 'Documenti da allegare, validità, rinnovo e tempo massimo di risposta',
    en: 'Documents to attach, validity, renewal and maximum response time',
  },
  // A document with a seal (stamp) at the bottom right.
  icon: 'M6 3h8l4 4v6M14 3v4h4M6 3v18h7M9 9h5M9 13h4M17.5 15a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5zM16.5 20l-1 2.5M18.5 20l1 2.5',
  group: 'patterns',
  defaultKey: 'permesso',
  defaultProps: defaultPermitProps,
  propsSchema: permitPropsSchema,
  technicalProps: [],
  compile(node, ctx) {
    const p = node.props;
    const m = messages(ctx);
    const title = labelOf(p, permitBlock.label.it);
    const docs = permitDocuments(p.documents);
    const properties: Record<string, JsonSchema> = {
      // The notice first: citizens read the terms before gathering documents.
      [PERMIT_INFO_KEY]: { type: 'null', readOnly: true, 'x-display': true, 'x-pattern': 'permit' },
    };
    const uiSchema: UiSchema = {
      'ui:order': [PERMIT_INFO_KEY, ...docs.map((d) => d.key)],
      [PERMIT_INFO_KEY]: {
        'ui:field': PATTERN_FIELD,
        'ui:options': { markdown: permitNotice(permitTerms(p), ctx.language), variant: 'info', pattern: 'permit' },
      },
    };
    const required: string[] = [];
    for (const doc of docs) {
      // Same schema, formats and messages as an attachment field: one code path for file checks.
      const out = attachmentBlock.compile(
        {
          id: `${node.id}-${doc.key}`,
          type: attachmentBlock.type,
          key: doc.key,
          props: { label: doc.label, required: doc.required, accept: doc.acceptedTypes, maxSizeMB: doc.maxSizeMb, multiple: false },
        },
        ctx,
      );
      properties[doc.key] = out.schema!;
      uiSchema[doc.key] = out.uiSchema;
      if (out.required) required.push(doc.key);
    }
    const help = str(p.help);
    if (help) uiSchema['ui:description'] = help;
    const schema: JsonSchema = {
      type: 'object',
      title,
      properties,
      required,
      'x-pattern': 'permit',
      'x-messages': { required: m.required(title) },
    };
    return { schema, uiSchema, required: required.length > 0 };
  },
  summary(node) {
    const docs = permitDocuments(node.props.documents);
    const terms = permitTerms(node.props);
    const parts = [docs.length === 1 ? '1 documento' : `${docs.length} documenti`];
    if (terms.permanent) parts.push('permanente');
    else if (terms.months !== undefined) parts.push(`valido ${monthsInWords(terms.months)}`);
    if (terms.maxResponseDays !== undefined) parts.push(`risposta entro ${terms.maxResponseDays} giorni`);
    return parts.join(' · ');
  },
  compute: (node, answers, ctx) => computePermit(node, answers, ctx),
};

