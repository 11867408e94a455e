/**
 * Buttons of repeatable groups in Bootstrap Italia's style, with words
 * ("Aggiungi", "Rimuovi") rather than @rjsf/core's Bootstrap 3 glyph icons,
 * which Bootstrap Italia does not ship.
 */
import { TranslatableString, type IconButtonProps } from '@rjsf/utils';

export function AddButton(props: IconButtonProps) {
  return (
    <button type="button" id={props.id} className="btn btn-outline-primary btn-sm citizen-array-add" onClick={props.onClick} disabled={props.disabled}>
      <span aria-hidden="true">+ </span>
      {props.registry.translateString(TranslatableString.AddItemButton)}
    </button>
  );
}

export function RemoveButton(props: IconButtonProps) {
  return (
    <button type="button" id={props.id} className="btn btn-link btn-sm text-danger citizen-array-remove" onClick={props.onClick} disabled={props.disabled}>
      {props.registry.translateString(TranslatableString.RemoveButton)}
    </button>
  );
}

/** rjsf `templates` prop of the citizen forms. */
export const CITIZEN_TEMPLATES = { ButtonTemplates: { AddButton, RemoveButton } };
