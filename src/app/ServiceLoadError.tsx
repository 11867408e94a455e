/**
 * What a screen shows when its service cannot be opened: not found, or a
 * stored document that no longer passes restore(), with its first JSON-path
 * issues in Italian. Shared by the editor and the card screens.
 */
import { Link } from 'react-router';
import type { Issue } from '../model/issues';

export interface ServiceLoadErrorProps {
  title: string;
  message: string;
  /** Issues to list (only for an invalid document). */
  errors?: readonly Issue[];
  backLabel: string;
}

export function ServiceLoadError({ title, message, errors, backLabel }: ServiceLoadErrorProps) {
  return (
    <div className="page">
      <h1>{title}</h1>
      <div className="notice notice-error" role="alert">
        <p>{message}</p>
        {errors && errors.length > 0 && (
          <ul>
            {errors.slice(0, 10).map((e, i) => (
              <li key={i}>
                <code>{e.path || '/'}</code> {e.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p>
        <Link to="/">{backLabel}</Link>
      </p>
    </div>
  );
}
