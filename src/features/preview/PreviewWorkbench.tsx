/**
 * The preview with its controls: persona, width, "as of", language, and the
 * citizen's journey in its frame. Takes a definition (live from the editor's
 * store, or loaded for the full-screen route) and owns the preview's state:
 * answers typed so far survive every edit of the definition, and the engine
 * drops those whose fields no longer exist.
 */
import { useMemo, useReducer, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRegistry, type BlockRegistry } from '../../blocks/registry';
import { compile } from '../../compile/compile';
import { newId } from '../../model/ids';
import type { Persona, ServiceDefinition } from '../../model/types';
import { followKeyRenames, runFlow } from '../../runtime/engine';
import { iconsUrl } from './assets';
import { DEMO_IDENTITIES } from './journey/identities';
import { CitizenJourney } from './journey/CitizenJourney';
import { initialJourney, journeyReducer } from './journey/journeyState';
import { identityFromAnswers, prefillFromIdentity } from './journey/prefill';
import { registryComputed } from './patterns/registryComputed';
import { PreviewFrame } from './PreviewFrame';
import { problemPlace } from './problemLabels';
import { rulesEvaluator } from './rulesEvaluator';
import { AsOfControl } from './toolbar/AsOfControl';
import { ToolbarIcon } from './toolbar/ToolbarIcon';
import { PersonaControls, type PersonaChoice } from './toolbar/PersonaControls';
import { WidthSwitch, type PreviewDevice } from './toolbar/WidthSwitch';
import type { Translate } from './translate';
import { useLiveNow } from './useLiveNow';

/** Smartphone width, as Designers Italia tests mobile pages. */
export const MOBILE_WIDTH = 375;
/** Desktop layout width when the host is narrower (large breakpoint of Bootstrap Italia, scaled to fit). */
export const DESKTOP_WIDTH = 1200;

export interface PreviewPersonaActions {
  save(persona: Persona): void;
  remove(personaId: string): void;
}

export interface PreviewWorkbenchProps {
  definition: ServiceDefinition;
  registry?: BlockRegistry;
  /** Saving personas; absent when read-only. */
  personaActions?: PreviewPersonaActions;
  /** Initial width. */
  initialDevice?: PreviewDevice;
  /** Extra controls at the end of the toolbar (e.g. "Schermo intero"). */
  toolbarExtra?: ReactNode;
  /** A narrow host (the editor's pane): icon-only toolbar buttons. */
  compact?: boolean;
}

