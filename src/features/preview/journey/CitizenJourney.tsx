/**
 * The citizen's journey inside the preview frame: the Comune's header, then
 * the page of the current phase — service page, login, requirements, a
 * step, the summary, the receipt — then the footer. State lives with the
 * caller (the toolbar replays personas into it); this component decides
 * what each button does.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import type { CompiledFlow } from '../../../compile/types';
import type { ServiceDefinition } from '../../../model/types';
import type { FlowAnswers, FlowState } from '../../../runtime/engine';
import { expectedResponseDate, requestNumber } from '../../../runtime/receipt';
import { availabilityText } from '../card/availabilityText';
import { CheckoutPage } from '../checkout/CheckoutPage';
import { covers, issueNoticeCode } from '../checkout/payments';
import { localizedCard } from '../card/localizedCard';
import { ServiceCardPage } from '../card/ServiceCardPage';
import { CitizenFooter } from '../citizen/CitizenFooter';
import { CitizenHeader } from '../citizen/CitizenHeader';
import { CitizenSlimBar } from '../citizen/CitizenSlimBar';
import { legalLinks } from '../citizen/legalLinks';
import { visiblePatterns, type VisiblePattern } from '../patterns/visiblePatterns';
import type { Translate } from '../translate';
import { fullName, type CitizenIdentity } from './identities';
import { JourneyColumn } from './JourneyColumn';
import { nextStepId, previousStepId, type JourneyAction, type JourneyState } from './journeyState';
import { localizedRequirements } from './localizedRequirements';
import { LoginPage } from './LoginPage';
import { prefillFromIdentity } from './prefill';
import { ReceiptPage } from './ReceiptPage';
import { RequirementsPage } from './RequirementsPage';
import { StepPage } from './StepPage';
import { StepProgress } from './StepProgress';
import { SummaryPage } from './SummaryPage';

export interface CitizenJourneyProps {
  definition: ServiceDefinition;
  compiled: CompiledFlow;
  flow: FlowState;
  journey: JourneyState;
  dispatch: Dispatch<JourneyAction>;
  now: Date;
  language: string;
  /** Translation function of the `preview` namespace in `language`. */
  t: Translate;
  /** Who the simulated login signs in as. */
  loginIdentity: CitizenIdentity;
  /** Whether the citizen may start and submit (open, or a draft being tried out). */
  startable: boolean;
  municipality: string;
  iconsUrl: string;
}

