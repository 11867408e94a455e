/**
 * The OpenAPI 3.1 document of the sync API, served at /api/v1/openapi.json.
 * Written by hand from `src/model/api.ts` (the contract); the definition's
 * schema is the published one, from the same TypeBox source as the app's.
 * A test checks that every route the server registers is described here.
 */
import { API_BASE } from '../../src/model';
import { publishedSchema } from '../../src/model/schema';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref('ApiError')) });
const etagHeader = { ETag: { description: 'La revisione sul server, es. "3".', schema: { type: 'string' } } };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Id del servizio' };
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'La revisione su cui si basa la modifica (ETag), es. "3".',
};
const common = {
  '401': error('Token assente o non valido (unauthorized).'),
};

const role = { type: 'string', enum: ['official', 'technical'] };

const schemas = {
  ServiceDefinition: (() => {
    const { $schema: _dialect, ...schema } = publishedSchema() as Record<string, unknown>;
    return schema;
  })(),
  Issue: {
    type: 'object',
    required: ['path', 'message'],
    properties: { path: { type: 'string', description: 'JSON Pointer' }, message: { type: 'string' } },
  },
  ForbiddenOption: {
    type: 'object',
    required: ['path', 'label'],
    properties: { path: { type: 'string' }, label: { type: 'string' } },
  },
  ApiError: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: {
        type: 'string',
        enum: ['unauthorized', 'forbidden-option', 'not-found', 'deleted', 'exists', 'stale', 'precondition-required', 'invalid', 'too-large', 'internal'],
      },
      message: { type: 'string', description: 'In italiano, nomina ciò che non va.' },
      issues: { type: 'array', items: ref('Issue') },
      options: { type: 'array', items: ref('ForbiddenOption') },
      current: { ...ref('ServiceDefinition'), description: '409/412: la copia del server; assente se sul server il servizio è eliminato.' },
      revision: { type: 'integer', description: '409/410/412: la revisione sul server.' },
    },
  },
  WhoAmI: { type: 'object', required: ['user', 'role'], properties: { user: { type: 'string' }, role } },
  ServiceListItem: {
    type: 'object',
    required: ['id', 'title', 'status', 'revision', 'savedAt', 'savedBy', 'role', 'deleted'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'string' },
      revision: { type: 'integer' },
      savedAt: { type: 'string', format: 'date-time' },
      savedBy: { type: 'string' },
      role,
      deleted: { type: 'boolean' },
    },
  },
  ServiceListResponse: { type: 'object', required: ['services'], properties: { services: { type: 'array', items: ref('ServiceListItem') } } },
  RevisionInfo: {
    type: 'object',
    required: ['revision', 'action', 'savedAt', 'savedBy', 'role'],
    properties: {
      revision: { type: 'integer' },
      action: { type: 'string', enum: ['create', 'update', 'delete'] },
      savedAt: { type: 'string', format: 'date-time' },
      savedBy: { type: 'string' },
      role,
    },
  },
  RevisionListResponse: {
    type: 'object',
    required: ['serviceId', 'revisions'],
    properties: { serviceId: { type: 'string' }, revisions: { type: 'array', items: ref('RevisionInfo') } },
  },
};

const definitionBody = { required: true, content: json(ref('ServiceDefinition')) };
const definitionAnswer = (description: string) => ({ description, headers: etagHeader, content: json(ref('ServiceDefinition')) });

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mattoncini — API di sincronizzazione',
      version: '1.0.0',
      description:
        'Server di riferimento: servizi con revisioni, ETag/If-Match, ruoli (funzionario, responsabile tecnico). Ogni errore è un ApiError con un messaggio in italiano.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas,
    },
    paths: {
      [`${API_BASE}/openapi.json`]: {
        get: { summary: 'Questo documento', security: [], responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
      '/schema/service-definition.v1.json': {
        get: {
          summary: 'Lo JSON Schema della definizione di servizio (formato 1)',
          security: [],
          responses: { '200': { description: 'JSON Schema draft-07', content: { 'application/schema+json': { schema: { type: 'object' } } } } },
        },
      },
      [`${API_BASE}/me`]: {
        get: { summary: 'Chi è il titolare del token', responses: { '200': { description: 'Utente e ruolo', content: json(ref('WhoAmI')) }, ...common } },
      },
      [`${API_BASE}/services`]: {
        get: {
          summary: 'Elenco dei servizi',
          parameters: [{ name: 'includeDeleted', in: 'query', schema: { type: 'boolean' }, description: 'Anche i servizi eliminati' }],
          responses: { '200': { description: 'Elenco', content: json(ref('ServiceListResponse')) }, ...common },
        },
        post: {
          summary: 'Crea un servizio (revisione 1)',
          requestBody: definitionBody,
          responses: {
            '201': { ...definitionAnswer('Creato'), headers: { ...etagHeader, Location: { schema: { type: 'string' } } } },
            ...common,
            '409': error('Id già usato (exists), con la copia del server in current.'),
            '413': error('Corpo troppo grande (too-large).'),
            '415': error('Il corpo non è JSON.'),
            '422': error('Definizione non valida (invalid), con gli errori e i loro percorsi JSON in issues.'),
          },
        },
      },
      [`${API_BASE}/services/{id}`]: {
        get: {
          summary: 'Un servizio',
          parameters: [idParam],
          responses: { '200': definitionAnswer('La definizione'), ...common, '404': error('Non esiste.'), '410': error('Eliminato (deleted), con la revisione.') },
        },
        put: {
          summary: 'Aggiorna un servizio (o lo ripristina se eliminato)',
          parameters: [idParam, ifMatch],
          requestBody: definitionBody,
          responses: {
            '200': definitionAnswer('Salvato: nuova revisione'),
            '400': error('If-Match illeggibile.'),
            ...common,
            '403': error('Un funzionario ha modificato opzioni riservate ai tecnici (forbidden-option): elencate in options; nulla è stato scritto.'),
            '404': error('Non esiste.'),
            '412': error('Revisione superata (stale): la copia del server in current e la sua revisione.'),
            '413': error('Corpo troppo grande (too-large).'),
            '415': error('Il corpo non è JSON.'),
            '422': error('Definizione non valida o id diverso da quello del percorso (invalid).'),
            '428': error('Manca If-Match (precondition-required).'),
          },
        },
        delete: {
          summary: 'Elimina un servizio (revisione di eliminazione)',
          parameters: [idParam, ifMatch],
          responses: {
            '204': { description: 'Eliminato', headers: etagHeader },
            '400': error('If-Match illeggibile.'),
            ...common,
            '404': error('Non esiste.'),
            '410': error('Già eliminato.'),
            '412': error('Revisione superata (stale).'),
            '428': error('Manca If-Match (precondition-required).'),
          },
        },
      },
      [`${API_BASE}/services/{id}/revisions`]: {
        get: {
          summary: 'Le revisioni di un servizio, dalla più recente: chi, con quale ruolo, quando',
          parameters: [idParam],
          responses: { '200': { description: 'Revisioni', content: json(ref('RevisionListResponse')) }, ...common, '404': error('Non esiste.') },
        },
      },
      [`${API_BASE}/services/{id}/revisions/{revision}`]: {
        get: {
          summary: 'Una revisione come fu salvata',
          parameters: [idParam, { name: 'revision', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            '200': definitionAnswer('La definizione di allora'),
            '400': error('Numero di revisione non valido.'),
            ...common,
            '404': error('Nessuna revisione con contenuto (inesistente o eliminazione).'),
          },
        },
      },
    },
  };
}