export function PreviewWorkbench({
  definition,
  registry = defaultRegistry,
  personaActions,
  initialDevice = 'mobile',
  toolbarExtra,
  compact = false,
}: PreviewWorkbenchProps) {
  const { t, i18n } = useTranslation('preview');
  const [device, setDevice] = useState<PreviewDevice>(initialDevice);
  const [asOf, setAsOf] = useState<Date | null>(null);
  const now = useLiveNow(asOf);
  const [chosenLanguage, setLanguage] = useState<string | null>(null);
  const [choice, setChoice] = useState<PersonaChoice>('demo:0');
  const [journey, dispatch] = useReducer(journeyReducer, initialJourney);
  const [message, setMessage] = useState('');

  // The key of a field follows its label while the official types it: move
  // the answers along (adjusting state during render, React's pattern for
  // deriving state from a changed prop — no extra paint with stale answers).
  const [seen, setSeen] = useState(definition);
  if (seen !== definition) {
    setSeen(definition);
    const answers = followKeyRenames(seen, definition, journey.answers);
    if (answers !== journey.answers) dispatch({ type: 'change', answers });
  }

  const languages = definition.languages.available;
  const language = chosenLanguage && languages.includes(chosenLanguage) ? chosenLanguage : definition.languages.default;
  // Citizen texts follow the service's language, not the back office's.
  const citizenT = useMemo<Translate>(() => {
    const fixed = i18n.getFixedT(language, 'preview');
    return (key, options) => String(fixed(key, options as never));
  }, [i18n, language]);

  const compiled = useMemo(() => compile(definition, registry, { language }), [definition, registry, language]);
  const providers = useMemo(() => registryComputed(definition, registry), [definition, registry]);
  const flow = useMemo(
    () => runFlow(definition, journey.answers, now, rulesEvaluator, { computed: providers }),
    [definition, journey.answers, now, providers],
  );
  const schemas = useMemo(() => compiled.steps.map((s) => s.schema), [compiled]);

  // A persona that was deleted (or undone away) falls back to the first test citizen.
  const persona = choice.startsWith('persona:') ? definition.personas.find((p) => `persona:${p.id}` === choice) : undefined;
  const demo = DEMO_IDENTITIES[Number(choice.slice('demo:'.length))] ?? DEMO_IDENTITIES[0];
  const loginIdentity = (persona && identityFromAnswers(schemas, persona.answers)) ?? demo;
  const startable = flow.availability.open || flow.availability.state === 'draft';

  const replay = (p: Persona) => {
    const identity = identityFromAnswers(schemas, p.answers) ?? DEMO_IDENTITIES[0];
    dispatch({ type: 'replay', identity, answers: prefillFromIdentity(schemas, p.answers, identity) });
  };
  const choose = (next: PersonaChoice) => {
    setChoice(next);
    const p = next.startsWith('persona:') ? definition.personas.find((x) => `persona:${x.id}` === next) : undefined;
    if (p) replay(p);
    else dispatch({ type: 'restart' });
  };
  const restart = () => (persona ? replay(persona) : dispatch({ type: 'restart' }));
  const save = (name: string) => {
    const saved: Persona = { id: newId(), name, answers: flow.answers };
    personaActions?.save(saved);
    setChoice(`persona:${saved.id}`);
    setMessage(t('persona.savedMessage', { name }));
  };
  const remove = (personaId: string) => {
    const p = definition.personas.find((x) => x.id === personaId);
    personaActions?.remove(personaId);
    setChoice('demo:0');
    if (p) setMessage(t('persona.deletedMessage', { name: p.name }));
  };

  const scheduled = definition.status === 'scheduled';
  return (
    <div className={compact ? 'preview-workbench preview-workbench-compact' : 'preview-workbench'}>
      <div className="preview-toolbar" role="group" aria-label={t('toolbar.label')}>
        <div className="preview-toolbar-row">
          <WidthSwitch device={device} onChange={setDevice} />
          {languages.length > 1 && (
            <label className="preview-field">
              {t('toolbar.language')}
              <select className="input" value={language} onChange={(e) => setLanguage(e.target.value)}>
                {languages.map((l) => (
                  <option key={l} value={l}>
                    {l.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="btn btn-small preview-icon-button" onClick={restart} title={t('toolbar.restart')}>
            <ToolbarIcon name="restart" />
            <span className="preview-icon-label">{t('toolbar.restart')}</span>
          </button>
          {toolbarExtra}
        </div>
        <div className="preview-toolbar-row">
          <PersonaControls
            personas={definition.personas}
            choice={persona || choice.startsWith('demo:') ? choice : 'demo:0'}
            onChoose={choose}
            onSave={personaActions ? save : undefined}
            onDelete={personaActions ? remove : undefined}
            canSave={Object.keys(flow.answers).length > 0}
          />
        </div>
        <div className="preview-toolbar-row">
          <AsOfControl
            asOf={asOf}
            onChange={setAsOf}
            opensAt={scheduled ? flow.availability.opensAt : undefined}
            closesAt={scheduled ? flow.availability.closesAt : undefined}
          />
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {flow.availability.state === 'draft' && <p className="preview-note">{t('notice.draft')}</p>}
      {flow.problems.length > 0 && (
        <div className="preview-note preview-note-warning">
          <p>{t('notice.problems')}</p>
          <ul>
            {flow.problems.map((p) => (
              <li key={p.where}>
                {problemPlace(definition, p)}: {p.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {compiled.unknownTypes.length > 0 && <p className="preview-note">{t('notice.unknownTypes', { types: compiled.unknownTypes.join(', ') })}</p>}
      <PreviewFrame title={t('frameTitle')} deviceWidth={device === 'mobile' ? MOBILE_WIDTH : DESKTOP_WIDTH} fitWide={device === 'desktop'} language={language}>
        <CitizenJourney
          definition={definition}
          compiled={compiled}
          flow={flow}
          journey={journey}
          dispatch={dispatch}
          now={now}
          language={language}
          t={citizenT}
          loginIdentity={loginIdentity}
          startable={startable}
          municipality={citizenT('citizen.municipality')}
          iconsUrl={iconsUrl}
        />
      </PreviewFrame>
    </div>
  );
}
