/**
 * The headline numbers of a simulation, as a description list: large enough
 * to read at a glance, structured for screen readers (term → value).
 */
export interface Stat {
  label: string;
  value: string;
  /** Colours the value: good news, bad news, or neutral. */
  tone?: 'success' | 'danger' | 'warning';
}

export function Stats({ items }: { items: Stat[] }) {
  return (
    <dl className="sim-stats">
      {items.map((s) => (
        <div key={s.label} className={`sim-stat${s.tone ? ` sim-stat-${s.tone}` : ''}`}>
          <dt>{s.label}</dt>
          <dd>{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}
