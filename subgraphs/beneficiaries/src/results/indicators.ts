import type { IndicatorUnit, ResultDimension, ResultIndicator } from '../generated/resolvers-types.js';

/** Employment statuses that count as "in employment". */
export const EMPLOYED_STATUSES = ['EMPLOYED', 'SELF_EMPLOYED'] as const;
/** Housing statuses that count as a tenancy or cohousing (the person holds or shares a lease, or lives in cohousing). */
export const TENANCY_STATUSES = ['SHARED_RENT', 'OWN_RENT', 'COHOUSING', 'SOCIAL_HOUSING'] as const;
/** Spells of labour.employment_spell that count as education or vocational training, and as a traineeship. */
export const EDUCATION_STATUSES = ['IN_TRAINING'] as const;
export const TRAINEESHIP_STATUSES = ['IN_TRAINEESHIP'] as const;
/** What a person reached at the after-exit follow-up said that counts as "in employment". */
export const AFTER_EXIT_EMPLOYED = ['EMPLOYED', 'SELF_EMPLOYED'] as const;
/** CEFR levels in order: a step is one level up. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** The programme's expected result: people reaching the autonomy outcome. */
export const AUTONOMY_PROGRAMME_TARGET = 295;

export interface IndicatorDefinition {
  unit: IndicatorUnit;
  name: string;
  definition: string;
}

/**
 * Every indicator, with its written definition (the schema and the report show these words). "In the period" is
 * from the period's first day to its last, both included; the cumulative value counts from the first record up to
 * the period's last day. A person is counted once per indicator.
 */
