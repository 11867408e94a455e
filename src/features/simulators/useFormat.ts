/**
 * Numbers, euros and dates in the interface language (Italian: 10.000 and
 * 1.234,50 €). Formatters are built once per language: tables format
 * thousands of cells.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formatters for the current language. */
export interface Format {
  number: (n: number) => string;
  euro: (n: number) => string;
  /** Euros without cents, for chart axes. */
  euroRound: (n: number) => string;
  /** A date-time in Rome, short. */
  dateTime: (iso: string) => string;
  /** A calendar date "YYYY-MM-DD" as 15/04/2027. */
  date: (isoDate: string) => string;
  seconds: (ms: number) => string;
}

export function makeFormat(language: string): Format {
  const locale = language === 'en' ? 'en-GB' : 'it-IT';
  // CLDR leaves 4-digit Italian numbers ungrouped ("1000"); offices and their
  // spreadsheets write 1.000, and a column of 1000 next to 10.000 reads badly.
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' });
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', useGrouping: 'always' });
  const euroRound = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, useGrouping: 'always' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' });
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    number: (n) => number.format(n),
    euro: (n) => euro.format(n),
    euroRound: (n) => euroRound.format(n),
    dateTime: (iso) => {
      const t = Date.parse(iso);
      return Number.isNaN(t) ? '—' : dateTime.format(t);
    },
    date: (isoDate) => {
      const t = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(t) ? isoDate : date.format(t);
    },
    seconds: (ms) => seconds.format(ms / 1000),
  };
}

/** The formatters of the current interface language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = i18n.language ?? 'it';
  return useMemo(() => makeFormat(language), [language]);
}
