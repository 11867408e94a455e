/** "42 / 255 caratteri", turning red past the limit. */
import { useTranslation } from 'react-i18next';

export function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t } = useTranslation('card');
  const over = length > max;
  const near = !over && length > max * 0.9;
  return (
    <span id={id} className={`char-count${over ? ' over' : near ? ' near' : ''}`}>
      {t('count', { count: length, max })}
    </span>
  );
}
