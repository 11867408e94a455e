/**
 * A pattern's box as the citizen reads it on the summary, the receipt and
 * (live) on its step: the figure that matters, label / value lines, a table
 * (score breakdown, instalment plan, bands of a fine) and notes. Generic:
 * everything comes from the block's `compute().receipt`.
 */
import type { PatternReceipt, ReceiptTable } from '../../../blocks/shared/citizenOutputs';
import type { Translate } from '../translate';

export interface PatternReceiptBodyProps {
  receipt: PatternReceipt;
  t: Translate;
  /**
   * The live slot on a step: leave out the lines that repeat the citizen's
   * own answers (typed right there) and those the step's text already says.
   */
  hideEcho?: boolean;
  /** Announce the headline when it changes (the live slot on a step). */
  live?: boolean;
}

function ReceiptTableView({ table, t }: { table: ReceiptTable; t: Translate }) {
  return (
    <table className="table table-sm pattern-table mb-3">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th scope="col" key={i} className={i > 0 ? 'text-end' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i} className={row.current ? 'pattern-row-current' : undefined} aria-current={row.current ? 'true' : undefined}>
            {row.cells.map((cell, j) =>
              j === 0 ? (
                <th scope="row" key={j} className="fw-normal">
                  {cell}
                  {row.current && <span className="pattern-row-mark"> {t('citizen.patterns.yourRow')}</span>}
                </th>
              ) : (
                <td key={j} className="text-end text-nowrap">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {table.total && (
        <tfoot>
          <tr>
            {table.total.map((cell, j) =>
              j === 0 ? (
                <th scope="row" key={j}>
                  {cell}
                </th>
              ) : (
                <td key={j} className="text-end text-nowrap fw-semibold">
                  {cell}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export function PatternReceiptBody({ receipt, t, hideEcho = false, live = false }: PatternReceiptBodyProps) {
  const rows = hideEcho ? receipt.rows.filter((r) => !r.echo && !r.settings) : receipt.rows;
  const table = receipt.table && <ReceiptTableView table={receipt.table} t={t} />;
  return (
    <div className="pattern-receipt-body">
      {receipt.headline && (
        <p className="pattern-headline" data-testid="pattern-headline" role={live ? 'status' : undefined}>
          <span className="pattern-headline-label">{receipt.headline.label}:</span> <strong className="pattern-headline-value">{receipt.headline.value}</strong>
        </p>
      )}
      {receipt.warning && (
        <p className="alert alert-warning" role={live ? 'status' : undefined}>
          {receipt.warning}
        </p>
      )}
      {receipt.tableFirst && table}
      {rows.length > 0 && (
        <dl className="citizen-summary citizen-summary-nested pattern-rows mb-3">
          {rows.map((row, i) => (
            <div className="citizen-summary-row" key={i}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {!receipt.tableFirst && table}
      {receipt.notes?.map((note, i) => (
        <p className="text-paragraph-small text-secondary mb-2" key={i}>
          {note}
        </p>
      ))}
    </div>
  );
}

/** The box with its heading, for the receipt page. */
export function PatternReceiptBox({ receipt, t, headingLevel = 2, testId }: { receipt: PatternReceipt; t: Translate; headingLevel?: 2 | 3; testId?: string }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="citizen-box pattern-receipt mb-4" data-testid={testId} aria-label={receipt.title}>
      <div className="p-3 p-md-4">
        <Heading className="title-large-semi-bold mb-3">{receipt.title}</Heading>
        <PatternReceiptBody receipt={receipt} t={t} />
      </div>
    </section>
  );
}
