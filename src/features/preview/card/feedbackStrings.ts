/**
 * The page-feedback widget's texts. The Italian ones are those of the
 * Designers Italia "Modello Comuni", word for word: the national checker
 * compares the title, the two questions and the answers with them.
 */
export interface FeedbackStrings {
  title: string;
  rateLegend: string;
  rate: (stars: number) => string;
  negativeQuestion: string;
  negativeAnswers: string[];
  positiveQuestion: string;
  positiveAnswers: string[];
  detailsLabel: string;
  detailsHint: string;
  send: string;
  thanks: string;
}

const it: FeedbackStrings = {
  title: 'Quanto sono chiare le informazioni su questa pagina?',
  rateLegend: 'Valuta da 1 a 5 stelle la chiarezza della pagina',
  rate: (stars) => `Valuta ${stars} ${stars === 1 ? 'stella' : 'stelle'} su 5`,
  negativeQuestion: 'Dove hai incontrato le maggiori difficoltà?',
  negativeAnswers: [
    'A volte le indicazioni non erano chiare',
    'A volte le indicazioni non erano complete',
    'A volte non capivo se stavo procedendo correttamente',
    'Ho avuto problemi tecnici',
    'Altro',
  ],
  positiveQuestion: 'Quali sono stati gli aspetti che hai preferito?',
  positiveAnswers: [
    'Le indicazioni erano chiare',
    'Le indicazioni erano complete',
    'Capivo sempre che stavo procedendo correttamente',
    'Non ho avuto problemi tecnici',
    'Altro',
  ],
  detailsLabel: 'Vuoi aggiungere altri dettagli?',
  detailsHint: 'Inserire massimo 200 caratteri',
  send: 'Invia',
  thanks: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!',
};

const en: FeedbackStrings = {
  title: 'How clear is the information on this page?',
  rateLegend: 'Rate the clarity of this page from 1 to 5 stars',
  rate: (stars) => `Rate ${stars} ${stars === 1 ? 'star' : 'stars'} out of 5`,
  negativeQuestion: 'Where did you have the most difficulty?',
  negativeAnswers: [
    'Sometimes the directions were not clear',
    'Sometimes the directions were not complete',
    'Sometimes I could not tell whether I was doing it right',
    'I had technical problems',
    'Other',
  ],
  positiveQuestion: 'What did you like best?',
  positiveAnswers: ['The directions were clear', 'The directions were complete', 'I always knew I was doing it right', 'I had no technical problems', 'Other'],
  detailsLabel: 'Would you like to add more details?',
  detailsHint: 'At most 200 characters',
  send: 'Send',
  thanks: 'Thank you, your opinion will help us improve the service!',
};

export function feedbackStrings(language: string): FeedbackStrings {
  return language.startsWith('en') ? en : it;
}

/** Ratings up to this value ask what went wrong; above it, what went well (as the model does). */
export const NEGATIVE_UP_TO = 3;
