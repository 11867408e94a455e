/** A Bootstrap Italia icon from its sprite (decorative: always hidden from screen readers). */
export function CitizenIcon({ name, iconsUrl, className }: { name: string; iconsUrl: string; className?: string }) {
  return (
    <svg className={className ? `icon ${className}` : 'icon'} aria-hidden="true" focusable="false">
      <use href={`${iconsUrl}#it-${name}`} />
    </svg>
  );
}
