/** A polite live region for what the editor did ("«Testo breve» aggiunto."). */
import { useStore } from 'zustand';
import { useEditorServices } from './editorServices';

export function LiveAnnouncer() {
  const { announcer } = useEditorServices();
  const { message, seq } = useStore(announcer);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {/* Re-keyed so that the same message twice is announced twice. */}
      <span key={seq}>{message}</span>
    </div>
  );
}
