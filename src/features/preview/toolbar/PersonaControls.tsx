/**
 * Who goes through the preview: a test citizen (the simulated login
 * prefills their identity) or a saved persona (all its answers are
 * replayed). Saves the current answers as a new persona, deletes one.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../model/types';
import { DEMO_IDENTITIES, fullName } from '../journey/identities';
import { personaName } from '../personas/personaName';

/** `demo:<index>` or `persona:<id>`. */
export type PersonaChoice = string;

export interface PersonaControlsProps {
  personas: readonly Persona[];
  choice: PersonaChoice;
  onChoose(choice: PersonaChoice): void;
  /** Absent when read-only (the full-screen preview). */
  onSave?(name: string): void;
  onDelete?(personaId: string): void;
  /** Whether there are answers to save. */
  canSave: boolean;
}

export function PersonaControls({ personas, choice, onChoose, onSave, onDelete, canSave }: PersonaControlsProps) {
  const { t } = useTranslation('preview');
  const selectId = useId();
  const nameId = useId();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const selected = choice.startsWith('persona:') ? personas.find((p) => `persona:${p.id}` === choice) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = personaName(name);
    if (!clean || !onSave) return;
    onSave(clean);
    setName('');
    setNaming(false);
  };

  return (
    <div className="preview-personas">
      <div className="preview-field">
        <label htmlFor={selectId}>{t('persona.label')}</label>
        <select id={selectId} className="input" value={choice} onChange={(e) => onChoose(e.target.value)}>
          {DEMO_IDENTITIES.map((identity, i) => (
            <option key={identity.fiscalNumber} value={`demo:${i}`}>
              {t('persona.demo', { name: fullName(identity) })}
            </option>
          ))}
          {personas.length > 0 && (
            <optgroup label={t('persona.saved')}>
              {personas.map((p) => (
                <option key={p.id} value={`persona:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {selected && onDelete && (
          <button type="button" className="btn btn-small btn-danger" onClick={() => onDelete(selected.id)} aria-label={t('persona.deleteLabel', { name: selected.name })}>
            {t('persona.delete')}
          </button>
        )}
      </div>
      {onSave &&
        (naming ? (
          <form className="preview-field" onSubmit={submit}>
            <label htmlFor={nameId}>{t('persona.nameLabel')}</label>
            <input id={nameId} className="input" value={name} maxLength={200} placeholder={t('persona.namePlaceholder')} onChange={(e) => setName(e.target.value)} autoFocus />
            <button type="submit" className="btn btn-small btn-primary" disabled={!personaName(name)}>
              {t('persona.confirm')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setNaming(false)}>
              {t('persona.cancel')}
            </button>
          </form>
        ) : (
          <button type="button" className="btn btn-small" onClick={() => setNaming(true)} disabled={!canSave} title={canSave ? undefined : t('persona.nothingToSave')}>
            {t('persona.save')}
          </button>
        ))}
    </div>
  );
}
