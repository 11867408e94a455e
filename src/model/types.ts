/**
 * TypeScript types of the service-definition format, derived from the TypeBox
 * schema in `schema.ts` so that the two can never disagree.
 */
import type { Static } from '@sinclair/typebox';
import type {
  DerivedFromSchema,
  FlowNodeSchema,
  HistoryEntrySchema,
  LanguagesSchema,
  OfficeSchema,
  PersonaSchema,
  RequirementSchema,
  RoleSchema,
  ScheduleSchema,
  ServiceCardSchema,
  ServiceDefinitionSchema,
  ServiceStatusSchema,
  StepSchema,
  TechnicalSettingsSchema,
} from './schema';

export type { JsonLogicRule } from './schema';
export type ServiceDefinition = Static<typeof ServiceDefinitionSchema>;
export type ServiceStatus = Static<typeof ServiceStatusSchema>;
export type Schedule = Static<typeof ScheduleSchema>;
export type ServiceCard = Static<typeof ServiceCardSchema>;
export type Office = Static<typeof OfficeSchema>;
export type Requirement = Static<typeof RequirementSchema>;
export type FlowNode = Static<typeof FlowNodeSchema>;
export type Step = Static<typeof StepSchema>;
export type Languages = Static<typeof LanguagesSchema>;
export type TechnicalSettings = Static<typeof TechnicalSettingsSchema>;
export type Persona = Static<typeof PersonaSchema>;
export type Role = Static<typeof RoleSchema>;
export type HistoryEntry = Static<typeof HistoryEntrySchema>;
export type DerivedFrom = Static<typeof DerivedFromSchema>;
