/** Stored services that fail `restore()`: listed apart, never opened, still removable. */
import { useTranslation } from 'react-i18next';
import type { BrokenEntry } from './model/catalogEntry';
import { Icon } from './ui/Icon';

export function BrokenList({ broken, onTrash }: { broken: readonly BrokenEntry[]; onTrash(entry: BrokenEntry): void }) {
  const { t } = useTranslation('catalog');
  if (broken.length === 0) return null;
  return (
    <section className="broken-list notice notice-warning" aria-labelledby="broken-heading">
      <h2 id="broken-heading">{t('broken.heading')}</h2>
      <p>{t('broken.intro')}</p>
      <ul>
        {broken.map((entry) => (
          <li key={entry.id}>
            <details>
              <summary>
                <strong>{entry.title}</strong> — {t('broken.errors', { count: entry.errors.length })}
              </summary>
              <ul className="broken-errors">
                {entry.errors.slice(0, 10).map((issue, i) => (
                  <li key={i}>
                    <code>{issue.path || '/'}</code> {issue.message}
                  </li>
                ))}
              </ul>
            </details>
            <button type="button" className="btn btn-small btn-danger" onClick={() => onTrash(entry)}>
              <Icon name="trash" size={16} />
              {t('actions.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