export const INDICATORS: Record<ResultIndicator, IndicatorDefinition> = {
  REACHED: {
    unit: 'PEOPLE',
    name: 'People reached by outreach',
    definition:
      'People recorded at intake (an intake referral to an Integra Corner) in the period, whether or not they became beneficiaries; a beneficiary recorded without an intake referral counts on the day the case was opened.',
  },
  REFERRED: {
    unit: 'PEOPLE',
    name: 'People referred to an Integra Corner',
    definition: 'Beneficiaries whose case was opened at an Integra Corner in the period (converted from intake or recorded directly).',
  },
  ELIGIBLE: {
    unit: 'PEOPLE',
    name: 'People found eligible',
    definition:
      'Of the people referred in the period, those eligible on the day their case was opened: international protection and fewer than 18 months since leaving reception.',
  },
  ENROLLED: {
    unit: 'PEOPLE',
    name: 'People enrolled',
    definition: 'Beneficiaries enrolled (taken in charge by a tutor of the corner) in the period.',
  },
  PAI_AGREED: {
    unit: 'PEOPLE',
    name: 'PAIs agreed',
    definition: 'Beneficiaries whose first individual plan (PAI) was agreed, by the person and the tutor both, in the period.',
  },
  DAYS_TO_AGREED_PAI: {
    unit: 'MEDIAN_DAYS',
    name: 'Time from enrolment to an agreed PAI',
    definition:
      'Median number of days from enrolment to the first agreement of the PAI, over the beneficiaries whose first PAI was agreed in the period.',
  },
  REFERRALS_CLOSED_LOOP_RATE: {
    unit: 'PERCENT',
    name: 'Referrals closed-loop rate',
    definition:
      'Of the referrals to partner services sent in the period, the percentage completed by the provider by the end of the period (sent -> completed).',
  },
  IN_EMPLOYMENT: {
    unit: 'PEOPLE',
    name: 'People in employment',
    definition:
      'Enrolled beneficiaries with a spell of employment or self-employment (labour.employment_spell) that started on or after their enrolment and lasted into the period.',
  },
  MOVED_TO_TENANCY: {
    unit: 'PEOPLE',
    name: 'People moved to a tenancy or cohousing',
    definition:
      'Enrolled beneficiaries (all of whom left reception, a shelter or informal hosting) whose first housing spell in a tenancy, shared rent, social housing or cohousing (housing.housing_spell) started on or after enrolment, in the period.',
  },
  RENT_GUARANTEES_ACTIVE: {
    unit: 'PEOPLE',
    name: 'Rent guarantees active',
    definition: 'Beneficiaries with a rent guarantee or insurance (housing.rent_guarantee_spell) in force on any day of the period.',
  },
  AUTONOMY_OUTCOME: {
    unit: 'PEOPLE',
    name: 'Socio-economic autonomy reached (target 295)',
    definition:
      'Enrolled beneficiaries who, on some day on or after enrolment, are both in employment or self-employment and in a tenancy, shared rent, social housing or cohousing, each spell started on or after enrolment; counted in the period of the first such day. The programme target is 295 people.',
  },
  PAI_REVISED: {
    unit: 'PEOPLE',
    name: 'PAIs revised',
    definition:
      'Beneficiaries whose PAI was revised (a new version of the plan, with its reason, after the first) in the period; a person revised twice counts once.',
  },
  SERVICES_DELIVERED: {
    unit: 'SERVICES',
    name: 'Services delivered',
    definition:
      "Enrolments of beneficiaries in services of the catalogue (catalogue.service_delivery: from an accepted referral or recorded by the provider) that started in the period, each counted once, by the service's area and by the programme the service belongs to.",
  },
  REFERRAL_MEDIAN_DAYS: {
    unit: 'MEDIAN_DAYS',
    name: 'Time from referral to completion',
    definition:
      'Median number of days from sending a referral to a partner service to its completion by the provider (catalogue.referral_outcome: sent -> completed), over the referrals completed in the period.',
  },
  ITALIAN_LEVEL_GAINED: {
    unit: 'PEOPLE',
    name: 'People who gained an Italian level',
    definition:
      'Beneficiaries whose latest Italian assessment, made in the period, is at least one CEFR step (A1, A2, B1, B2, C1, C2) above their first Italian assessment.',
  },
  ITALIAN_CEFR_STEPS_GAINED: {
    unit: 'MEDIAN_STEPS',
    name: 'Italian CEFR steps gained',
    definition:
      'Median number of CEFR steps between the first and the latest Italian assessment (0 when the level did not change, negative when it fell), over the beneficiaries assessed at least twice whose latest assessment was made in the period.',
  },
  QUALIFICATIONS_SUBMITTED: {
    unit: 'PEOPLE',
    name: 'People with a qualification submitted for recognition',
    definition:
      "Beneficiaries with a foreign qualification (the assessment's education records) submitted for recognition in the period, counted on the day of their first submission.",
  },
  QUALIFICATIONS_RECOGNISED: {
    unit: 'PEOPLE',
    name: 'People with a qualification recognised',
    definition:
      "Beneficiaries with a foreign qualification (the assessment's education records) recognised by the competent authority in the period, counted on the day of their first recognition.",
  },
  IN_EDUCATION: {
    unit: 'PEOPLE',
    name: 'People in education or training',
    definition:
      'Enrolled beneficiaries with a spell in education or vocational training (status IN_TRAINING in labour.employment_spell) on some day of the period on or after their enrolment.',
  },
  IN_TRAINEESHIP: {
    unit: 'PEOPLE',
    name: 'People in a traineeship',
    definition:
      "Enrolled beneficiaries with a traineeship (tirocinio: status IN_TRAINEESHIP in labour.employment_spell) on some day of the period on or after their enrolment. Traineeships are counted from the labour profile's status history only; traineeships recorded as labour measures in their own right are not published to the results yet.",
  },
  EMPLOYED_AFTER_EXIT: {
    unit: 'PEOPLE',
    name: 'In employment 6 months after leaving',
    definition:
      'People whose case was closed and who, reached at the follow-up contact six months (or more) after the closure, said they were in employment or self-employment; counted in the period of the contact.',
  },
};

/** Units whose figures are counts, additive over a breakdown (and so suppressed as tables). */
export const COUNT_UNITS: readonly IndicatorUnit[] = ['PEOPLE', 'SERVICES'];
export const COUNT_INDICATORS = (Object.keys(INDICATORS) as ResultIndicator[]).filter((key) => COUNT_UNITS.includes(INDICATORS[key].unit));
/** The indicators of the versions frozen before a version named its indicators. */
export const FIRST_INDICATORS: readonly ResultIndicator[] = [
  'REACHED',
  'REFERRED',
  'ELIGIBLE',
  'ENROLLED',
  'PAI_AGREED',
  'DAYS_TO_AGREED_PAI',
  'REFERRALS_CLOSED_LOOP_RATE',
  'IN_EMPLOYMENT',
  'MOVED_TO_TENANCY',
  'RENT_GUARANTEES_ACTIVE',
  'AUTONOMY_OUTCOME',
];

