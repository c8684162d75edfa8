import { ConfigurationError } from '@shubh/platform';

/**
 * The minimum monthly allowance (indennità di partecipazione) of an extracurricular traineeship, per region. Each
 * region sets its own in its rules implementing the State-Regions guidelines of 25 May 2017, which fix a national
 * floor of 300 euros gross a month. This file holds the defaults the hub ships with; an administrator checks them
 * against the regional decrees in force and overrides any of them with `TRAINEESHIP_MINIMUM_ALLOWANCES_EUROS`
 * (`PIEMONTE=600,LAZIO=800`): a region neither listed here nor there has the national floor.
 */
export const DEFAULT_MINIMUM_ALLOWANCE_EUROS: Readonly<Partial<Record<Region, number>>> = Object.freeze({
  PIEMONTE: 600,
  PUGLIA: 450,
  LAZIO: 800,
});

/** The national floor of the 2017 guidelines: what a region without a minimum of its own is held to. */
export const NATIONAL_MINIMUM_ALLOWANCE_EUROS = 300;

export const REGIONS = [
  'ABRUZZO',
  'BASILICATA',
  'CALABRIA',
  'CAMPANIA',
  'EMILIA_ROMAGNA',
  'FRIULI_VENEZIA_GIULIA',
  'LAZIO',
  'LIGURIA',
  'LOMBARDIA',
  'MARCHE',
  'MOLISE',
  'PIEMONTE',
  'PUGLIA',
  'SARDEGNA',
  'SICILIA',
  'TOSCANA',
  'TRENTINO_ALTO_ADIGE',
  'UMBRIA',
  'VALLE_D_AOSTA',
  'VENETO',
] as const;
export type Region = (typeof REGIONS)[number];

const PROVINCES_OF: Record<Region, string> = {
  ABRUZZO: 'AQ CH PE TE',
  BASILICATA: 'MT PZ',
  CALABRIA: 'CS CZ KR RC VV',
  CAMPANIA: 'AV BN CE NA SA',
  EMILIA_ROMAGNA: 'BO FC FE MO PC PR RA RE RN',
  FRIULI_VENEZIA_GIULIA: 'GO PN TS UD',
  LAZIO: 'FR LT RI RM VT',
  LIGURIA: 'GE IM SP SV',
  LOMBARDIA: 'BG BS CO CR LC LO MB MI MN PV SO VA',
  MARCHE: 'AN AP FM MC PU',
  MOLISE: 'CB IS',
  PIEMONTE: 'AL AT BI CN NO TO VB VC',
  PUGLIA: 'BA BR BT FG LE TA',
  SARDEGNA: 'CA CI NU OG OR OT SS SU VS',
  SICILIA: 'AG CL CT EN ME PA RG SR TP',
  TOSCANA: 'AR FI GR LI LU MS PI PO PT SI',
  TRENTINO_ALTO_ADIGE: 'BZ TN',
  UMBRIA: 'PG TR',
  VALLE_D_AOSTA: 'AO',
  VENETO: 'BL PD RO TV VE VI VR',
};

const REGION_OF_PROVINCE: ReadonlyMap<string, Region> = new Map(
  REGIONS.flatMap((region) => PROVINCES_OF[region].split(' ').map((province) => [province, region] as const)),
);

/** The region a province (a code `parseProvince` accepted) belongs to. */
export function regionOf(province: string): Region {
  const region = REGION_OF_PROVINCE.get(province);
  if (!region) throw new Error(`No region for the province ${province}`);
  return region;
}

type Env = Record<string, string | undefined>;

/**
 * The minimum monthly allowance in cents for a traineeship hosted in `province`: the override, else the default of
 * this file, else the national floor. Read on every use, so that a test or an operator's change applies at once;
 * a malformed override is a ConfigurationError naming the variable.
 */
export function minimumAllowanceCents(province: string, env: Env = process.env): { region: Region; cents: number } {
  const region = regionOf(province);
  const overrides = new Map<string, number>();
  for (const entry of (env.TRAINEESHIP_MINIMUM_ALLOWANCES_EUROS ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, euros] = entry.split('=').map((part) => part.trim());
    const amount = Number(euros);
    if (!name || !(REGIONS as readonly string[]).includes(name) || !Number.isInteger(amount) || amount <= 0) {
      throw new ConfigurationError(`TRAINEESHIP_MINIMUM_ALLOWANCES_EUROS must be a list like "PIEMONTE=600,LAZIO=800", got "${entry}"`);
    }
    overrides.set(name, amount);
  }
  const euros = overrides.get(region) ?? DEFAULT_MINIMUM_ALLOWANCE_EUROS[region] ?? NATIONAL_MINIMUM_ALLOWANCE_EUROS;
  return { region, cents: euros * 100 };
}
