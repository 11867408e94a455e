/** The few stroke icons of the preview's toolbar (24×24, decorative). */
const PATHS = {
  restart: 'M4 4v6h6M20 12a8 8 0 1 1-2.3-5.7L20 8',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
} as const;

export function ToolbarIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
