import { CONTRACTS } from '@shubh/platform';

/**
 * How well a person's labour profile (`p`, a row of labour.labour_profile) fits a vacancy (`v`, a row of
 * labour.job_vacancy), written once in SQL for both directions of matching. Each factor is 0..1 (null when neither
 * side said, for availability). Hard constraints exclude, with the reason: a person without the licence a job needs,
 * or whose residence permit (under renewal) has expired. The Italian level in force and the permit come from the
 * beneficiaries subgraph's contract `labour_facts` (never a copy); an Italian level below the job's minimum is a gap
 * naming the catalogue's Italian-language services in the job's province (`language_course`), read in the same
 * statement.
 */
export const WEIGHTS = { OCCUPATION: 0.5, AVAILABILITY: 0.3, MOBILITY: 0.2 } as const;

const OCCUPATION = `CASE
  WHEN v.isco_code = p.desired_isco_codes[1] THEN 1.0
  WHEN v.isco_code = ANY (p.desired_isco_codes) THEN 0.8
  WHEN left(v.isco_code, 3) IN (SELECT left(c, 3) FROM unnest(p.desired_isco_codes) c) THEN 0.5
  WHEN left(v.isco_code, 2) IN (SELECT left(c, 2) FROM unnest(p.desired_isco_codes) c) THEN 0.25
  ELSE 0.0 END`;
const HOURS = `CASE WHEN v.weekly_hours IS NULL OR p.hours_per_week IS NULL THEN NULL
  ELSE least(1.0, p.hours_per_week::numeric / v.weekly_hours) END`;
const SHIFTS = `CASE WHEN cardinality(v.shifts) = 0 OR cardinality(p.shifts) = 0 THEN NULL
  ELSE (SELECT count(*) FROM unnest(v.shifts) s WHERE s = ANY (p.shifts))::numeric / cardinality(v.shifts) END`;
const MOBILITY = `CASE WHEN v.province = ANY (p.reachable_provinces) OR v.municipality = ANY (p.reachable_municipalities) THEN 1.0
  WHEN cardinality(p.reachable_provinces) = 0 AND cardinality(p.reachable_municipalities) = 0 THEN 0.5
  ELSE 0.0 END`;
const LICENCE_OK = `(v.driving_licence_required IS NULL OR v.driving_licence_required = ANY (p.driving_licences))`;
const TODAY = `(now() AT TIME ZONE 'Europe/Rome')::date`;
const PERMIT_OK = `(lf.permit_expires_on IS NULL OR lf.permit_expires_on >= ${TODAY})`;
/** CEFR levels compare as text (A1 < A2 < B1 < B2 < C1 < C2). */
const ITALIAN_SHORT = `(v.italian_level_required IS NOT NULL AND lf.italian_level IS NOT NULL AND lf.italian_level < v.italian_level_required)`;
/** Up to three Italian-language services serving the job's province, by name; only for a person short of the level. */
const LANGUAGE_COURSES = `CASE WHEN ${ITALIAN_SHORT} THEN ARRAY(SELECT c.name FROM ${CONTRACTS.languageCourse} c
  WHERE v.province = ANY (c.provinces) ORDER BY c.name LIMIT 3) END`;
const FACTS_JOIN = `LEFT JOIN ${CONTRACTS.labourFacts} lf ON lf.beneficiary_id = p.beneficiary_id`;

/** The select list of a match: the factors, the score and the facts its gap sentences quote. */
const FACTORS = `
  p.beneficiary_id::text AS beneficiary_id, v.id::text AS vacancy_id,
  (${OCCUPATION})::float8 AS occupation, (${HOURS})::float8 AS hours, (${SHIFTS})::float8 AS shifts,
  (${MOBILITY})::float8 AS mobility, ${LICENCE_OK} AS licence_ok, ${PERMIT_OK} AS permit_ok,
  lf.italian_level, v.italian_level_required, ${ITALIAN_SHORT} AS italian_short, ${LANGUAGE_COURSES} AS language_courses,
  lf.permit_expires_on::text AS permit_expires_on, v.closes_on::text AS closes_on,
  p.desired_isco_codes, p.hours_per_week, p.shifts AS person_shifts,
  v.isco_code::text AS isco_code, v.weekly_hours, v.shifts AS vacancy_shifts, v.province::text AS province, v.municipality,
  v.driving_licence_required`;

