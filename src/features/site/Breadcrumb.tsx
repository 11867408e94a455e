/** The site pages' breadcrumb (the service page has its own, inside ServiceCardPage). */
import { siteTexts as s } from './siteTexts';

export function Breadcrumb({ items }: { items: Array<{ label: string; href?: string }> }) {
  return (
    <div className="cmp-breadcrumbs" role="navigation">
      <nav className="breadcrumb-container" aria-label={s.breadcrumb}>
        <ol className="breadcrumb p-0" data-element="breadcrumb">
          {items.map((item) =>
            item.href ? (
              <li className="breadcrumb-item" key={item.label}>
                <a href={item.href}>{item.label}</a>
                <span className="separator">/</span>
              </li>
            ) : (
              <li className="breadcrumb-item active" aria-current="page" key={item.label}>
                {item.label}
              </li>
            ),
          )}
        </ol>
      </nav>
    </div>
  );
}
