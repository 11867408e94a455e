/**
 * Italian texts of rjsf's own interface (buttons, error list title, …).
 * Pass as `<Form translateString={…}>`; English falls back to rjsf's strings.
 */
import { englishStringTranslator, replaceStringParameters, TranslatableString } from '@rjsf/utils';

const it: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: 'Elemento',
  [TranslatableString.MissingItems]: 'Definizione degli elementi mancante',
  [TranslatableString.EmptyArray]: 'Nessun elemento. Usa il pulsante qui sotto per aggiungerne uno.',
  [TranslatableString.YesLabel]: 'Sì',
  [TranslatableString.NoLabel]: 'No',
  [TranslatableString.CloseLabel]: 'Chiudi',
  [TranslatableString.ErrorsLabel]: 'Da correggere',
  [TranslatableString.NewStringDefault]: 'Nuovo valore',
  [TranslatableString.AddButton]: 'Aggiungi',
  [TranslatableString.AddItemButton]: 'Aggiungi',
  [TranslatableString.CopyButton]: 'Copia',
  [TranslatableString.MoveDownButton]: 'Sposta giù',
  [TranslatableString.MoveUpButton]: 'Sposta su',
  [TranslatableString.RemoveButton]: 'Rimuovi',
  [TranslatableString.NowLabel]: 'Adesso',
  [TranslatableString.ClearLabel]: 'Cancella',
  [TranslatableString.AriaDateLabel]: 'Scegli una data',
  [TranslatableString.PreviewLabel]: 'Anteprima',
  [TranslatableString.DecrementAriaLabel]: 'Diminuisci di 1',
  [TranslatableString.IncrementAriaLabel]: 'Aumenta di 1',
  [TranslatableString.OptionalObjectAdd]: 'Aggiungi i dati facoltativi',
  [TranslatableString.OptionalObjectRemove]: 'Rimuovi i dati facoltativi',
  [TranslatableString.OptionalObjectEmptyMsg]: 'Nessun dato facoltativo',
  [TranslatableString.Type]: 'Tipo',
  [TranslatableString.Value]: 'Valore',
  [TranslatableString.ClearButton]: 'svuota il campo',
  [TranslatableString.UnknownFieldType]: 'Tipo di campo sconosciuto %1',
  [TranslatableString.OptionPrefix]: 'Opzione %1',
  [TranslatableString.TitleOptionPrefix]: '%1 opzione %2',
  [TranslatableString.UnsupportedField]: 'Campo non supportato.',
  [TranslatableString.FilesInfo]: '**%1** (%2, %3 byte)',
};

/** rjsf `translateString` for the Italian citizen interface. */
export function italianStringTranslator(key: TranslatableString, params?: string[]): string {
  const text = it[key];
  return text ? replaceStringParameters(text, params) : englishStringTranslator(key, params);
}

/** The translator for a language ('en' and unknown languages: rjsf's English). */
export function stringTranslatorFor(language: string | undefined) {
  return language === 'en' ? englishStringTranslator : italianStringTranslator;
}
