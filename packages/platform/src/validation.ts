import { badUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: string): boolean {
  return UUID.test(value);
}

/** Every id in the hub is a UUID; checking it here keeps malformed ids away from SQL. */
export function parseId(value: string, field: string): string {
  if (!isId(value)) throw badUserInput(`${field} must be an id (a UUID), got ${JSON.stringify(value)}`, field);
  return value.toLowerCase();
}

/**
 * Italian province codes (sigle automobilistiche), including the Sardinian codes revived by the 2025 reform.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  (
    'AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CI CL CN CO CR CS CT CZ EN FC FE FG FI ' +
    'FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OG OR OT PA PC PD PE PG PI PN ' +
    'PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE ' +
    'VI VR VS VT VV'
  ).split(' '),
);

export function parseProvince(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!PROVINCE_CODES.has(code)) {
    throw badUserInput(`${field} must be an Italian province code such as TO or BA, got ${JSON.stringify(value)}`, field);
  }
  return code;
}
