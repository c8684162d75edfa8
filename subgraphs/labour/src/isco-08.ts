import { badUserInput } from '@shubh/platform';

/**
 * The 43 sub-major groups of ISCO-08 (ILO, 2012): a unit group's first two digits must be one of them, so "1999" or
 * "0400" is refused where "9333" (freight handlers) is taken.
 */
const SUB_MAJOR_GROUPS: ReadonlySet<string> = new Set(
  (
    '01 02 03 11 12 13 14 21 22 23 24 25 26 31 32 33 34 35 41 42 43 44 51 52 53 54 61 62 63 ' + '71 72 73 74 75 81 82 83 91 92 93 94 95 96'
  ).split(' '),
);

/** An ISCO-08 unit group: four digits under a real sub-major group (minor groups are numbered from 1); BAD_USER_INPUT on `field` otherwise. */
export function parseIscoUnitGroup(value: string, field: string): string {
  if (!/^[0-9]{4}$/.test(value) || !SUB_MAJOR_GROUPS.has(value.slice(0, 2)) || value[2] === '0') {
    throw badUserInput(`${field} must be an ISCO-08 unit group of four digits such as 9333, got ${JSON.stringify(value)}`, field);
  }
  return value;
}

/** The driving licence categories of the Italian (EU) licence. */
export const DRIVING_LICENCE_CATEGORIES: ReadonlySet<string> = new Set('AM A1 A2 A B BE C1 C1E C CE D1 D1E D DE'.split(' '));

export function parseDrivingLicence(value: string, field: string): string {
  const category = value.trim().toUpperCase();
  if (!DRIVING_LICENCE_CATEGORIES.has(category)) {
    throw badUserInput(
      `${field} must be a driving licence category (${[...DRIVING_LICENCE_CATEGORIES].join(', ')}), got ${JSON.stringify(value)}`,
      field,
    );
  }
  return category;
}
