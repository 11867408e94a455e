/**
 * Registers the pattern blocks' inspector controls for their `x-widget`
 * hints (see `src/blocks/shared/patterns.ts`). Each control is its own chunk,
 * fetched when a pattern block is first selected: the editor's first load
 * carries only these few lines.
 */
import { registerInspectorWidget } from '../customWidgets';
import { lazyWidget } from './lazyWidget';

registerInspectorWidget('criteria', lazyWidget(() => import('./CriteriaWidget').then((m) => m.CriteriaWidget)));
registerInspectorWidget('tie-breakers', lazyWidget(() => import('./TieBreakersWidget').then((m) => m.TieBreakersWidget)));
registerInspectorWidget('opening-hours', lazyWidget(() => import('./OpeningHoursWidget').then((m) => m.OpeningHoursWidget)));
registerInspectorWidget('closing-periods', lazyWidget(() => import('./ClosingPeriodsWidget').then((m) => m.ClosingPeriodsWidget)));
registerInspectorWidget('documents', lazyWidget(() => import('./DocumentsWidget').then((m) => m.DocumentsWidget)));
registerInspectorWidget('month-day', lazyWidget(() => import('./MonthDayWidget').then((m) => m.MonthDayWidget)));
