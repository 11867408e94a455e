/** The Comune's emblem and name, leading to its home: the header's and the footer's. */
import { CitizenIcon } from '../card/CitizenIcon';

export function CitizenBrand({ municipality, iconsUrl, homeHref }: { municipality: string; iconsUrl: string; homeHref: string }) {
  return (
    <a href={homeHref}>
      <CitizenIcon name="pa" iconsUrl={iconsUrl} />
      <div className="it-brand-text">
        <div className="it-brand-title">{municipality}</div>
      </div>
    </a>
  );
}