export function CitizenJourney(input: CitizenJourneyProps) {
  // Requirement names and messages in the citizen's language, for every page below.
  const props = { ...input, flow: { ...input.flow, requirements: localizedRequirements(input.definition, input.language, input.flow.requirements) } };
  const { definition, compiled, flow, journey, dispatch, now, language, t, iconsUrl, municipality, startable } = props;
  const card = localizedCard(definition, language);
  const blockedReason = startable ? undefined : availabilityText(flow.availability, t, language, false).message;
  const allSteps = definition.steps.map((s) => s.id);
  const visible = flow.visibleSteps;
  const rootRef = useRef<HTMLDivElement>(null);
  const patterns = visiblePatterns(definition, flow);
  const paying = journey.phase === 'checkout' ? patterns.find((p) => p.key === journey.checkoutKey && p.checkout) : undefined;
  const paidNow = paying?.checkout && covers(journey.payments[paying.key], paying.checkout) ? journey.payments[paying.key] : undefined;

  // Each new page takes the focus to its heading (as a page load would), but
  // not on first render: the preview must never steal focus from the editor.
  const pageKey = `${journey.phase}:${journey.stepId ?? ''}:${paying?.key ?? ''}:${paidNow ? 'paid' : ''}`;
  const firstPage = useRef(pageKey);
  useEffect(() => {
    if (firstPage.current === pageKey) return;
    firstPage.current = '';
    const heading = rootRef.current?.querySelector('h1');
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [pageKey]);

  const schemas = compiled.steps.map((s) => s.schema);
  const login = () => dispatch({ type: 'login', identity: props.loginIdentity, answers: prefillFromIdentity(schemas, journey.answers, props.loginIdentity) });
  const start = () => {
    const first = visible[0];
    dispatch(first ? { type: 'goToStep', stepId: first } : { type: 'goToSummary' });
  };
  const submit = () => {
    const maxDays = card.max_response_days;
    dispatch({
      type: 'submitted',
      receipt: {
        number: requestNumber(definition.id, now, journey.submissions + 1),
        submittedAt: now.toISOString(),
        expectedBy: expectedResponseDate(now, maxDays),
        maxResponseDays: maxDays,
        patterns: patterns.flatMap((p) => (p.receipt ? [{ key: p.key, receipt: p.receipt }] : [])),
        payments: patterns.flatMap((p) => (p.checkout && covers(journey.payments[p.key], p.checkout) ? [journey.payments[p.key]] : [])),
      },
    });
  };

  let page;
  switch (journey.phase) {
    case 'card':
      page = (
        <ServiceCardPage
          card={card}
          availability={flow.availability}
          startable={startable}
          t={t}
          language={language}
          iconsUrl={iconsUrl}
          municipality={municipality}
          updatedAt={definition.updatedAt}
          onAccess={() => dispatch({ type: 'openLogin' })}
        />
      );
      break;
    case 'login':
      page = <LoginPage serviceTitle={card.title} identity={props.loginIdentity} t={t} iconsUrl={iconsUrl} onLogin={login} onBack={() => dispatch({ type: 'backToCard' })} />;
      break;
    case 'requirements':
      page = (
        <RequirementsPage
          serviceTitle={card.title}
          requirements={flow.requirements}
          t={t}
          iconsUrl={iconsUrl}
          blockedReason={blockedReason}
          onStart={start}
          onBack={() => dispatch({ type: 'backToCard' })}
        />
      );
      break;
    case 'receipt':
      page = journey.receipt && (
        <ReceiptPage receipt={journey.receipt} serviceTitle={card.title} language={language} t={t} iconsUrl={iconsUrl} onBack={() => dispatch({ type: 'backToCard' })} />
      );
      break;
    default:
      page = (
        <FlowPages {...props} visible={visible} allSteps={allSteps} blockedReason={blockedReason} onSubmit={submit} title={card.title} patterns={patterns} />
      );
  }

  // pagoPA's checkout is another site: its own page, without the Comune's header and footer.
  if (paying?.checkout) {
    const identity = journey.identity;
    return (
      <div className="citizen-app" ref={rootRef}>
        <CheckoutPage
          paymentKey={paying.key}
          checkout={paying.checkout}
          noticeCode={paying.checkout.noticeCode ?? issueNoticeCode(`${definition.id}:${paying.key}:${journey.submissions}:${paying.checkout.amount}`)}
          payee={municipality}
          email={identity?.email}
          holder={identity ? fullName(identity) : ''}
          now={now}
          language={language}
          t={t}
          iconsUrl={iconsUrl}
          paid={paidNow}
          onPaid={(payment) => dispatch({ type: 'paid', payment })}
          onBack={() => dispatch({ type: 'goToSummary' })}
        />
      </div>
    );
  }

  return (
    <div className="citizen-app" ref={rootRef}>
      <a className="visually-hidden-focusable" href="#citizen-main">
        {t('citizen.skip')}
      </a>
      <CitizenHeader
        municipality={municipality}
        iconsUrl={iconsUrl}
        slimBar={<CitizenSlimBar t={t} iconsUrl={iconsUrl} userName={journey.identity ? fullName(journey.identity) : undefined} />}
      />
      <main id="citizen-main">
        {page}
      </main>
      <CitizenFooter municipality={municipality} iconsUrl={iconsUrl} smallPrints={legalLinks(t)} />
    </div>
  );
}

/** The steps and the summary, under the progress bar. */
function FlowPages(
  props: CitizenJourneyProps & { visible: string[]; allSteps: string[]; blockedReason?: string; onSubmit(): void; title: string; patterns: VisiblePattern[] },
) {
  const { compiled, flow, journey, dispatch, language, t, iconsUrl, visible, allSteps } = props;
  const visibleCompiled = compiled.steps.filter((s) => visible.includes(s.id));
  const titles = visibleCompiled.map((s) => s.title);
  // The step asked for may have just been hidden or removed by an edit: show the next one instead.
  const stepId =
    journey.phase === 'step' ? (journey.stepId && visible.includes(journey.stepId) ? journey.stepId : nextStepId(visible, allSteps, journey.stepId)) : null;
  const step = stepId ? compiled.steps.find((s) => s.id === stepId) : undefined;
  const current = step ? visible.indexOf(step.id) : visible.length;
  const goBackFrom = (id: string | null) => {
    const previous = id ? previousStepId(visible, allSteps, id) : visible[visible.length - 1];
    dispatch(previous ? { type: 'goToStep', stepId: previous } : { type: 'openLogin' });
  };
  const next = (answers: FlowAnswers) => {
    dispatch({ type: 'change', answers });
    const following = journey.returnToSummary ? null : nextStepId(visible, allSteps, step!.id);
    dispatch(following ? { type: 'goToStep', stepId: following } : { type: 'goToSummary' });
  };
  const isLast = step ? journey.returnToSummary || nextStepId(visible, allSteps, step.id) === null : false;

  return (
    <JourneyColumn serviceTitle={props.title}>
      <StepProgress titles={titles} current={current} t={t} iconsUrl={iconsUrl} />
      {step ? (
        <StepPage
          key={step.id}
          compiled={compiled}
          step={step}
          hiddenNodeIds={flow.hiddenNodeIds}
          answers={journey.answers}
          computed={flow.computed}
          language={language}
          t={t}
          nextLabel={isLast ? t('citizen.steps.toSummary') : t('citizen.steps.next')}
          onChange={(answers) => dispatch({ type: 'change', answers })}
          onNext={next}
          onBack={() => goBackFrom(step.id)}
        />
      ) : (
        <SummaryPage
          steps={visibleCompiled}
          flow={flow}
          language={language}
          t={t}
          blockedReason={props.blockedReason}
          patterns={props.patterns}
          payments={journey.payments}
          onPay={(key) => dispatch({ type: 'openCheckout', key })}
          onEdit={(id) => dispatch({ type: 'edit', stepId: id })}
          onBack={() => goBackFrom(null)}
          onSubmit={props.onSubmit}
        />
      )}
    </JourneyColumn>
  );
}