/** The dimensions of the person one figure is broken down by (TOTAL aside), for every indicator. */
export const BREAKDOWNS = ['INTEGRA_CORNER', 'PROVINCE', 'SEX', 'AGE_BAND', 'CITIZENSHIP', 'PROTECTION_STATUS'] as const;
/** Vulnerability (special-category data): for counts only, never for a median or a rate. */
export const COUNT_BREAKDOWNS = ['VULNERABILITY'] as const;
/** The dimensions of a service delivered: for SERVICES indicators only. */
export const SERVICE_BREAKDOWNS = ['SERVICE_AREA', 'PROGRAMME'] as const;
type Breakdown = (typeof BREAKDOWNS)[number] | (typeof COUNT_BREAKDOWNS)[number];
/** The person's key in the VULNERABILITY dimension. */
export const VULNERABILITY_KEYS = { vulnerable: 'VULNERABLE', none: 'NONE_RECORDED' } as const;

/**
 * The finest grain a report keeps (and a locked period's snapshot stores): counts per corner, province, sex, age
 * band, citizenship and protection status, no person. Medians keep their durations, rates their numerator and
 * denominator, so that any breakdown can be computed again from the snapshot.
 */
export interface GrainFigures {
  /** VULNERABILITY is missing from versions frozen before it was kept (read as NOT_RECORDED). */
  grain: Record<(typeof BREAKDOWNS)[number], string> & Partial<Record<(typeof COUNT_BREAKDOWNS)[number], string>>;
  /** Per count indicator: [in the period, cumulative]. */
  counts: Partial<Record<ResultIndicator, [number, number]>>;
  /** Days from enrolment to the first agreed PAI: [in the period, cumulative]. */
  daysToPlan: [number[], number[]];
  /** The values of the other medians: [in the period, cumulative]. */
  medians?: Partial<Record<ResultIndicator, [number[], number[]]>>;
  /** Services delivered per `area|programme`: [in the period, cumulative]. */
  deliveries?: Record<string, [number, number]>;
  /** Referrals [sent in period, completed of those, sent by end, completed of those]. */
  referrals: [number, number, number, number];
}

/**
 * The median of the values of some lists (whole days or CEFR steps), counted rather than sorted: a national report
 * takes the medians of 240,000 values per cell, where sorting a copy per cell cost seconds.
 */
