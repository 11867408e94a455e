/**
 * The digital identity a simulated SPID/CIE login hands over: the attributes
 * SPID names (`name`, `familyName`, `fiscalNumber`, …), which compiled
 * applicant fields ask for through `x-prefill`.
 */
export interface CitizenIdentity {
  name: string;
  familyName: string;
  fiscalNumber: string;
  dateOfBirth?: string;
  placeOfBirth?: string;
  email?: string;
  mobilePhone?: string;
}

/** Test citizens for the simulated login (valid codici fiscali, fictitious people). */
export const DEMO_IDENTITIES: readonly CitizenIdentity[] = [
  {
    name: 'Mario',
    familyName: 'Rossi',
    fiscalNumber: 'RSSMRA85T10A182H',
    dateOfBirth: '1985-12-10',
    placeOfBirth: 'Alessandria',
    email: 'mario.rossi@example.it',
    mobilePhone: '3331234567',
  },
  {
    name: 'Giulia',
    familyName: 'Bianchi',
    fiscalNumber: 'BNCGLI92D43G702B',
    dateOfBirth: '1992-04-03',
    placeOfBirth: 'Pisa',
    email: 'giulia.bianchi@example.it',
    mobilePhone: '3479876543',
  },
];

/** "Mario Rossi". */
export function fullName(identity: Pick<CitizenIdentity, 'name' | 'familyName'>): string {
  return `${identity.name} ${identity.familyName}`.trim();
}
