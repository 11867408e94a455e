/** Smartphone (375 px) or desktop: the width the citizen page is laid out at. */
import { useTranslation } from 'react-i18next';

export type PreviewDevice = 'mobile' | 'desktop';

export function WidthSwitch({ device, onChange }: { device: PreviewDevice; onChange(device: PreviewDevice): void }) {
  const { t } = useTranslation('preview');
  return (
    <div className="preview-segmented" role="group" aria-label={t('toolbar.width')}>
      {(['mobile', 'desktop'] as const).map((d) => (
        <button key={d} type="button" className="btn btn-small" aria-pressed={device === d} onClick={() => onChange(d)}>
          {t(`toolbar.${d}`)}
        </button>
      ))}
    </div>
  );
}
