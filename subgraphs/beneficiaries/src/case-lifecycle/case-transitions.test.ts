import { allowedTargets, isAllowedTransition, outcomeRefusal, transitionRefusal } from './case-transitions.js';

describe('case transitions', () => {
  it('walks the path forward one step at a time', () => {
    expect(isAllowedTransition('REFERRED', 'ENROLLED')).toBe(true);
    expect(isAllowedTransition('ENROLLED', 'ASSESSED')).toBe(true);
    expect(isAllowedTransition('ASSESSED', 'PLAN_AGREED')).toBe(true);
    expect(isAllowedTransition('PLAN_AGREED', 'IN_PROGRESS')).toBe(true);
    expect(isAllowedTransition('ENROLLED', 'PLAN_AGREED')).toBe(false);
    expect(isAllowedTransition('REFERRED', 'IN_PROGRESS')).toBe(false);
  });

  it('closes any open case and nothing leaves CLOSED', () => {
    for (const from of ['REFERRED', 'ENROLLED', 'ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS'] as const) {
      expect(isAllowedTransition(from, 'CLOSED')).toBe(true);
    }
    expect(allowedTargets('CLOSED')).toEqual([]);
    expect(transitionRefusal('CLOSED', 'IN_PROGRESS')).toBe('A CLOSED case cannot change status any more (CLOSED -> IN_PROGRESS refused)');
  });

  it('goes back to ASSESSED from an agreed or running plan (re-modulation), not further back', () => {
    expect(isAllowedTransition('PLAN_AGREED', 'ASSESSED')).toBe(true);
    expect(isAllowedTransition('IN_PROGRESS', 'ASSESSED')).toBe(true);
    expect(isAllowedTransition('IN_PROGRESS', 'PLAN_AGREED')).toBe(false);
    expect(isAllowedTransition('ASSESSED', 'ENROLLED')).toBe(false);
  });

  it('names the allowed targets when refusing', () => {
    expect(transitionRefusal('ENROLLED', 'IN_PROGRESS')).toBe(
      'A case cannot go from ENROLLED to IN_PROGRESS; from ENROLLED it may go to ASSESSED, CLOSED',
    );
    expect(transitionRefusal('IN_PROGRESS', 'IN_PROGRESS')).toBe(
      'The case is already IN_PROGRESS; from IN_PROGRESS it may go to ASSESSED, CLOSED',
    );
    expect(transitionRefusal('ASSESSED', 'PLAN_AGREED')).toBeNull();
  });

  it('asks for an outcome exactly when closing', () => {
    expect(outcomeRefusal('CLOSED', null)).toMatch(/needs its outcome/);
    expect(outcomeRefusal('CLOSED', 'PARTIAL')).toBeNull();
    expect(outcomeRefusal('ASSESSED', 'PARTIAL')).toMatch(/only when closing/);
    expect(outcomeRefusal('ASSESSED', undefined)).toBeNull();
  });
});
