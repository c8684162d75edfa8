import { wholeMonthsBetween } from '@shubh/platform';
import { ageOn, rankEligibleServices, type CandidateService, type EligibilityFacts } from './eligibility-ranking.js';

const TODAY = '2026-03-02';

const person: EligibilityFacts = {
  protectionStatus: 'REFUGEE',
  receptionExitDate: '2025-06-15', // 8 whole months before TODAY
  birthDate: '1996-05-14', // 29 on TODAY
  province: 'TO',
  italianLevel: 'A2',
};

let sequence = 0;
const service = (overrides: Partial<CandidateService> = {}): CandidateService => {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    name: `Servizio ${sequence}`,
    provinces: ['TO'],
    capacity: null,
    placesTaken: 0,
    endsOn: null,
    eligibleProtectionStatuses: [],
    maxMonthsSinceReceptionExit: null,
    minAge: null,
    maxAge: null,
    minItalianLevel: null,
    ...overrides,
  };
};

describe('calendar arithmetic', () => {
  it('counts whole months and years, not rounded ones', () => {
    // The hub's one month arithmetic (as PostgreSQL's date + interval): 31 January + 1 month is 28 February.
    expect(wholeMonthsBetween('2025-01-31', '2025-02-27')).toBe(0);
    expect(wholeMonthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(wholeMonthsBetween('2025-01-31', '2025-03-01')).toBe(1);
    expect(wholeMonthsBetween('2024-09-02', '2026-03-02')).toBe(18);
    expect(wholeMonthsBetween('2024-09-03', '2026-03-02')).toBe(17);
    expect(ageOn('2008-03-03', TODAY)).toBe(17);
    expect(ageOn('2008-03-02', TODAY)).toBe(18);
  });
});

describe('rankEligibleServices', () => {
  it('lists only the services whose every condition the person meets', () => {
    const open = service();
    const excluded = [
      service({ provinces: ['BA'] }),
      service({ eligibleProtectionStatuses: ['SUBSIDIARY_PROTECTION'] }),
      service({ maxMonthsSinceReceptionExit: 6 }),
      service({ minAge: 30 }),
      service({ maxAge: 28 }),
      service({ minItalianLevel: 'B1' }),
      service({ capacity: 10, placesTaken: 10 }),
      service({ endsOn: '2026-03-01' }),
    ];
    const ranked = rankEligibleServices(person, [open, ...excluded], TODAY, 20);
    expect(ranked.map((entry) => entry.service.id)).toEqual([open.id]);
  });

  it('keeps the services whose conditions sit exactly on the person', () => {
    const edge = service({
      eligibleProtectionStatuses: ['REFUGEE', 'SUBSIDIARY_PROTECTION'],
      maxMonthsSinceReceptionExit: 8,
      minAge: 29,
      maxAge: 29,
      minItalianLevel: 'A2',
      capacity: 1,
      endsOn: TODAY,
    });
    const [entry] = rankEligibleServices(person, [edge], TODAY, 20);
    expect(entry?.reasons).toEqual([
      "Offered in the person's province (TO).",
      'Open to holders of refugee status, which the person holds.',
      'Left reception 8 months ago, within the limit of 8 months.',
      "Aged 29, within the service's age range (from 29 to 29).",
      'Italian at level A2, at least the A2 the service asks for.',
      '1 place free out of 1.',
    ]);
  });

  it('ranks more places free and tighter matches first, then by name', () => {
    const full = service({ name: 'B almost full', capacity: 20, placesTaken: 19 });
    const roomy = service({ name: 'C roomy', capacity: 20, placesTaken: 0 });
    const targeted = service({ name: 'D targeted', capacity: 20, placesTaken: 0, minItalianLevel: 'A2', maxMonthsSinceReceptionExit: 18 });
    const unlimited = service({ name: 'A unlimited' });
    const twin = service({ name: 'E unlimited twin' });
    const ranked = rankEligibleServices(person, [full, roomy, twin, targeted, unlimited], TODAY, 20);
    expect(ranked.map((entry) => entry.service.name)).toEqual([
      'D targeted',
      'C roomy',
      'A unlimited',
      'E unlimited twin',
      'B almost full',
    ]);
    for (const entry of ranked) {
      expect(entry.score).toBeGreaterThanOrEqual(0);
      expect(entry.score).toBeLessThanOrEqual(100);
    }
    expect(rankEligibleServices(person, [full, roomy, twin, targeted, unlimited], TODAY, 2)).toHaveLength(2);
  });

  it("scores a course at the person's own level above one well below it", () => {
    const atLevel = service({ minItalianLevel: 'A2' });
    const below = service({ minItalianLevel: 'A1' });
    const [first, second] = rankEligibleServices({ ...person, italianLevel: 'A2' }, [below, atLevel], TODAY, 20);
    expect(first?.service.id).toBe(atLevel.id);
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('refuses a condition it cannot check: a missing fact grants nothing', () => {
    const unknownLevel = { ...person, italianLevel: null };
    expect(rankEligibleServices(unknownLevel, [service({ minItalianLevel: 'A1' })], TODAY, 20)).toEqual([]);
    expect(rankEligibleServices(unknownLevel, [service()], TODAY, 20)).toHaveLength(1);
    expect(rankEligibleServices({ ...person, province: null }, [service()], TODAY, 20)).toEqual([]);
    expect(rankEligibleServices({ ...person, birthDate: null }, [service({ minAge: 18 })], TODAY, 20)).toEqual([]);
    expect(
      rankEligibleServices({ ...person, protectionStatus: null }, [service({ eligibleProtectionStatuses: ['REFUGEE'] })], TODAY, 20),
    ).toEqual([]);
  });
});
