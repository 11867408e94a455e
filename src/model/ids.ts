/** Stable identifiers for services, steps, nodes and other entities. */
export type IdGenerator = () => string;

/** A random id (UUID v4 without dashes is not needed: ids allow dashes). */
export const newId: IdGenerator = () => globalThis.crypto.randomUUID();
