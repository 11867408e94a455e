/**
 * A yes/no question: two radio buttons whose values Form.io stores as booleans
 * (`dataType: 'boolean'`), so `{"==": [{"var": "data.residente"}, true]}` holds as in our preview.
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const yesNoFormio: FormioExport = (node, ctx) => {
  const en = ctx.language === 'en';
  return formioField(node, ctx, 'radio', {
    inline: true,
    dataType: 'boolean',
    values: [
      { label: en ? 'Yes' : 'Sì', value: 'true' },
      { label: 'No', value: 'false' },
    ],
  });
};
