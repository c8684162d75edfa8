import type { CaseStatus } from '../generated/resolvers-types.js';
import { addMonths, daysBetween, sqlTextList, todayInItaly, wholeMonthsBetween } from '@shubh/platform';

/** Eligibility lasts this many months from leaving reception (FAMI SHUBH call). */
export const ELIGIBILITY_WINDOW_MONTHS = 18;

/** What eligibility is computed from: never typed in, always derived from the case. */
export interface EligibilityFacts {
  /** A ProtectionStatus; any other text (a fact read from elsewhere) is simply not eligible. */
  protectionStatus: string;
  receptionExitDate: string;
  caseStatus: CaseStatus;
  enrolledOn: string | null;
}

export interface Eligibility {
  eligible: boolean;
  protectionEligible: boolean;
  /** The day eligibility is evaluated at: the enrolment day once enrolled, else today. */
  evaluatedOn: string;
  monthsSinceReceptionExit: number;
  windowClosesOn: string;
  daysLeft: number | null;
  reasons: string[];
}

const PROTECTION: Record<string, string> = {
  REFUGEE: 'Refugee status',
  SUBSIDIARY_PROTECTION: 'Subsidiary protection',
};

/** The first day on which someone who left reception on `receptionExitDate` is no longer eligible. */
export function windowClosesOn(receptionExitDate: string): string {
  return addMonths(receptionExitDate, ELIGIBILITY_WINDOW_MONTHS);
}

function monthsAgo(months: number): string {
  if (months === 0) return 'less than a month';
  return months === 1 ? '1 month' : `${months} months`;
}

/**
 * `windowClosesOn` in SQL over a date expression: PostgreSQL clamps a day the month lacks to its last day, as
 * `addMonths` does.
 */
export function windowClosesOnSql(receptionExitDate: string): string {
  return `(${receptionExitDate} + interval '${ELIGIBILITY_WINDOW_MONTHS} months')::date`;
}

/** Whether `eligibilityOn` finds the person eligible on `day`, without its reasons. */
export function eligibleOn(facts: Pick<EligibilityFacts, 'protectionStatus' | 'receptionExitDate'>, day: string): boolean {
  return (
    PROTECTION[facts.protectionStatus] !== undefined && day >= facts.receptionExitDate && day < windowClosesOn(facts.receptionExitDate)
  );
}

/** `eligibleOn` in SQL over three expressions, the same rule (the results report counts people by it, in SQL). */
export function eligibleOnSql(protectionStatus: string, receptionExitDate: string, day: string): string {
  return `(${protectionStatus} IN (${sqlTextList(Object.keys(PROTECTION))}) AND ${day} >= ${receptionExitDate} AND ${day} < ${windowClosesOnSql(receptionExitDate)})`;
}

/**
 * Eligibility on `evaluatedOn`: international protection, and fewer than 18 months since leaving reception
 * (the window is open up to the day before `windowClosesOn`). Reasons are sentences a tutor can read out.
 */
export function eligibilityOn(
  facts: Pick<EligibilityFacts, 'protectionStatus' | 'receptionExitDate'>,
  evaluatedOn: string,
  enrolled: boolean,
): Eligibility {
  const protectionLabel = PROTECTION[facts.protectionStatus];
  const protectionEligible = protectionLabel !== undefined;
  const closesOn = windowClosesOn(facts.receptionExitDate);
  const months = wholeMonthsBetween(facts.receptionExitDate, evaluatedOn);
  const reasons = [protectionEligible ? `${protectionLabel}: eligible` : `Protection status ${facts.protectionStatus}: not eligible`];
  const notYetLeft = evaluatedOn < facts.receptionExitDate;
  const windowOpen = !notYetLeft && evaluatedOn < closesOn;
  if (notYetLeft) {
    reasons.push(
      `Still in reception on ${evaluatedOn}: leaves it on ${facts.receptionExitDate}, and is eligible from then until ${closesOn}`,
    );
  } else if (enrolled) {
    reasons.push(
      windowOpen
        ? `Enrolled on ${evaluatedOn}, ${monthsAgo(months)} after leaving reception, within the 18-month window (closing on ${closesOn})`
        : `Enrolled on ${evaluatedOn}, ${monthsAgo(months)} after leaving reception: after the 18-month window closed on ${closesOn}`,
    );
  } else {
    reasons.push(
      windowOpen
        ? `Left reception ${monthsAgo(months)} ago; the 18-month window closes on ${closesOn}`
        : `Left reception ${monthsAgo(months)} ago; the 18-month window closed on ${closesOn}`,
    );
  }
  return {
    eligible: eligibleOn(facts, evaluatedOn),
    protectionEligible,
    evaluatedOn,
    monthsSinceReceptionExit: months,
    windowClosesOn: closesOn,
    daysLeft: !enrolled && windowOpen ? daysBetween(evaluatedOn, closesOn) : null,
    reasons,
  };
}

/** A beneficiary's eligibility: at their enrolment day once enrolled, else today (in Italy). */
export function eligibilityOf(facts: EligibilityFacts, today: string = todayInItaly()): Eligibility {
  const enrolled = facts.caseStatus !== 'REFERRED' && facts.enrolledOn !== null;
  return eligibilityOn(facts, enrolled ? facts.enrolledOn! : today, enrolled);
}
