import { addDays, addMonths, daysBetween, todayInItaly, wholeMonthsBetween } from '@shubh/platform';
import { eligibilityOf, eligibilityOn, windowClosesOn } from './eligibility.js';

describe('calendar arithmetic', () => {
  it.each([
    ['2025-01-10', 18, '2026-07-10'],
    ['2024-08-31', 18, '2026-02-28'],
    ['2022-08-31', 18, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('%s + %i months is %s (a missing day is the month end)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it.each([
    ['2025-01-31', '2025-02-27', 0],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-31', '2025-03-30', 1],
    ['2025-01-31', '2025-03-31', 2],
    ['2024-08-31', '2026-02-28', 18],
    ['2024-08-31', '2026-02-27', 17],
    ['2025-05-10', '2025-05-10', 0],
    ['2025-05-10', '2025-04-01', 0],
  ])('from %s to %s is %i whole months', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });

  it('counts days across a leap day and a daylight-saving change', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it("gives today's date in Italy, not in UTC", () => {
    expect(todayInItaly(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(todayInItaly(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});

describe('eligibility', () => {
  const refugee = { protectionStatus: 'REFUGEE', receptionExitDate: '2025-07-10' } as const;

  it('is open for 18 months from leaving reception, and says so in sentences', () => {
    const result = eligibilityOf({ ...refugee, caseStatus: 'REFERRED', enrolledOn: null }, '2026-02-15');
    expect(result).toEqual({
      eligible: true,
      protectionEligible: true,
      evaluatedOn: '2026-02-15',
      monthsSinceReceptionExit: 7,
      windowClosesOn: '2027-01-10',
      daysLeft: 329,
      reasons: ['Refugee status: eligible', 'Left reception 7 months ago; the 18-month window closes on 2027-01-10'],
    });
  });

  it('closes on the day 18 months after the exit: the day before is the last eligible one', () => {
    const dayBefore = eligibilityOn(refugee, '2027-01-09', false);
    expect(dayBefore).toMatchObject({ eligible: true, daysLeft: 1, monthsSinceReceptionExit: 17 });
    const closing = eligibilityOn(refugee, '2027-01-10', false);
    expect(closing).toMatchObject({ eligible: false, daysLeft: null, monthsSinceReceptionExit: 18 });
    expect(closing.reasons[1]).toBe('Left reception 18 months ago; the 18-month window closed on 2027-01-10');
  });

  it('handles an exit on the last day of a month', () => {
    expect(windowClosesOn('2024-08-31')).toBe('2026-02-28');
    expect(
      eligibilityOn({ protectionStatus: 'SUBSIDIARY_PROTECTION', receptionExitDate: '2024-08-31' }, '2026-02-27', false),
    ).toMatchObject({
      eligible: true,
      daysLeft: 1,
      reasons: ['Subsidiary protection: eligible', 'Left reception 17 months ago; the 18-month window closes on 2026-02-28'],
    });
  });

  it('is evaluated at the enrolment day once enrolled, whatever today is', () => {
    const enrolled = eligibilityOf({ ...refugee, caseStatus: 'IN_PROGRESS', enrolledOn: '2025-09-01' }, '2030-01-01');
    expect(enrolled).toMatchObject({ eligible: true, evaluatedOn: '2025-09-01', monthsSinceReceptionExit: 1, daysLeft: null });
    expect(enrolled.reasons[1]).toBe(
      'Enrolled on 2025-09-01, 1 month after leaving reception, within the 18-month window (closing on 2027-01-10)',
    );
    const late = eligibilityOf({ ...refugee, caseStatus: 'ENROLLED', enrolledOn: '2027-02-01' }, '2027-03-01');
    expect(late.eligible).toBe(false);
    expect(late.reasons[1]).toBe(
      'Enrolled on 2027-02-01, 18 months after leaving reception: after the 18-month window closed on 2027-01-10',
    );
  });

  it('is not open before the person leaves reception', () => {
    const early = eligibilityOn(refugee, '2025-07-01', false);
    expect(early).toMatchObject({ eligible: false, monthsSinceReceptionExit: 0, daysLeft: null });
    expect(early.reasons[1]).toBe('Still in reception on 2025-07-01: leaves it on 2025-07-10, and is eligible from then until 2027-01-10');
  });

  it('refuses a protection status other than refugee or subsidiary protection', () => {
    const other = eligibilityOn({ protectionStatus: 'SPECIAL_PROTECTION', receptionExitDate: '2025-07-10' }, '2025-08-01', false);
    expect(other).toMatchObject({ eligible: false, protectionEligible: false });
    expect(other.reasons[0]).toBe('Protection status SPECIAL_PROTECTION: not eligible');
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
