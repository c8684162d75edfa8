import { definePolicy, followsCases, type Caller } from '@shubh/platform';

/** The employer a vacancy belongs to, or will. */
export interface VacancyOwner {
  employerId: string;
}

/** An operator of this employer, signed in with the employer role (organisation from the token's `org` claim). */
export function operatesEmployer(caller: Caller, employerId: string): boolean {
  return caller.has('employer') && caller.organisationId !== null && caller.organisationId === employerId;
}

/**
 * Who may do what with vacancies. Published vacancies are not personal data: every signed-in caller reads them.
 *
 * - manage (create, edit, publish, close): the employer's own operators; tutors, coordinators and administrators
 *   on an employer's behalf.
 * - readDrafts: the same people (a draft is the employer's working copy).
 */
export const jobVacancyPolicy = definePolicy('job-vacancy', {
  manage: {
    allow: (caller, vacancy: VacancyOwner) => followsCases(caller) || operatesEmployer(caller, vacancy.employerId),
    refusal: "Only the employer's own operators, or a tutor, coordinator or administrator on its behalf, manage its vacancies",
  },
});

/** SQL over `labour.job_vacancy` aliased `alias`: the drafts stay with whoever manages them. */
export function readableVacancySql(caller: Caller, alias: string): { sql: string; parameters: Record<string, unknown> } {
  if (followsCases(caller)) return { sql: 'TRUE', parameters: {} };
  if (caller.has('employer') && caller.organisationId) {
    return {
      sql: `(${alias}.status <> 'DRAFT' OR ${alias}.employer_id = :readerEmployer)`,
      parameters: { readerEmployer: caller.organisationId },
    };
  }
  return { sql: `${alias}.status <> 'DRAFT'`, parameters: {} };
}
