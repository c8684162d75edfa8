import { parseId, readPageRequest, type Caller, type ContextWith, type RequestAudit, type ServiceScope } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import type { MatchFactorName } from '../generated/resolvers-types.js';
import type { jobVacancyServices } from '../job-vacancy/job-vacancy.module.js';
import type { JobVacancyService } from '../job-vacancy/job-vacancy.service.js';
import type { labourProfileServices } from '../labour-profile/labour-profile.module.js';
import type { LabourProfileService } from '../labour-profile/labour-profile.service.js';
import { CANDIDATES_SQL, LOOKING_FOR_WORK, VACANCIES_SQL, WEIGHTS, type MatchRow } from './match-factors.js';
import { matchingPolicy } from './matching.policy.js';

const AUDITED_FIELDS = ['labourMatch'];

/** A match as the resolvers receive it. */
export interface LabourMatch {
  beneficiaryId: string;
  vacancyId: string;
  score: number;
  excluded: boolean;
  factors: { name: MatchFactorName; weight: number; value: number | null; explanation: string }[];
  gaps: string[];
}

type Context = ContextWith<typeof jobVacancyServices & typeof labourProfileServices>;

/**
 * Explainable matching, both ways, for one request: one SQL statement ranks (factors and score computed by
 * PostgreSQL, `match-factors.ts`), whatever the page size; the sentences are written from the factors it returns.
 */
export class MatchingService {
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly jobVacancies: JobVacancyService;
  private readonly labourProfiles: LabourProfileService;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.jobVacancies = context.jobVacancies;
    this.labourProfiles = context.labourProfiles;
  }

  async candidatesFor(vacancyId: string, first: number | null | undefined): Promise<LabourMatch[]> {
    matchingPolicy.assert(this.caller, 'candidatesFor');
    const page = readPageRequest({ first }, ['id']);
    const vacancy = await this.jobVacancies.get(vacancyId, 'vacancyId');
    const rows: MatchRow[] = await this.dataSource.query(CANDIDATES_SQL, [
      vacancy.id,
      this.caller.isNetworkAdmin,
      this.caller.cornerIds,
      page.first,
      LOOKING_FOR_WORK,
    ]);
    for (const row of rows) this.audit.read(row.beneficiary_id, AUDITED_FIELDS);
    return rows.map(explain);
  }

  async vacanciesFor(beneficiaryId: string, first: number | null | undefined): Promise<LabourMatch[]> {
    const page = readPageRequest({ first }, ['id']);
    // The profile's read decides (and audits) who may see the person's labour data.
    const profile = await this.labourProfiles.of(parseId(beneficiaryId, 'beneficiaryId'));
    if (!profile) return [];
    const rows: MatchRow[] = await this.dataSource.query(VACANCIES_SQL, [profile.beneficiaryId, page.first]);
    if (rows.length > 0) this.audit.read(profile.beneficiaryId, AUDITED_FIELDS);
    return rows.map(explain);
  }
}

const share = (value: number) => `${Math.round(value * 100)}%`;

/** The factors of a row, in words, and the gaps a tutor can act on. */
function explain(row: MatchRow): LabourMatch {
  const gaps: string[] = [];
  const wanted = row.desired_isco_codes.join(', ');
  const occupation =
    row.occupation === 1
      ? `ISCO ${row.isco_code} is the occupation wanted first`
      : row.occupation >= 0.8
        ? `ISCO ${row.isco_code} is among the occupations wanted (${wanted})`
        : `ISCO ${row.isco_code} is related to the occupations wanted (${wanted}), not one of them`;
  if (row.occupation < 0.8) gaps.push(`Wants ${wanted}; this job is ISCO ${row.isco_code}, a related occupation: check the interest first`);

  const availability: string[] = [];
  if (row.hours === null) availability.push('hours not said by both sides');
  else {
    availability.push(`${row.hours_per_week} h a week available for ${row.weekly_hours} h`);
    if (row.hours < 1) gaps.push(`Can work ${row.hours_per_week} h a week; the job needs ${row.weekly_hours}`);
  }
  if (row.shifts === null) availability.push('shifts not said by both sides');
  else {
    const missing = row.vacancy_shifts.filter((shift) => !row.person_shifts.includes(shift));
    availability.push(`${share(row.shifts)} of the job's shifts covered`);
    if (missing.length > 0) gaps.push(`Not available for the ${missing.join(', ')} shifts the job is worked in`);
  }
  const availabilityValue =
    row.hours === null && row.shifts === null ? null : ((row.hours ?? row.shifts!) + (row.shifts ?? row.hours!)) / 2;

  const mobility =
    row.mobility === 1
      ? `${row.municipality} (${row.province}) is within reach`
      : row.mobility === 0.5
        ? 'where the person can travel to work is not recorded'
        : `${row.municipality} (${row.province}) is outside the provinces and municipalities within reach`;
  if (row.mobility === 0) gaps.push(`The workplace in ${row.municipality} (${row.province}) is outside the area the person can reach`);
  else if (row.mobility === 0.5) gaps.push('Record where the person can travel to work (mobility) to rank this better');

  const licence = row.driving_licence_required
    ? row.licence_ok
      ? `holds the category ${row.driving_licence_required} licence the job needs`
      : `does not hold the category ${row.driving_licence_required} licence the job needs`
    : 'no licence needed';
  if (!row.licence_ok)
    gaps.unshift(`Excluded: the job needs a category ${row.driving_licence_required} driving licence, which the person does not hold`);
  if (!row.permit_ok) {
    gaps.unshift(
      `Excluded: the residence permit expired on ${row.permit_expires_on}; the renewal must be completed before a job can start`,
    );
  } else if (row.permit_expires_on !== null && row.closes_on !== null && row.permit_expires_on < row.closes_on) {
    gaps.push(`The residence permit expires on ${row.permit_expires_on}, before the vacancy closes (${row.closes_on}): follow the renewal`);
  }
  if (row.italian_short) {
    const courses = row.language_courses ?? [];
    gaps.push(
      courses.length > 0
        ? `Needs ${row.italian_level_required} Italian, has ${row.italian_level}: ${courses.join(', ')} (Italian courses in ${row.province}) can close the gap`
        : `Needs ${row.italian_level_required} Italian, has ${row.italian_level}: no Italian course in ${row.province} is published in the catalogue`,
    );
  }

  return {
    beneficiaryId: row.beneficiary_id,
    vacancyId: row.vacancy_id,
    score: row.score,
    excluded: !row.eligible,
    factors: [
      { name: 'OCCUPATION', weight: WEIGHTS.OCCUPATION, value: row.occupation, explanation: occupation },
      { name: 'AVAILABILITY', weight: WEIGHTS.AVAILABILITY, value: availabilityValue, explanation: availability.join('; ') },
      { name: 'MOBILITY', weight: WEIGHTS.MOBILITY, value: row.mobility, explanation: mobility },
      { name: 'DRIVING_LICENCE', weight: 0, value: row.licence_ok ? 1 : 0, explanation: licence },
    ],
    gaps,
  };
}
