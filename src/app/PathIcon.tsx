/**
 * A decorative 24×24 stroke icon drawn from SVG path data: hidden from
 * assistive technology, the control around it carries the name. The editor's
 * and the catalogue's icon sets (and the block icons from the registry) all
 * draw through it, so they keep one look.
 */
export function PathIcon({ d, size = 18 }: { d: string; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="icon"
    >
      <path d={d} />
    </svg>
  );
}