function median(lists: readonly (readonly number[])[]): { value: number | null; base: number } {
  const counts = new Map<number, number>();
  let base = 0;
  for (const list of lists) {
    base += list.length;
    for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (base === 0) return { value: null, base };
  const values = Float64Array.from(counts.keys()).sort();
  // The 0-based positions of the middle value (odd) or of the two middle values (even), read off the running count.
  const low = Math.floor((base - 1) / 2);
  const high = Math.floor(base / 2);
  let seen = 0;
  let lowValue: number | null = null;
  for (const value of values) {
    seen += counts.get(value)!;
    if (lowValue === null && seen > low) lowValue = value;
    if (seen > high) return { value: (lowValue! + value) / 2, base };
  }
  return { value: lowValue, base };
}

/** One figure of a report: the value, and the number of people (or referrals) it rests on, for suppression. */
export interface Figure {
  value: number | null;
  base: number;
}

export interface BrokenDownFigure {
  dimension: ResultDimension;
  key: string;
  period: Figure;
  cumulative: Figure;
}

const deliveryPart = (key: string, dimension: (typeof SERVICE_BREAKDOWNS)[number]) => key.split('|')[dimension === 'SERVICE_AREA' ? 0 : 1]!;

/** The value of `indicator` over some grains: [in the period, cumulative]. */
function figureOf(indicator: ResultIndicator, grains: readonly GrainFigures[]): [Figure, Figure] {
  const unit = INDICATORS[indicator].unit;
  if (unit === 'MEDIAN_DAYS' || unit === 'MEDIAN_STEPS') {
    const lists = (index: 0 | 1) =>
      grains.map((grain) => (indicator === 'DAYS_TO_AGREED_PAI' ? grain.daysToPlan[index] : (grain.medians?.[indicator]?.[index] ?? [])));
    return [median(lists(0)), median(lists(1))];
  }
  if (unit === 'PERCENT') {
    const sum = (index: number) => grains.reduce((total, grain) => total + grain.referrals[index]!, 0);
    const rate = (completed: number, sent: number) => (sent === 0 ? null : Math.round((1000 * completed) / sent) / 10);
    return [
      { value: rate(sum(1), sum(0)), base: sum(0) },
      { value: rate(sum(3), sum(2)), base: sum(2) },
    ];
  }
  let period = 0;
  let cumulative = 0;
  for (const grain of grains) {
    if (unit === 'SERVICES') {
      for (const key in grain.deliveries) {
        period += grain.deliveries[key]![0];
        cumulative += grain.deliveries[key]![1];
      }
    } else {
      const pair = grain.counts[indicator];
      if (pair) {
        period += pair[0];
        cumulative += pair[1];
      }
    }
  }
  return [
    { value: period, base: period },
    { value: cumulative, base: cumulative },
  ];
}

/** The dimensions an indicator is broken down by: the person's for all, vulnerability for counts, a service's for services. */
export function breakdownsOf(indicator: ResultIndicator): ResultDimension[] {
  const unit = INDICATORS[indicator].unit;
  return [...BREAKDOWNS, ...(COUNT_UNITS.includes(unit) ? COUNT_BREAKDOWNS : []), ...(unit === 'SERVICES' ? SERVICE_BREAKDOWNS : [])];
}

const grouped = new WeakMap<readonly GrainFigures[], Map<Breakdown, Map<string, GrainFigures[]>>>();
/** The grains by their key in one dimension, made once for every indicator of a report. */
function groupsOf(grains: readonly GrainFigures[], dimension: Breakdown): Map<string, GrainFigures[]> {
  const byDimension = grouped.get(grains) ?? new Map<Breakdown, Map<string, GrainFigures[]>>();
  grouped.set(grains, byDimension);
  let groups = byDimension.get(dimension);
  if (!groups) {
    groups = new Map();
    for (const grain of grains) {
      const key = grain.grain[dimension] ?? 'NOT_RECORDED';
      // Appended in place: a copy per grain made a national report quadratic in its grains (10 s for 10,000).
      const group = groups.get(key);
      if (group) group.push(grain);
      else groups.set(key, [grain]);
    }
    byDimension.set(dimension, groups);
  }
  return groups;
}

/** The figures of one indicator: the total, then each breakdown's cells (sorted by key). */
export function breakDown(indicator: ResultIndicator, grains: readonly GrainFigures[]): BrokenDownFigure[] {
  const [period, cumulative] = figureOf(indicator, grains);
  const figures: BrokenDownFigure[] = [{ dimension: 'TOTAL', key: 'TOTAL', period, cumulative }];
  for (const dimension of breakdownsOf(indicator)) {
    if (dimension === 'SERVICE_AREA' || dimension === 'PROGRAMME') {
      // One pass over the grains for all of the dimension's cells.
      const sums = new Map<string, [number, number]>();
      for (const grain of grains) {
        for (const key in grain.deliveries) {
          const part = deliveryPart(key, dimension);
          const sum = sums.get(part) ?? [0, 0];
          sum[0] += grain.deliveries[key]![0];
          sum[1] += grain.deliveries[key]![1];
          sums.set(part, sum);
        }
      }
      for (const key of [...sums.keys()].sort()) {
        const [cellPeriod, cellCumulative] = sums.get(key)!;
        figures.push({
          dimension,
          key,
          period: { value: cellPeriod, base: cellPeriod },
          cumulative: { value: cellCumulative, base: cellCumulative },
        });
      }
      continue;
    }
    const groups = groupsOf(grains, dimension as Breakdown);
    for (const key of [...groups.keys()].sort()) {
      const [cellPeriod, cellCumulative] = figureOf(indicator, groups.get(key)!);
      figures.push({ dimension, key, period: cellPeriod, cumulative: cellCumulative });
    }
  }
  return figures;
}

/**
 * A report's figures, before suppression: each indicator's total and breakdowns, and the provinces each corner's
 * people live in (for the corner-province tables of suppression). No grain and no person: what the refreshed
 * national report keeps.
 */
export interface ReportFigures {
  indicators: Record<ResultIndicator, BrokenDownFigure[]>;
  provinces: Record<string, string[]>;
}

/** The figures of a report over some grains. */
export function reportFigures(grains: readonly GrainFigures[]): ReportFigures {
  const indicators = Object.fromEntries(
    (Object.keys(INDICATORS) as ResultIndicator[]).map((indicator) => [indicator, breakDown(indicator, grains)]),
  ) as Record<ResultIndicator, BrokenDownFigure[]>;
  const provinces = new Map<string, Set<string>>();
  for (const grain of grains) {
    const set = provinces.get(grain.grain.INTEGRA_CORNER) ?? new Set<string>();
    set.add(grain.grain.PROVINCE);
    provinces.set(grain.grain.INTEGRA_CORNER, set);
  }
  return { indicators, provinces: Object.fromEntries([...provinces].map(([corner, set]) => [corner, [...set]])) };
}