/** Ranked: those not excluded first, then by score, then by id (a stable order). */
const RANKED = `
  SELECT m.*, m.licence_ok AND m.permit_ok AS eligible, CASE WHEN m.licence_ok AND m.permit_ok THEN round((${WEIGHTS.OCCUPATION} * m.occupation
      + ${WEIGHTS.AVAILABILITY} * coalesce((coalesce(m.hours, m.shifts) + coalesce(m.shifts, m.hours)) / 2, 0.5)
      + ${WEIGHTS.MOBILITY} * m.mobility)::numeric, 3) ELSE 0 END::float8 AS score
  FROM matches m`;

/** The statuses of people looking for work: the employed, self-employed and those out of the labour force are not. */
export const LOOKING_FOR_WORK = ['UNEMPLOYED', 'IN_TRAINING', 'IN_TRAINEESHIP'];

/**
 * People for a vacancy: `$1` the vacancy, `$2` true for a caller who sees every corner, `$3` the caller's corners,
 * `$4` the page size, `$5` the statuses looking for work. Only people with the LABOUR_MATCHING consent in force (from beneficiaries.case_access), looking
 * for work, and wanting an occupation at least in the vacancy's sub-major group.
 */
export const CANDIDATES_SQL = `
  WITH matches AS (
    SELECT ${FACTORS}
    FROM labour.job_vacancy v
    JOIN labour.labour_profile p ON p.employment_status = ANY ($5::text[])
    JOIN ${CONTRACTS.caseAccess} ca ON ca.beneficiary_id = p.beneficiary_id
    ${FACTS_JOIN}
    WHERE v.id = $1 AND 'LABOUR_MATCHING' = ANY (ca.purposes_in_force)
      AND ($2::boolean OR ca.integra_corner_id = ANY ($3::uuid[]))
      AND left(v.isco_code, 2) IN (SELECT left(c, 2) FROM unnest(p.desired_isco_codes) c)
  )
  ${RANKED}
  ORDER BY eligible DESC, score DESC, beneficiary_id LIMIT $4`;

/** Open vacancies for a person: `$1` the person (whose profile the caller was allowed to read), `$2` the page size. */
export const VACANCIES_SQL = `
  WITH matches AS (
    SELECT ${FACTORS}
    FROM labour.labour_profile p
    JOIN labour.job_vacancy v ON v.status = 'OPEN'
      AND left(v.isco_code, 2) IN (SELECT left(c, 2) FROM unnest(p.desired_isco_codes) c)
    ${FACTS_JOIN}
    WHERE p.beneficiary_id = $1
  )
  ${RANKED}
  ORDER BY eligible DESC, score DESC, vacancy_id LIMIT $2`;

/** A row of either statement. */
export interface MatchRow {
  beneficiary_id: string;
  vacancy_id: string;
  occupation: number;
  hours: number | null;
  shifts: number | null;
  mobility: number;
  licence_ok: boolean;
  permit_ok: boolean;
  eligible: boolean;
  italian_level: string | null;
  italian_level_required: string | null;
  italian_short: boolean;
  language_courses: string[] | null;
  permit_expires_on: string | null;
  closes_on: string | null;
  score: number;
  desired_isco_codes: string[];
  hours_per_week: number | null;
  person_shifts: string[];
  isco_code: string;
  weekly_hours: number | null;
  vacancy_shifts: string[];
  province: string;
  municipality: string;
  driving_licence_required: string | null;
}
