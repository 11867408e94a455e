/**
 * Props of the "Richiesta di autorizzazione / permesso" pattern and their
 * schema. Defaults: the disabled parking badge (CUDE) as Sommacampagna and
 * Corbetta run it: ULSS/INPS certificate, photo, ID, registration document
 * for the ZTL; 5-year validity; URP answers within 30 days.
 */
import { acceptedTypesProp } from '../attachment/mimeTypes';
import { helpProp, labelProp } from '../shared/props';
import type { JsonSchema } from '../types';

/** A document the citizen must (or may) attach. */
export interface PermitDocument extends Record<string, unknown> {
  /** Answer key inside the permit's answer; derived from the label when absent. */
  key?: string;
  label: string;
  /** Accepted MIME types; empty = any file. */
  acceptedTypes: string[];
  maxSizeMb: number;
  required: boolean;
}

export interface PermitValidity extends Record<string, unknown> {
  kind: 'months' | 'permanent';
  /** With `kind: 'months'`: how long the permit lasts. */
  months?: number;
}

export interface PermitRenewal extends Record<string, unknown> {
  allowed: boolean;
  /** How to renew, in words shown to the citizen. */
  howTo?: string;
  /** Renewal can be asked from this many days before expiry. */
  daysBeforeExpiry?: number;
}

export interface PermitProps extends Record<string, unknown> {
  label: string;
  help?: string;
  documents: PermitDocument[];
  validity: PermitValidity;
  renewal: PermitRenewal;
  responsibleOffice: string;
  /** Maximum response time in calendar days (L. 241/1990). */
  maxResponseDays: number;
}

const PDF_IMAGES = ['application/pdf', 'image/jpeg', 'application/pkcs7-mime'];

export function defaultPermitProps(): PermitProps {
  return {
    label: 'Contrassegno di parcheggio per persone con disabilità (CUDE)',
    help: 'Allega i documenti richiesti: l’ufficio ti contatterà per il ritiro del contrassegno.',
    documents: [
      {
        key: 'certificato_medico',
        label: 'Certificato dell’ULSS o verbale INPS con ridotta capacità di deambulazione (art. 381 DPR 495/1992)',
        acceptedTypes: [...PDF_IMAGES],
        maxSizeMb: 10,
        required: true,
      },
      { key: 'fototessera', label: 'Fototessera recente', acceptedTypes: ['image/jpeg', 'image/png'], maxSizeMb: 5, required: true },
      { key: 'documento_identita', label: 'Documento d’identità', acceptedTypes: ['application/pdf', 'image/jpeg'], maxSizeMb: 5, required: true },
      {
        key: 'carta_circolazione',
        label: 'Carta di circolazione del veicolo (solo per l’accesso alla ZTL)',
        acceptedTypes: ['application/pdf', 'image/jpeg'],
        maxSizeMb: 5,
        required: false,
      },
    ],
    validity: { kind: 'months', months: 60 },
    renewal: {
      allowed: true,
      howTo: 'Per il rinnovo basta il certificato del medico curante che conferma le condizioni che hanno dato diritto al rilascio. Il contrassegno scaduto va restituito.',
      daysBeforeExpiry: 90,
    },
    responsibleOffice: 'Ufficio Relazioni con il Pubblico (URP)',
    maxResponseDays: 30,
  };
}

const documentSchema: JsonSchema = {
  type: 'object',
  required: ['label', 'acceptedTypes', 'maxSizeMb', 'required'],
  properties: {
    label: { type: 'string', title: 'Nome del documento', minLength: 1, maxLength: 300 },
    key: {
      type: 'string',
      title: 'Chiave (facoltativa)',
      description: 'Nome del dato nelle risposte; se vuota si ricava dal nome del documento',
      pattern: '^([a-z][a-z0-9_]*)?$',
      maxLength: 60,
    },
    acceptedTypes: acceptedTypesProp,
    maxSizeMb: { type: 'number', title: 'Dimensione massima (MB)', exclusiveMinimum: 0, maximum: 100 },
    required: { type: 'boolean', title: 'Obbligatorio' },
  },
};

export const permitPropsSchema: JsonSchema = {
  type: 'object',
  required: ['label', 'documents', 'validity', 'renewal', 'responsibleOffice', 'maxResponseDays'],
  properties: {
    label: { ...labelProp, title: 'Titolo della richiesta', description: 'Es. «Contrassegno di parcheggio per disabili»' },
    help: helpProp,
    documents: {
      type: 'array',
      title: 'Documenti richiesti',
      maxItems: 30,
      'x-widget': 'documents',
      items: documentSchema,
    },
    validity: {
      type: 'object',
      title: 'Validità del permesso',
      required: ['kind'],
      properties: {
        kind: {
          type: 'string',
          title: 'Durata',
          enum: ['months', 'permanent'],
          'x-enumNames': ['Per un numero di mesi', 'Permanente'],
        },
        months: { type: 'integer', title: 'Mesi di validità', minimum: 1, maximum: 1200, 'x-show-when': { kind: ['months'] } },
      },
    },
    renewal: {
      type: 'object',
      title: 'Rinnovo',
      required: ['allowed'],
      properties: {
        allowed: { type: 'boolean', title: 'Rinnovabile' },
        howTo: { type: 'string', title: 'Come si rinnova', maxLength: 2000, 'x-widget': 'textarea', 'x-show-when': { allowed: [true] } },
        daysBeforeExpiry: {
          type: 'integer',
          title: 'Si può chiedere da quanti giorni prima della scadenza',
          minimum: 0,
          maximum: 730,
          'x-show-when': { allowed: [true] },
        },
      },
    },
    responsibleOffice: { type: 'string', title: 'Ufficio responsabile', minLength: 1, maxLength: 200 },
    maxResponseDays: {
      type: 'integer',
      title: 'Tempo massimo di risposta (giorni)',
      description: 'Giorni di calendario dalla presentazione della domanda (L. 241/1990)',
      minimum: 0,
      maximum: 365,
    },
  },
};
