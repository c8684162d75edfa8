import { daysBetween } from '@shubh/platform';
import { ageBandOn } from '../beneficiary/age-band.js';
import { eligibilityOn } from '../eligibility/eligibility.js';
import type { IndicatorUnit, ProtectionStatus, ResultDimension, ResultIndicator } from '../generated/resolvers-types.js';

/** Employment statuses that count as "in employment". */
export const EMPLOYED_STATUSES = ['EMPLOYED', 'SELF_EMPLOYED'] as const;
/** Housing statuses that count as a tenancy or cohousing (the person holds or shares a lease, or lives in cohousing). */
export const TENANCY_STATUSES = ['SHARED_RENT', 'OWN_RENT', 'COHOUSING', 'SOCIAL_HOUSING'] as const;
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
};

export const COUNT_INDICATORS = (Object.keys(INDICATORS) as ResultIndicator[]).filter((key) => INDICATORS[key].unit === 'PEOPLE');

/** One person's facts as the report query returns them (days as ISO dates; booleans for the period's bounds). */
export interface PersonFacts {
  corner: string;
  province: string;
  sex: string | null;
  birthDate: string;
  citizenship: string;
  protectionStatus: ProtectionStatus;
  receptionExitDate: string;
  isBeneficiary: boolean;
  openedOn: string | null;
  reachedOn: string | null;
  enrolledOn: string | null;
  planAgreedOn: string | null;
  employedInPeriod: boolean;
  employedByEnd: boolean;
  housedOn: string | null;
  guaranteeInPeriod: boolean;
  guaranteeByEnd: boolean;
  autonomousOn: string | null;
  referralsSentInPeriod: number;
  referralsCompletedInPeriod: number;
  referralsSentByEnd: number;
  referralsCompletedByEnd: number;
}

