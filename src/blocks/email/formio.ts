/**
 * An email address. OpenCity reads the citizen's address from `email_address`:
 * the first top-level email field takes that key.
 */
import { formioField } from '../shared/formio';
import type { FormioExport } from '../shared/formio';

export const emailFormio: FormioExport = (node, ctx) => ({
  ...formioField(node, ctx, 'email'),
  key: ctx.conventionKey('email_address', node.key),
});
