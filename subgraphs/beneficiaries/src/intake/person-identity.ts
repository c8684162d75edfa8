/**
 * A name as compared for duplicates: case, accents, punctuation and spacing do not matter ("Traoré" is
 * "TRAORE", "Al-Hassan" is "al hassan").
 */
export function normalisedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface PersonIdentity {
  givenName: string;
  familyName: string;
  birthDate: string;
  citizenship: string;
  codiceFiscale: string | null;
}

export type DuplicateRule = 'CODICE_FISCALE' | 'NAME_BIRTH_DATE_CITIZENSHIP';

/** Whether two records describe the same person, and by which rule; null when they do not. */
export function samePerson(a: PersonIdentity, b: PersonIdentity): DuplicateRule | null {
  if (a.codiceFiscale && a.codiceFiscale === b.codiceFiscale) return 'CODICE_FISCALE';
  if (
    a.birthDate === b.birthDate &&
    a.citizenship === b.citizenship &&
    normalisedName(a.givenName) === normalisedName(b.givenName) &&
    normalisedName(a.familyName) === normalisedName(b.familyName)
  ) {
    return 'NAME_BIRTH_DATE_CITIZENSHIP';
  }
  return null;
}