/** The dimensions one figure is broken down by (TOTAL aside). */
export const BREAKDOWNS = ['INTEGRA_CORNER', 'PROVINCE', 'SEX', 'AGE_BAND', 'CITIZENSHIP', 'PROTECTION_STATUS'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * The finest grain a report keeps (and a locked period's snapshot stores): counts per corner, province, sex, age
 * band, citizenship and protection status, no person. Medians keep their durations, rates their numerator and
 * denominator, so that any breakdown can be computed again from the snapshot.
 */
export interface GrainFigures {
  grain: Record<Breakdown, string>;
  /** Per count indicator: [in the period, cumulative]. */
  counts: Partial<Record<ResultIndicator, [number, number]>>;
  /** Days from enrolment to the first agreed PAI: [in the period, cumulative]. */
  daysToPlan: [number[], number[]];
  /** Referrals [sent in period, completed of those, sent by end, completed of those]. */
  referrals: [number, number, number, number];
}

const within = (day: string | null, from: string, to: string) => day != null && day >= from && day <= to;
const byEnd = (day: string | null, to: string) => day != null && day <= to;

/** Folds people's facts into grain figures for the period [from, to]. */
export function grainFigures(people: readonly PersonFacts[], from: string, to: string): GrainFigures[] {
  const grains = new Map<string, GrainFigures>();
  for (const person of people) {
    const grain: Record<Breakdown, string> = {
      INTEGRA_CORNER: person.corner,
      PROVINCE: person.province,
      SEX: person.sex ?? 'NOT_RECORDED',
      AGE_BAND: ageBandOn(person.birthDate, to),
      CITIZENSHIP: person.citizenship,
      PROTECTION_STATUS: person.protectionStatus,
    };
    const key = BREAKDOWNS.map((name) => grain[name]).join('|');
    let figures = grains.get(key);
    if (!figures) {
      figures = { grain, counts: {}, daysToPlan: [[], []], referrals: [0, 0, 0, 0] };
      grains.set(key, figures);
    }
    const eligibleOnOpening = person.openedOn != null && eligibilityOn(person, person.openedOn, false).eligible ? person.openedOn : null;
    const count = (indicator: ResultIndicator, inPeriod: boolean, cumulative: boolean) => {
      if (!inPeriod && !cumulative) return;
      const pair = (figures.counts[indicator] ??= [0, 0]);
      if (inPeriod) pair[0] += 1;
      if (cumulative) pair[1] += 1;
    };
    const onDay = (indicator: ResultIndicator, day: string | null) => count(indicator, within(day, from, to), byEnd(day, to));
    onDay('REACHED', person.reachedOn);
    onDay('REFERRED', person.openedOn);
    onDay('ELIGIBLE', eligibleOnOpening);
    onDay('ENROLLED', person.enrolledOn);
    onDay('PAI_AGREED', person.planAgreedOn);
    count('IN_EMPLOYMENT', person.employedInPeriod, person.employedByEnd);
    onDay('MOVED_TO_TENANCY', person.housedOn);
    count('RENT_GUARANTEES_ACTIVE', person.guaranteeInPeriod, person.guaranteeByEnd);
    onDay('AUTONOMY_OUTCOME', person.autonomousOn);
    if (person.enrolledOn != null && person.planAgreedOn != null) {
      const days = daysBetween(person.enrolledOn, person.planAgreedOn);
      if (within(person.planAgreedOn, from, to)) figures.daysToPlan[0].push(days);
      if (byEnd(person.planAgreedOn, to)) figures.daysToPlan[1].push(days);
    }
    figures.referrals[0] += person.referralsSentInPeriod;
    figures.referrals[1] += person.referralsCompletedInPeriod;
    figures.referrals[2] += person.referralsSentByEnd;
    figures.referrals[3] += person.referralsCompletedByEnd;
  }
  return [...grains.values()];
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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

/** The value of `indicator` over some grains: [in the period, cumulative]. */
function figureOf(indicator: ResultIndicator, grains: readonly GrainFigures[]): [Figure, Figure] {
  const unit = INDICATORS[indicator].unit;
  if (unit === 'MEDIAN_DAYS') {
    const period = grains.flatMap((grain) => grain.daysToPlan[0]);
    const cumulative = grains.flatMap((grain) => grain.daysToPlan[1]);
    return [
      { value: median(period), base: period.length },
      { value: median(cumulative), base: cumulative.length },
    ];
  }
  if (unit === 'PERCENT') {
    const sum = (index: number) => grains.reduce((total, grain) => total + grain.referrals[index]!, 0);
    const rate = (completed: number, sent: number) => (sent === 0 ? null : Math.round((1000 * completed) / sent) / 10);
    return [
      { value: rate(sum(1), sum(0)), base: sum(0) },
      { value: rate(sum(3), sum(2)), base: sum(2) },
    ];
  }
  const period = grains.reduce((total, grain) => total + (grain.counts[indicator]?.[0] ?? 0), 0);
  const cumulative = grains.reduce((total, grain) => total + (grain.counts[indicator]?.[1] ?? 0), 0);
  return [
    { value: period, base: period },
    { value: cumulative, base: cumulative },
  ];
}

/** The figures of one indicator: the total, then each breakdown's cells (sorted by key). */
export function breakDown(indicator: ResultIndicator, grains: readonly GrainFigures[]): BrokenDownFigure[] {
  const [period, cumulative] = figureOf(indicator, grains);
  const figures: BrokenDownFigure[] = [{ dimension: 'TOTAL', key: 'TOTAL', period, cumulative }];
  for (const dimension of BREAKDOWNS) {
    const groups = new Map<string, GrainFigures[]>();
    for (const grain of grains) {
      const key = grain.grain[dimension];
      groups.set(key, [...(groups.get(key) ?? []), grain]);
    }
    for (const key of [...groups.keys()].sort()) {
      const [cellPeriod, cellCumulative] = figureOf(indicator, groups.get(key)!);
      figures.push({ dimension, key, period: cellPeriod, cumulative: cellCumulative });
    }
  }
  return figures;
}
