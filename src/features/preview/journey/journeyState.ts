/**
 * Where the citizen is in the journey Designers Italia describes — service
 * page → login → requirements → steps → summary → receipt — and the answers
 * so far. A pure reducer: which step comes next depends on visibility, which
 * the component asks the engine about and passes in.
 */
import type { FlowAnswers } from '../../../runtime/engine';
import type { RomeDate } from '../../../runtime/romeTime';
import type { PatternReceipt } from '../../../blocks/shared/citizenOutputs';
import type { PaymentRecord } from '../checkout/payments';
import type { CitizenIdentity } from './identities';

export type JourneyPhase = 'card' | 'login' | 'requirements' | 'step' | 'summary' | 'checkout' | 'receipt';

export interface Receipt {
  number: string;
  /** ISO instant of the submission. */
  submittedAt: string;
  /** Rome date by which the Comune must answer. */
  expectedBy: RomeDate;
  maxResponseDays: number;
  /** The patterns' parts of the receipt, as they stood at submission (an appointment, a score, an amount). */
  patterns: Array<{ key: string; receipt: PatternReceipt }>;
  /** pagoPA payments made before submission. */
  payments: PaymentRecord[];
}

export interface JourneyState {
  phase: JourneyPhase;
  /** The step shown in phase "step". */
  stepId: string | null;
  /**
   * Everything typed so far, by field key. Kept across edits of the service
   * and across hidden fields (so an answer comes back when its field does);
   * the engine decides what counts (`FlowState.answers`).
   */
  answers: FlowAnswers;
  identity: CitizenIdentity | null;
  /** The citizen came from the summary's "Modifica": "Avanti" goes back there. */
  returnToSummary: boolean;
  receipt: Receipt | null;
  /** Submissions made in this preview, for the request number's sequence. */
  submissions: number;
  /** The pattern being paid in phase "checkout" (its node key). */
  checkoutKey: string | null;
  /** Payments made in this application, by pattern key. */
  payments: Record<string, PaymentRecord>;
}

export type JourneyAction =
  | { type: 'openLogin' }
  | { type: 'login'; identity: CitizenIdentity; answers: FlowAnswers }
  | { type: 'goToStep'; stepId: string }
  | { type: 'change'; answers: FlowAnswers }
  | { type: 'goToSummary' }
  | { type: 'edit'; stepId: string }
  | { type: 'submitted'; receipt: Receipt }
  | { type: 'openCheckout'; key: string }
  | { type: 'paid'; payment: PaymentRecord }
  | { type: 'backToCard' }
  | { type: 'restart' }
  | { type: 'replay'; identity: CitizenIdentity; answers: FlowAnswers };

export const initialJourney: JourneyState = {
  phase: 'card',
  stepId: null,
  answers: {},
  identity: null,
  returnToSummary: false,
  receipt: null,
  submissions: 0,
  checkoutKey: null,
  payments: {},
};

export function journeyReducer(state: JourneyState, action: JourneyAction): JourneyState {
  switch (action.type) {
    case 'openLogin':
      return state.identity ? { ...state, phase: 'requirements' } : { ...state, phase: 'login' };
    case 'login':
      return { ...state, phase: 'requirements', identity: action.identity, answers: action.answers };
    case 'goToStep':
      return { ...state, phase: 'step', stepId: action.stepId };
    case 'change':
      return action.answers === state.answers ? state : { ...state, answers: action.answers };
    case 'goToSummary':
      return { ...state, phase: 'summary', returnToSummary: false, checkoutKey: null };
    case 'openCheckout':
      return { ...state, phase: 'checkout', checkoutKey: action.key };
    case 'paid':
      return { ...state, payments: { ...state.payments, [action.payment.key]: action.payment } };
    case 'edit':
      return { ...state, phase: 'step', stepId: action.stepId, returnToSummary: true };
    case 'submitted':
      return { ...state, phase: 'receipt', receipt: action.receipt, submissions: state.submissions + 1 };
    case 'backToCard':
      // After a submission a new application starts from scratch; otherwise keep the answers.
      return state.phase === 'receipt' ? { ...initialJourney, submissions: state.submissions } : { ...state, phase: 'card' };
    case 'restart':
      return { ...initialJourney, submissions: state.submissions };
    case 'replay':
      return { ...initialJourney, submissions: state.submissions, phase: 'requirements', identity: action.identity, answers: action.answers };
  }
}

/** The step after `current` among the visible ones, or null (→ summary). */
export function nextStepId(visibleSteps: readonly string[], allSteps: readonly string[], current: string | null): string | null {
  if (current === null) return visibleSteps[0] ?? null;
  // The current step may have just become hidden: continue from its place in the full order.
  const position = allSteps.indexOf(current);
  return visibleSteps.find((id) => allSteps.indexOf(id) > position) ?? null;
}

/** The step before `current` among the visible ones, or null (→ requirements). */
export function previousStepId(visibleSteps: readonly string[], allSteps: readonly string[], current: string | null): string | null {
  if (current === null) return null;
  const position = allSteps.indexOf(current);
  const before = visibleSteps.filter((id) => allSteps.indexOf(id) < position);
  return before[before.length - 1] ?? null;
}
