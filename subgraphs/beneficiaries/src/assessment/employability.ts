import type { EmployabilityBand, EmployabilityFactorKind } from '../generated/resolvers-types.js';
import type { AdministrativeProcedureEntity, EducationEntity, LanguageAssessmentEntity, SkillEntity } from './assessment.entities.js';

export interface EmployabilityFactor {
  kind: EmployabilityFactorKind;
  value: string;
  points: number;
  maxPoints: number;
}

export interface EmployabilityProfile {
  band: EmployabilityBand;
  score: number;
  maxScore: number;
  factors: EmployabilityFactor[];
}

/** What the profile is computed from: the assessment as it stands, and the day it is computed for. */
export interface EmployabilityFacts {
  italianLevel: LanguageAssessmentEntity['level'] | null;
  skills: readonly Pick<SkillEntity, 'certified'>[];
  workExperienceYears: number | null;
  education: readonly Pick<EducationEntity, 'recognitionStatus'>[];
  procedures: readonly Pick<AdministrativeProcedureEntity, 'kind' | 'status' | 'dueOn' | 'permitExpiresOn'>[];
  today: string;
}

const ITALIAN_POINTS: Record<string, number> = { A1: 0, A2: 1, B1: 2, B2: 3, C1: 3, C2: 3 };

/**
 * The employability band: a sum of points per factor, never typed in, always returned with its factors so that
 * the tutor sees why (and what would move it). LOW 0-3, MEDIUM 4-6, HIGH 7-9.
 */
export function computeEmployability(facts: EmployabilityFacts): EmployabilityProfile {
  const certified = facts.skills.filter((skill) => skill.certified).length;
  const recognised = facts.education.filter((entry) => entry.recognitionStatus === 'RECOGNISED').length;
  const problems = documentProblems(facts.procedures, facts.today);
  const years = facts.workExperienceYears;
  const factors: EmployabilityFactor[] = [
    {
      kind: 'ITALIAN_LEVEL',
      value: facts.italianLevel ?? 'not assessed',
      points: facts.italianLevel ? ITALIAN_POINTS[facts.italianLevel]! : 0,
      maxPoints: 3,
    },
    {
      kind: 'CERTIFIED_SKILLS',
      value: `${certified} certified skill${certified === 1 ? '' : 's'}`,
      points: Math.min(certified, 2),
      maxPoints: 2,
    },
    {
      kind: 'WORK_EXPERIENCE',
      value: years === null ? 'unknown' : `${years} year${years === 1 ? '' : 's'}`,
      points: years === null || years === 0 ? 0 : years < 3 ? 1 : 2,
      maxPoints: 2,
    },
    {
      kind: 'RECOGNISED_QUALIFICATION',
      value: `${recognised} recognised qualification${recognised === 1 ? '' : 's'}`,
      points: recognised > 0 ? 1 : 0,
      maxPoints: 1,
    },
    {
      kind: 'DOCUMENTS_IN_ORDER',
      value: problems.length === 0 ? 'in order' : problems.join(', '),
      points: problems.length === 0 ? 1 : 0,
      maxPoints: 1,
    },
  ];
  const score = factors.reduce((sum, factor) => sum + factor.points, 0);
  const maxScore = factors.reduce((sum, factor) => sum + factor.maxPoints, 0);
  return { band: score >= 7 ? 'HIGH' : score >= 4 ? 'MEDIUM' : 'LOW', score, maxScore, factors };
}

function documentProblems(procedures: EmployabilityFacts['procedures'], today: string): string[] {
  const open = procedures.filter((procedure) => procedure.status !== 'DONE');
  const problems: string[] = [];
  const blocked = open.filter((procedure) => procedure.status === 'BLOCKED').length;
  const overdue = open.filter((procedure) => procedure.dueOn !== null && procedure.dueOn < today).length;
  const expired = open.some((procedure) => procedure.kind === 'PERMIT_RENEWAL' && procedure.permitExpiresOn! < today);
  if (expired) problems.push('residence permit expired');
  if (blocked > 0) problems.push(`${blocked} blocked`);
  if (overdue > 0) problems.push(`${overdue} overdue`);
  return problems;
}
