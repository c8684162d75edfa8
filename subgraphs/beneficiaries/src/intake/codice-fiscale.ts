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

/**
 * The provisional codice fiscale the Agenzia delle Entrate gives through the Questura to asylum seekers: 11 digits,
 * the last a check digit (the algorithm of the partita IVA). Many protection holders still carry one.
 */
export const PROVISIONAL_CODICE_FISCALE_FORMAT = /^[0-9]{11}$/;

/** The check digit of the first 10 digits of a provisional codice fiscale. */
export function provisionalCheckDigit(first10: string): string {
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const digit = Number(first10[index]);
    // Odd positions (from 1) count as they are, even ones doubled with their digits summed.
    sum += index % 2 === 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  }
  return String((10 - (sum % 10)) % 10);
}

// The letters a month is written with (A January ... T December), and omocodia's digit letters decoded.
const MONTH_LETTERS = 'ABCDEHLMPRST';
const OMOCODIA = 'LMNPQRSTUV';
function decodedDigits(characters: string): number {
  return Number(
    [...characters].map((character) => (OMOCODIA.includes(character) ? String(OMOCODIA.indexOf(character)) : character)).join(''),
  );
}

export type CodiceFiscaleProblem =
  { kind: 'format' } | { kind: 'month' } | { kind: 'day' } | { kind: 'check'; expected: string; found: string };

/** What is wrong with a (trimmed, upper-case) codice fiscale, 16 characters or 11 provisional digits, or null when it is valid. */
export function codiceFiscaleProblem(code: string): CodiceFiscaleProblem | null {
  if (PROVISIONAL_CODICE_FISCALE_FORMAT.test(code)) {
    const expected = provisionalCheckDigit(code.slice(0, 10));
    return expected === code[10] ? null : { kind: 'check', expected, found: code[10]! };
  }
  if (!CODICE_FISCALE_FORMAT.test(code)) return { kind: 'format' };
  if (!MONTH_LETTERS.includes(code[8]!)) return { kind: 'month' };
  // The day of birth, plus 40 for women.
  const day = decodedDigits(code.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return { kind: 'day' };
  const expected = codiceFiscaleCheckCharacter(code.slice(0, 15));
  const found = code[15]!;
  return expected === found ? null : { kind: 'check', expected, found };
}

/**
 * A codice fiscale as stored (upper case, no spaces), or BAD_USER_INPUT naming `field` and saying whether the
 * format, the month, the day or the check character is wrong (the latter is almost always a typing error).
 */
export function parseCodiceFiscale(value: string, field: string): string {
  const code = value.replace(/\s+/g, '').toUpperCase();
  const problem = codiceFiscaleProblem(code);
  if (problem?.kind === 'format') {
    throw badUserInput(
      `${field} has the wrong format: a codice fiscale is 16 characters shaped like RSSMRA85T10A562S ` +
        '(6 letters, 2 digits, a month letter, 2 digits, a letter and 3 digits, a check letter), ' +
        'or a provisional one of 11 digits',
      field,
    );
  }
  if (problem?.kind === 'month') {
    throw badUserInput(`${field} has no month at its 9th character: the month letters are ${MONTH_LETTERS.split('').join(', ')}`, field);
  }
  if (problem?.kind === 'day') {
    throw badUserInput(`${field} has no day at its 10th and 11th characters: 01 to 31, or 41 to 71 for a woman`, field);
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
