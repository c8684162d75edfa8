import { computeEmployability, type EmployabilityFacts } from './employability.js';

const nothing: EmployabilityFacts = {
  italianLevel: null,
  skills: [],
  workExperienceYears: null,
  education: [],
  procedures: [],
  today: '2026-03-01',
};

describe('the employability band', () => {
  it('is LOW with nothing assessed, though documents count as in order', () => {
    const profile = computeEmployability(nothing);
    expect(profile).toMatchObject({ band: 'LOW', score: 1, maxScore: 9 });
    expect(profile.factors.map((factor) => [factor.kind, factor.value, factor.points])).toEqual([
      ['ITALIAN_LEVEL', 'not assessed', 0],
      ['CERTIFIED_SKILLS', '0 certified skills', 0],
      ['WORK_EXPERIENCE', 'unknown', 0],
      ['RECOGNISED_QUALIFICATION', '0 recognised qualifications', 0],
      ['DOCUMENTS_IN_ORDER', 'in order', 1],
    ]);
  });

  it('is HIGH from B2, two certified skills, three years, a recognised degree and documents in order', () => {
    const profile = computeEmployability({
      ...nothing,
      italianLevel: 'B2',
      skills: [{ certified: true }, { certified: true }, { certified: false }],
      workExperienceYears: 3,
      education: [{ recognitionStatus: 'RECOGNISED' }],
    });
    expect(profile).toMatchObject({ band: 'HIGH', score: 9 });
  });

  it('drops the documents point for an expired permit, a blocked or an overdue procedure, and says which', () => {
    const profile = computeEmployability({
      ...nothing,
      italianLevel: 'B1',
      workExperienceYears: 5,
      procedures: [
        { kind: 'PERMIT_RENEWAL', status: 'IN_PROGRESS', dueOn: null, permitExpiresOn: '2026-02-01' },
        { kind: 'SPID', status: 'BLOCKED', dueOn: null, permitExpiresOn: null },
        { kind: 'TAX_CODE', status: 'TO_DO', dueOn: '2026-02-15', permitExpiresOn: null },
        { kind: 'HEALTH_CARD', status: 'DONE', dueOn: '2026-01-15', permitExpiresOn: null },
      ],
    });
    expect(profile.factors.at(-1)).toEqual({
      kind: 'DOCUMENTS_IN_ORDER',
      value: 'residence permit expired, 1 blocked, 1 overdue',
      points: 0,
      maxPoints: 1,
    });
    expect(profile).toMatchObject({ band: 'MEDIUM', score: 4 });
  });
});
