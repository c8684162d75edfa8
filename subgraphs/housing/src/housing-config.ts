import { ConfigurationError, PROVINCE_CODES, readInteger, readString } from '@shubh/platform';

/** The housing measures' configuration: the rent-share ceiling, the programme's end and each province's fund. */
export interface HousingConfig {
  /** Rent plus charges as a share of the income available for rent, at most (0.35: 35%). */
  rentShareCeiling: number;
  /** The last day of the programme: no rent guarantee runs beyond it (ISO date). */
  programmeEndDate: string;
  /** Each province's rent-guarantee fund, in cents; a province not listed has `defaultFundCents`. */
  fundCents: ReadonlyMap<string, number>;
  defaultFundCents: number;
}

type Env = Record<string, string | undefined>;

/**
 * Read on every use (the variables are few and cheap to parse), so that a changed environment applies without a
 * restart and each test can set its own. A malformed value is a ConfigurationError naming the variable.
 */
export function housingConfig(env: Env = process.env): HousingConfig {
  const ceilingPercent = readInteger(env, 'HOUSING_RENT_SHARE_CEILING_PERCENT', 35, { min: 1, max: 100 });
  const programmeEndDate = readString(env, 'PROGRAMME_END_DATE', '2027-12-31');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(programmeEndDate) || Number.isNaN(Date.parse(programmeEndDate))) {
    throw new ConfigurationError(`PROGRAMME_END_DATE must be a date (YYYY-MM-DD), got "${programmeEndDate}"`);
  }
  const fundCents = new Map<string, number>();
  for (const entry of (env.RENT_GUARANTEE_FUNDS_EUROS ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [province, euros] = entry.split('=').map((part) => part.trim());
    const amount = Number(euros);
    if (!province || !PROVINCE_CODES.has(province) || !Number.isInteger(amount) || amount < 0) {
      throw new ConfigurationError(`RENT_GUARANTEE_FUNDS_EUROS must be a list like "TO=60000,BA=40000", got "${entry}"`);
    }
    fundCents.set(province, amount * 100);
  }
  const defaultFundCents = readInteger(env, 'RENT_GUARANTEE_DEFAULT_FUND_EUROS', 20_000, { min: 0, max: 100_000_000 }) * 100;
  return { rentShareCeiling: ceilingPercent / 100, programmeEndDate, fundCents, defaultFundCents };
}

/** The fund of one province, in cents. */
export function fundOf(config: HousingConfig, province: string): number {
  return config.fundCents.get(province) ?? config.defaultFundCents;
}
