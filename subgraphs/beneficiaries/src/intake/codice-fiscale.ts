import { badUserInput } from '@shubh/platform';

/**
 * The shape of a codice fiscale for a natural person: 6 letters (surname, name), 2 year digits, a month
 * letter, 2 day digits, the place code (a letter and 3 digits), a check letter. Digits may be replaced by the
 * letters LMNPQRSTUV ("omocodia", when two people would otherwise share a code).
 */
export const CODICE_FISCALE_FORMAT = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Values of characters in odd positions (1st, 3rd, ... 15th), from the Ministry of Finance decree of 1976. */
const ODD_VALUES: Record<string, number> = Object.fromEntries(
  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23].flatMap((value, index) => {
    const letter = String.fromCharCode(65 + index);
    return index < 10
      ? [
          [letter, value],
          [String(index), value],
        ]
      : [[letter, value]];
  }),
);

/** Values in even positions: a digit is itself, a letter its place in the alphabet from 0. */
function evenValue(character: string): number {
  return /[0-9]/.test(character) ? Number(character) : character.charCodeAt(0) - 65;
}

/** The check character of the first 15 characters of a codice fiscale (upper case). */
export function codiceFiscaleCheckCharacter(first15: string): string {
  let sum = 0;
  for (let index = 0; index < 15; index += 1) {
    const character = first15[index]!;
    // Positions count from 1: index 0 is the first, odd, position.
    sum += index % 2 === 0 ? ODD_VALUES[character]! : evenValue(character);
  }
  return String.fromCharCode(65 + (sum % 26));
}

export type CodiceFiscaleProblem = { kind: 'format' } | { kind: 'check'; expected: string; found: string };

/** What is wrong with a (trimmed, upper-case) codice fiscale, or null when it is valid. */
export function codiceFiscaleProblem(code: string): CodiceFiscaleProblem | null {
  if (!CODICE_FISCALE_FORMAT.test(code)) return { kind: 'format' };
  const expected = codiceFiscaleCheckCharacter(code.slice(0, 15));
  const found = code[15]!;
  return expected === found ? null : { kind: 'check', expected, found };
}

/**
 * A codice fiscale as stored (upper case, no spaces), or BAD_USER_INPUT naming `field` and saying whether the
 * format or the check character is wrong (the latter is almost always a typing error).
 */
export function parseCodiceFiscale(value: string, field: string): string {
  const code = value.replace(/\s+/g, '').toUpperCase();
  const problem = codiceFiscaleProblem(code);
  if (problem?.kind === 'format') {
    throw badUserInput(
      `${field} has the wrong format: a codice fiscale is 16 characters shaped like RSSMRA85T10A562S ` +
        '(6 letters, 2 digits, a month letter, 2 digits, a letter and 3 digits, a check letter)',
      field,
    );
  }
  if (problem?.kind === 'check') {
    throw badUserInput(
      `${field} has a wrong check character: the last character should be ${problem.expected}, not ${problem.found}; ` +
        'one of the characters was probably mistyped',
      field,
    );
  }
  return code;
}
