/** A link of a Comune's header or footer, as the preview and the exported site both draw them. */
export interface CitizenLink {
  href: string;
  label: string;
  /** The page this link leads to is the one shown (aria-current="page"). */
  current?: boolean;
  /** Designers Italia's `data-element` hook (the checker starts from `all-services`). */
  dataElement?: string;
}
