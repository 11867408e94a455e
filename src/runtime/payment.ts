/**
 * The computations of the "Pagamento" pattern, gathered: instalment plans,
 * the pagoPA notice-code check and traffic-fine amounts. Each lives in its
 * own module; this one only groups them for callers thinking "payment".
 */
export * from './instalments';
export * from './noticeCode';
export * from './fines';
