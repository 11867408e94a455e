/** Length limits of a requirement's texts, from the format's schema. */
import { RequirementSchema } from '../../../model/schema';

const props = RequirementSchema.properties as unknown as Record<string, { maxLength?: number }>;

export const RequirementLimits = {
  name: props.name.maxLength ?? 200,
  message: props.message.maxLength ?? 1000,
} as const;
