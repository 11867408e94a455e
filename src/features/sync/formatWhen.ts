/** A date and time as the official reads it, in the UI language: «26/11/2026, 14:05». */
export function formatWhen(at: number | string | undefined | null, language: string): string {
  if (at === undefined || at === null) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
