/** "3 ore fa" with the exact Rome date and time beneath, as a machine-readable `<time>`. */
import { useTranslation } from 'react-i18next';
import { formatAbsolute, formatRelative, isoOf } from './model/formatTime';

export function LastChange({ at, now }: { at: number; now: Date }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (
    <time dateTime={isoOf(at)} className="last-change">
      <span className="last-change-relative">{formatRelative(at, now.getTime(), language)}</span>
      <span className="last-change-absolute">{formatAbsolute(at, language)}</span>
    </time>
  );
}
