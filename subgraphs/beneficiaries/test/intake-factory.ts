import { addDays, todayInItaly } from '@shubh/platform';
import { codiceFiscaleCheckCharacter } from '../src/intake/codice-fiscale.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const pick = (alphabet: string) => alphabet[Math.floor(Math.random() * alphabet.length)]!;
const letters = (n: number) => Array.from({ length: n }, () => pick(LETTERS)).join('');
const digits = (n: number) => Array.from({ length: n }, () => pick('0123456789')).join('');

/** A well-formed codice fiscale nobody else has (tests share one database). */
export function randomCodiceFiscale(): string {
  // A real day of birth (01-28), as the codice fiscale's check of month and day requires.
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const first15 = `${letters(6)}${digits(2)}${pick('ABCDEHLMPRST')}${day}Z${digits(3)}`;
  return first15 + codiceFiscaleCheckCharacter(first15);
}

/** A family name nobody else has, with an accent, so that duplicate detection has something to ignore. */
export function uniqueFamilyName(): string {
  return `Traoré ${letters(8).toLowerCase()}`;
}

/** A valid referral to `integraCornerId`; every field can be overridden. */
export function intakeInput(integraCornerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source: 'RECEPTION_MANAGING_BODY',
    referringOrganisationId: crypto.randomUUID(),
    integraCornerId,
    givenName: 'Mariam',
    familyName: uniqueFamilyName(),
    birthDate: '2000-06-27',
    citizenship: 'CI',
    protectionStatus: 'REFUGEE',
    receptionType: 'SAI',
    receptionExitDate: addDays(todayInItaly(), -60),
    province: 'TO',
    contact: '+39 333 1234567',
    ...overrides,
  };
}
