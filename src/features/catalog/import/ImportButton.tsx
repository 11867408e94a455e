/** "Importa": a real button that opens the file picker (the file input itself stays out of the tab order). */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';

export function ImportButton({ onFile, busy }: { onFile(file: File): void; busy: boolean }) {
  const { t } = useTranslation('catalog');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()} disabled={busy} title={t('importFile.choose')}>
        <Icon name="upload" />
        {busy ? t('importFile.reading') : t('import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so that choosing the same file again (after fixing it) fires again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
