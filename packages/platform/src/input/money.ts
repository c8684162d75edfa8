import { badUserInput } from '../errors.js';

/**
 * An amount of euros from a client, as whole cents (money is never stored as a binary fraction): BAD_USER_INPUT on
 * `field` when it is not a number, negative, above `maxEuros` or has fractions of a cent.
 */
export function readEuros(value: number, field: string, maxEuros: number): number {
  if (!Number.isFinite(value) || value < 0 || value > maxEuros) {
    throw badUserInput(`${field} must be between 0 and ${maxEuros} euros`, field);
  }
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6) throw badUserInput(`${field} must be in whole cents`, field);
  return cents;
}

/** `readEuros` for an optional amount: null stays null. */
export function readOptionalEuros(value: number | null | undefined, field: string, maxEuros: number): number | null {
  return value == null ? null : readEuros(value, field, maxEuros);
}

/** `readEuros` for an amount that must be more than 0 (a pay, a guarantee, a claim): BAD_USER_INPUT for 0 too. */
export function readPositiveEuros(value: number, field: string, maxEuros: number): number {
  const cents = readEuros(value, field, maxEuros);
  if (cents === 0) throw badUserInput(`${field} must be more than 0`, field);
  return cents;
}
