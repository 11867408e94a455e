/**
 * The ranking's part of the summary and the receipt: the provisional score
 * with its breakdown per criterion, the places, the tie-breakers and when
 * the list is published.
 */
import type { TieBreaker } from '../../runtime/ranking';
import { formatRomeDateLong, parseRomeDate } from '../../runtime/romeTime';
import type { PatternReceipt, ReceiptRow } from '../shared/citizenOutputs';

export const pointsText = (n: number): string => `${n.toLocaleString('it-IT')} ${n === 1 ? 'punto' : 'punti'}`;

function longDate(date: string | null): string | undefined {
  if (!date) return undefined;
  try {
    parseRomeDate(date);
    return formatRomeDateLong(date);
  } catch {
    return undefined;
  }
}

export interface RankingReceiptInput {
  title: string;
  total: number;
  breakdown: Array<{ label: string; points: number }>;
  places: number;
  waitingList: boolean;
  publicationDate: string | null;
  tieBreakers: readonly TieBreaker[];
}

export function rankingReceipt(r: RankingReceiptInput): PatternReceipt {
  const rows: ReceiptRow[] = [];
  if (r.places > 0) rows.push({ label: 'Posti disponibili', value: r.places.toLocaleString('it-IT'), settings: true });
  const ties = r.tieBreakers.map((t) => t.label).filter(Boolean);
  if (ties.length) rows.push({ label: 'A parità di punteggio', value: ties.join(', poi '), settings: true });
  if (r.waitingList) rows.push({ label: 'Lista d’attesa', value: 'Sì: chi non rientra nei posti resta in lista d’attesa', settings: true });
  const published = longDate(r.publicationDate);
  if (published) rows.push({ label: 'Pubblicazione della graduatoria', value: published, settings: true });
  return {
    title: r.title,
    headline: { label: 'Punteggio provvisorio', value: pointsText(r.total) },
    rows,
    ...(r.breakdown.length
      ? {
          table: {
            caption: 'Punteggio per criterio',
            columns: ['Criterio', 'Punti'],
            rows: r.breakdown.map((b) => ({ cells: [b.label, pointsText(b.points)] })),
            total: ['Totale', pointsText(r.total)],
          },
          tableFirst: true,
        }
      : {}),
    notes: ['Il punteggio è provvisorio: l’ufficio verifica le dichiarazioni prima di pubblicare la graduatoria.'],
  };
}
