/** Length limits of a requirement's texts, from the format's schema. */
import { schemaAt } from '../../../model/publishedSchemaJson';


export const RequirementLimits = {
  name: schemaAt(['requirements', 'name'])?.maxLength ?? 200,
  message: schemaAt(['requirements', 'message'])?.maxLength ?? 1000,
} as const;
