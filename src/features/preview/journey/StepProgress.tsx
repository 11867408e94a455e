/** Where the citizen is among the steps: Bootstrap Italia's steppers header. */
import { CitizenIcon } from '../card/CitizenIcon';
import type { Translate } from '../translate';

export interface StepProgressProps {
  titles: string[];
  /** Index of the current step in `titles`; `titles.length` for the summary. */
  current: number;
  t: Translate;
  iconsUrl: string;
}

export function StepProgress({ titles, current, t, iconsUrl }: StepProgressProps) {
  const all = [...titles, t('citizen.steps.summaryStep')];
  return (
    <nav className="steppers mb-4" aria-label={t('citizen.steps.progressLabel')}>
      <div className="steppers-header">
        <ul>
          {all.map((title, i) => (
            <li key={`${i}-${title}`} className={i < current ? 'confirmed' : i === current ? 'active' : undefined} aria-current={i === current ? 'step' : undefined}>
              {title}
              {i < current && <CitizenIcon name="check" iconsUrl={iconsUrl} className="steppers-success" />}
            </li>
          ))}
        </ul>
        <span className="steppers-index">{t('citizen.steps.progress', { current: current + 1, total: all.length })}</span>
      </div>
    </nav>
  );
}
