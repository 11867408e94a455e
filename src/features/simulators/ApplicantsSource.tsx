/**
 * Where the simulated applications come from: a CSV file (chosen or dropped)
 * or N generated ones. A file with any problem is rejected whole, with the
 * list of problems by line, and the previous applications stay loaded.
 */
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applicantsFromCsv, applicantsToCsv } from './applicantsCsv';
import { CsvError, type CsvIssue } from './csv';
import { downloadText } from './download';
import { generateApplicants, MAX_GENERATED } from './generateApplicants';
import type { Applicant, SimulatorField } from './types';
import { useFormat } from './useFormat';

export interface ApplicantsSourceProps {
  fields: SimulatorField[];
  window: { opensAt: string; closesAt: string };
  /** The applications loaded now, if any (to offer them as CSV). */
  applicants: Applicant[] | null;
  onLoad: (applicants: Applicant[]) => void;
  /** Disabled while a simulation runs. */
  disabled?: boolean;
}

type Notice = { kind: 'ok'; text: string; extra?: string } | { kind: 'error'; name: string; issues: CsvIssue[] };

/**
 * UTF-8 first; a file that is not valid UTF-8 is most likely Excel's
 * "CSV (separato da ;)" in Windows-1252, where "à" is one byte.
 */
async function readText(file: File): Promise<string> {
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('lettura non riuscita'));
    reader.readAsArrayBuffer(file);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function ApplicantsSource({ fields, window, applicants, onLoad, disabled = false }: ApplicantsSourceProps) {
  const { t } = useTranslation('simulators');
  const format = useFormat();
  const id = useId();
  const [count, setCount] = useState('1000');
  const [seed, setSeed] = useState('2027');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const countValue = Number(count);
  const countValid = Number.isInteger(countValue) && countValue >= 1 && countValue <= MAX_GENERATED;

  async function loadFile(file: File) {
    try {
      const text = await readText(file);
      if (text.includes('\u0000')) throw new CsvError([{ line: 1, message: t('source.notCsv') }]);
      const result = applicantsFromCsv(text, fields);
      onLoad(result.applicants);
      setNotice({
        kind: 'ok',
        text: t('source.loadedFile', { count: format.number(result.applicants.length), name: file.name }),
        ...(result.unknownColumns.length > 0 && { extra: t('source.unknownColumns', { columns: result.unknownColumns.join(', ') }) }),
      });
    } catch (error) {
      const issues = error instanceof CsvError ? error.issues : [{ line: 1, message: error instanceof Error ? error.message : String(error) }];
      setNotice({ kind: 'error', name: file.name, issues });
    }
  }

  function generate() {
    if (!countValid) return;
    setBusy(true);
    // Let "busy" paint before the (short) synchronous generation.
    setTimeout(() => {
      const n = Number(count);
      const s = Number(seed) || 0;
      onLoad(generateApplicants(fields, { count: n, seed: s, window }));
      setNotice({ kind: 'ok', text: t('source.loadedGenerated', { count: format.number(n), seed: s }) });
      setBusy(false);
    }, 0);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) void loadFile(file);
  }

  function download() {
    const rows = applicants ?? generateApplicants(fields, { count: 3, seed: Number(seed) || 0, window });
    downloadText(applicants ? 'domande.csv' : 'modello-domande.csv', applicantsToCsv(rows, fields));
  }

  const off = disabled || busy;
  return (
    <section className="sim-source" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('source.heading')}</h3>
      <div className="sim-source-options">
        <div
          className={`sim-drop${dragging ? ' sim-drop-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            if (!off) setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="sim-drop"
        >
          <label htmlFor={`${id}-file`} className="sim-drop-label">{t('source.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv,text/plain"
            disabled={off}
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file can be chosen again after fixing it
              if (file) void loadFile(file);
            }}
          />
          <span className="sim-drop-hint" aria-hidden="true">{dragging ? t('source.dropActive') : t('source.drop')}</span>
          <span id={`${id}-file-hint`} className="field-hint">{t('source.fileHint')}</span>
        </div>
        <div className="sim-generate">
          <div className="field">
            <label htmlFor={`${id}-count`}>{t('source.count')}</label>
            <input
              id={`${id}-count`}
              type="number"
              min={1}
              max={MAX_GENERATED}
              step={1}
              value={count}
              aria-invalid={!countValid}
              aria-describedby={countValid ? undefined : `${id}-count-error`}
              onChange={(e) => setCount(e.target.value)}
            />
            {!countValid && <span id={`${id}-count-error`} className="field-error">{t('source.invalidCount', { max: format.number(MAX_GENERATED) })}</span>}
          </div>
          <div className="field sim-seed">
            <label htmlFor={`${id}-seed`}>{t('source.seed')}</label>
            <input id={`${id}-seed`} type="number" step={1} value={seed} aria-describedby={`${id}-seed-hint`} onChange={(e) => setSeed(e.target.value)} />
            <span id={`${id}-seed-hint`} className="field-hint">{t('source.seedHint')}</span>
          </div>
          <button type="button" className="btn btn-primary" onClick={generate} disabled={off || !countValid} aria-busy={busy}>
            {t('source.generate', { count: countValid ? format.number(countValue) : '…' })}
          </button>
        </div>
      </div>
      <div className="sim-source-footer">
        <div aria-live="polite" className="sim-source-status">
          {notice?.kind === 'ok' && (
            <p className="sim-loaded">
              {notice.text}
              {notice.extra && <span className="field-hint"> {notice.extra}</span>}
            </p>
          )}
        </div>
        <button type="button" className="btn btn-small" onClick={download} disabled={off}>
          {applicants ? t('source.exportApplicants') : t('source.template')}
        </button>
      </div>
      {notice?.kind === 'error' && (
        <div className="notice notice-error" role="alert">
          <p className="sim-error-title">{t('source.errorTitle', { name: notice.name })}</p>
          <ul>
            {notice.issues.map((issue, i) => (
              <li key={i}>{`Riga ${issue.line}: ${issue.message}`}</li>
            ))}
          </ul>
          <p>{t('source.errorMore')}</p>
        </div>
      )}
    </section>
  );
}
