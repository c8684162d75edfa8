import { CONTRACTS, sqlTextList as list } from '@shubh/platform';
import type { EntityManager } from 'typeorm';
import { ageBandSql } from '../beneficiary/age-band.js';
import { eligibleOnSql } from '../eligibility/eligibility.js';
import type { ResultIndicator } from '../generated/resolvers-types.js';
import {
  AFTER_EXIT_EMPLOYED,
  CEFR_LEVELS,
  EDUCATION_STATUSES,
  EMPLOYED_STATUSES,
  INDICATORS,
  TENANCY_STATUSES,
  TRAINEESHIP_STATUSES,
  VULNERABILITY_KEYS,
  type GrainFigures,
} from './indicators.js';

/**
 * What each count indicator counts, over the per-person facts of `GRAIN_FIGURES_SQL` (its `fact` rows): a person
 * counted once per indicator, in the period and cumulatively (up to the period's last day, $2). `day`: the person
 * counts in the period that day falls in ($1 to $2, both included) and cumulatively from it. `inPeriod` and `byEnd`:
 * a condition each. The definitions these rules implement are the words of `INDICATORS`.
 */
type CountRule = { day: string } | { inPeriod: string; byEnd: string };
export const COUNT_RULES: Partial<Record<ResultIndicator, CountRule>> = {
  REACHED: { day: 'reached_on' },
  REFERRED: { day: 'opened_on' },
  ELIGIBLE: { day: 'eligible_on' },
  ENROLLED: { day: 'enrolled_on' },
  PAI_AGREED: { day: 'plan_agreed_on' },
  IN_EMPLOYMENT: { inPeriod: 'employed_in_period', byEnd: 'employed_by_end' },
  MOVED_TO_TENANCY: { day: 'housed_on' },
  RENT_GUARANTEES_ACTIVE: { inPeriod: 'guarantee_in_period', byEnd: 'guarantee_by_end' },
  AUTONOMY_OUTCOME: { day: 'autonomous_on' },
  PAI_REVISED: { inPeriod: 'revised_in_period', byEnd: 'revised_by_end' },
  ITALIAN_LEVEL_GAINED: { inPeriod: 'italian_steps > 0 AND italian_latest_on BETWEEN $1 AND $2', byEnd: 'italian_steps > 0' },
  QUALIFICATIONS_SUBMITTED: { day: 'qualification_submitted_on' },
  QUALIFICATIONS_RECOGNISED: { day: 'qualification_recognised_on' },
  IN_EDUCATION: { inPeriod: 'education_in_period', byEnd: 'education_by_end' },
  IN_TRAINEESHIP: { inPeriod: 'traineeship_in_period', byEnd: 'traineeship_by_end' },
  EMPLOYED_AFTER_EXIT: { day: 'employed_after_exit_on' },
};
const PEOPLE_COUNTED = (Object.keys(INDICATORS) as ResultIndicator[]).filter((indicator) => INDICATORS[indicator].unit === 'PEOPLE');
for (const indicator of PEOPLE_COUNTED) {
  if (!COUNT_RULES[indicator]) throw new Error(`The results indicator ${indicator} counts people and has no rule in COUNT_RULES`);
}

/** The columns of a grain, in the people in scope (`person`) and in every statement grouped by grain. */
const GRAIN = ['corner', 'province', 'sex', 'age_band', 'citizenship', 'protection_status', 'vulnerability'] as const;
const GRAIN_COLUMNS = GRAIN.join(', ');
/** The grain's columns as one text (a single join key the planner estimates well, where seven columns misled it). */
const GRAIN_KEY = `concat_ws('|', ${GRAIN.join(', ')})`;

/**
 * SQL over the `employment` spells below, true when the person has a labour spell in one of `statuses` on some day
 * on or after their enrolment, up to the period's end ($2), and from its first day ($1) when `from` is given.
 */
const spellIn = (statuses: readonly string[], from: '$1' | null) =>
  `coalesce(bool_or(e.employment_status IN (${list(statuses)}) AND e.enrolled_on <= $2 AND e.started_on <= $2
     AND coalesce(e.ended_on, 'infinity'::date) >= ${from == null ? 'e.enrolled_on' : `greatest(${from}::date, e.enrolled_on)`}), false)`;

/** A CEFR level's position (A1 is 0); an unknown level -1, as `indexOf` gives. */
const cefrIndex = (level: string) => `(coalesce(array_position(ARRAY[${list(CEFR_LEVELS)}], ${level}), 0) - 1)`;

/** The count columns of the grain statement, `"<INDICATOR>:0"` in the period and `"<INDICATOR>:1"` cumulative. */
const countColumns = (Object.entries(COUNT_RULES) as [ResultIndicator, CountRule][])
  .map(([indicator, rule]) => {
    const [inPeriod, byEnd] = 'day' in rule ? [`${rule.day} BETWEEN $1 AND $2`, `${rule.day} <= $2`] : [rule.inPeriod, rule.byEnd];
    return `count(*) FILTER (WHERE ${inPeriod})::int AS "${indicator}:0", count(*) FILTER (WHERE ${byEnd})::int AS "${indicator}:1"`;
  })
  .join(',\n    ');

/**
 * The figures of a period [$1, $2] per grain (`GrainFigures`: corner, province, sex, age band on the period's last
 * day, citizenship, protection status, vulnerability), for the people in scope ($3 corners, $4 province; null:
 * everywhere). Beneficiaries' own tables, and the other subgraphs' facts only through their published contracts.
 * Intake referrals not (yet) converted count as people reached.
 *
 * Set-based and folded in SQL: each table and contract is read once, joined to the people in scope and grouped by
 * person (`fact`: one row per person), then the people are counted per grain by `COUNT_RULES`; referrals and the
 * services delivered are counted per grain directly. A national report is one row per grain instead of one per
 * person (a correlated subquery per person and fact cost 200 s for 300,000 people, and folding 330,000 rows in
 * JavaScript most of the rest: `bench/README.md`).
 */
export const GRAIN_FIGURES_SQL = `
  WITH vulnerable AS (
    SELECT DISTINCT s.beneficiary_id AS id FROM beneficiaries.sensitive_profile s WHERE cardinality(s.vulnerabilities) > 0),
  -- Everyone in scope: the beneficiaries (id), then the intake referrals not converted (no id, reached on intake_on).
  scope AS MATERIALIZED (
    SELECT b.id, b.integra_corner_id AS corner, b.province::text AS province, coalesce(b.sex, 'NOT_RECORDED') AS sex,
      ${ageBandSql('b.birth_date', '$2::date')} AS age_band, b.citizenship::text AS citizenship, b.protection_status,
      CASE WHEN v.id IS NULL THEN '${VULNERABILITY_KEYS.none}' ELSE '${VULNERABILITY_KEYS.vulnerable}' END AS vulnerability,
      NULL::date AS intake_on, (b.created_at AT TIME ZONE 'Europe/Rome')::date AS opened_on, b.enrolled_on,
      ${eligibleOnSql('b.protection_status', 'b.reception_exit_date', "(b.created_at AT TIME ZONE 'Europe/Rome')::date")} AS eligible
    FROM beneficiaries.beneficiary b LEFT JOIN vulnerable v ON v.id = b.id
    WHERE ($3::uuid[] IS NULL OR b.integra_corner_id = ANY($3)) AND ($4::text IS NULL OR b.province = $4)
    UNION ALL
    SELECT NULL, i.integra_corner_id, i.province, 'NOT_RECORDED', ${ageBandSql('i.birth_date', '$2::date')}, i.citizenship,
      i.protection_status, '${VULNERABILITY_KEYS.none}', i.referred_on, NULL, NULL, false
    FROM beneficiaries.intake_referral i
    WHERE i.converted_beneficiary_id IS NULL
      AND ($3::uuid[] IS NULL OR i.integra_corner_id = ANY($3)) AND ($4::text IS NULL OR i.province = $4)),
  -- Each grain numbered (the same number for the same corner, province, sex, ...): every statement below groups by it.
  grain AS MATERIALIZED (
    SELECT g.key, row_number() OVER () AS grain FROM (SELECT DISTINCT ${GRAIN_KEY} AS key FROM scope) g),
  person AS MATERIALIZED (
    SELECT s.*, g.grain FROM scope s JOIN grain g ON g.key = ${GRAIN_KEY}),
  intake AS (
    SELECT ir.converted_beneficiary_id AS id, min(ir.referred_on) AS referred_on
    FROM beneficiaries.intake_referral ir JOIN person p ON p.id = ir.converted_beneficiary_id
    GROUP BY ir.converted_beneficiary_id),
  plan AS (
    SELECT v.beneficiary_id AS id,
      min((greatest(v.agreed_by_beneficiary_at, v.agreed_by_tutor_at) AT TIME ZONE 'Europe/Rome')::date)
        FILTER (WHERE v.agreed_by_beneficiary_at IS NOT NULL AND v.agreed_by_tutor_at IS NOT NULL) AS agreed_on,
      coalesce(bool_or(v.version > 1 AND (v.created_at AT TIME ZONE 'Europe/Rome')::date BETWEEN $1 AND $2), false) AS revised_in_period,
      coalesce(bool_or(v.version > 1 AND (v.created_at AT TIME ZONE 'Europe/Rome')::date <= $2), false) AS revised_by_end
    FROM beneficiaries.action_plan_version v JOIN person p ON p.id = v.beneficiary_id
    GROUP BY v.beneficiary_id),
  employment AS MATERIALIZED (
    SELECT e.beneficiary_id, e.employment_status, e.started_on, e.ended_on, p.enrolled_on
    FROM ${CONTRACTS.employmentSpell} e JOIN person p ON p.id = e.beneficiary_id),
  housing AS MATERIALIZED (
    SELECT h.beneficiary_id, h.status, h.started_on, h.ended_on, p.enrolled_on
    FROM ${CONTRACTS.housingSpell} h JOIN person p ON p.id = h.beneficiary_id),
  labour AS (
    SELECT e.beneficiary_id AS id,
      coalesce(bool_or(e.employment_status IN (${list(EMPLOYED_STATUSES)}) AND e.started_on >= e.enrolled_on
        AND e.started_on <= $2 AND (e.ended_on IS NULL OR e.ended_on >= $1)), false) AS employed_in_period,
      coalesce(bool_or(e.employment_status IN (${list(EMPLOYED_STATUSES)}) AND e.started_on >= e.enrolled_on
        AND e.started_on <= $2), false) AS employed_by_end,
      ${spellIn(EDUCATION_STATUSES, '$1')} AS education_in_period, ${spellIn(EDUCATION_STATUSES, null)} AS education_by_end,
      ${spellIn(TRAINEESHIP_STATUSES, '$1')} AS traineeship_in_period, ${spellIn(TRAINEESHIP_STATUSES, null)} AS traineeship_by_end
    FROM employment e
    GROUP BY e.beneficiary_id),
  housed AS (
    SELECT h.beneficiary_id AS id, min(h.started_on) AS housed_on
    FROM housing h WHERE h.status IN (${list(TENANCY_STATUSES)}) AND h.started_on >= h.enrolled_on
    GROUP BY h.beneficiary_id),
  autonomy AS (
    SELECT e.beneficiary_id AS id, min(greatest(e.started_on, h.started_on)) AS autonomous_on
    FROM employment e JOIN housing h ON h.beneficiary_id = e.beneficiary_id
    WHERE e.employment_status IN (${list(EMPLOYED_STATUSES)}) AND h.status IN (${list(TENANCY_STATUSES)})
      AND e.started_on >= e.enrolled_on AND h.started_on >= h.enrolled_on
      AND greatest(e.started_on, h.started_on) <= least(coalesce(e.ended_on, 'infinity'::date), coalesce(h.ended_on, 'infinity'::date))
    GROUP BY e.beneficiary_id),
  guarantee AS (
    SELECT g.beneficiary_id AS id,
      coalesce(bool_or(g.started_on <= $2 AND (g.ended_on IS NULL OR g.ended_on >= $1)), false) AS in_period,
      coalesce(bool_or(g.started_on <= $2), false) AS by_end
    FROM ${CONTRACTS.rentGuaranteeSpell} g JOIN person p ON p.id = g.beneficiary_id
    GROUP BY g.beneficiary_id),
  italian AS (
    SELECT a.beneficiary_id AS id,
      (array_agg(a.level ORDER BY a.assessed_on, a.recorded_at))[1] AS first,
      (array_agg(a.level ORDER BY a.assessed_on DESC, a.recorded_at DESC))[1] AS latest,
      max(a.assessed_on) AS latest_on, count(*)::int AS assessments
    FROM beneficiaries.language_assessment a JOIN person p ON p.id = a.beneficiary_id
    WHERE a.language = 'it' AND a.assessed_on <= $2
    GROUP BY a.beneficiary_id),
  qualification AS (
    SELECT e.beneficiary_id AS id,
      min(e.recognition_submitted_on) FILTER (WHERE e.recognition_submitted_on IS NOT NULL) AS submitted_on,
      min(e.recognition_decided_on) FILTER (WHERE e.recognition_status = 'RECOGNISED') AS recognised_on
    FROM beneficiaries.education e JOIN person p ON p.id = e.beneficiary_id
    GROUP BY e.beneficiary_id),
  after_exit AS (
    SELECT f.beneficiary_id AS id, min(f.contacted_on) AS employed_on
    FROM beneficiaries.after_exit_follow_up f JOIN person p ON p.id = f.beneficiary_id
    WHERE f.reached AND f.employment_status IN (${list(AFTER_EXIT_EMPLOYED)})
    GROUP BY f.beneficiary_id),
  -- One row per person in scope with the facts COUNT_RULES count.
  fact AS (
    SELECT b.grain, ${GRAIN.map((column) => `b.${column}`).join(', ')},
      coalesce(intake.referred_on, b.intake_on, b.opened_on) AS reached_on, b.opened_on, CASE WHEN b.eligible THEN b.opened_on END AS eligible_on,
      b.enrolled_on, plan.agreed_on AS plan_agreed_on,
      coalesce(labour.employed_in_period, false) AS employed_in_period, coalesce(labour.employed_by_end, false) AS employed_by_end,
      housed.housed_on, coalesce(guarantee.in_period, false) AS guarantee_in_period, coalesce(guarantee.by_end, false) AS guarantee_by_end,
      autonomy.autonomous_on,
      coalesce(plan.revised_in_period, false) AS revised_in_period, coalesce(plan.revised_by_end, false) AS revised_by_end,
      CASE WHEN italian.assessments >= 2 THEN ${cefrIndex('italian.latest')} - ${cefrIndex('italian.first')} END AS italian_steps,
      italian.latest_on AS italian_latest_on,
      qualification.submitted_on AS qualification_submitted_on, qualification.recognised_on AS qualification_recognised_on,
      coalesce(labour.education_in_period, false) AS education_in_period, coalesce(labour.education_by_end, false) AS education_by_end,
      coalesce(labour.traineeship_in_period, false) AS traineeship_in_period, coalesce(labour.traineeship_by_end, false) AS traineeship_by_end,
      after_exit.employed_on AS employed_after_exit_on
    FROM person b
    LEFT JOIN intake ON intake.id = b.id
    LEFT JOIN plan ON plan.id = b.id
    LEFT JOIN labour ON labour.id = b.id
    LEFT JOIN housed ON housed.id = b.id
    LEFT JOIN autonomy ON autonomy.id = b.id
    LEFT JOIN guarantee ON guarantee.id = b.id
    LEFT JOIN italian ON italian.id = b.id
    LEFT JOIN qualification ON qualification.id = b.id
    LEFT JOIN after_exit ON after_exit.id = b.id),
  counted AS (
    SELECT grain, ${GRAIN_COLUMNS},
    ${countColumns},
      array_agg(plan_agreed_on - enrolled_on) FILTER (WHERE enrolled_on IS NOT NULL AND plan_agreed_on BETWEEN $1 AND $2) AS plan_days_in_period,
      array_agg(plan_agreed_on - enrolled_on) FILTER (WHERE enrolled_on IS NOT NULL AND plan_agreed_on <= $2) AS plan_days_by_end,
      array_agg(italian_steps) FILTER (WHERE italian_steps IS NOT NULL AND italian_latest_on BETWEEN $1 AND $2) AS steps_in_period,
      array_agg(italian_steps) FILTER (WHERE italian_steps IS NOT NULL) AS steps_by_end
    FROM fact
    GROUP BY grain, ${GRAIN_COLUMNS}),
  referral AS (
    SELECT p.grain,
      count(*) FILTER (WHERE o.sent_on BETWEEN $1 AND $2)::int AS sent_in_period,
      count(*) FILTER (WHERE o.sent_on BETWEEN $1 AND $2 AND o.completed_on <= $2)::int AS completed_in_period,
      count(*) FILTER (WHERE o.sent_on <= $2)::int AS sent_by_end,
      count(*) FILTER (WHERE o.sent_on <= $2 AND o.completed_on <= $2)::int AS completed_by_end,
      array_agg(o.completed_on - o.sent_on) FILTER (WHERE o.completed_on BETWEEN $1 AND $2) AS days_in_period,
      array_agg(o.completed_on - o.sent_on) FILTER (WHERE o.completed_on <= $2) AS days_by_end
    FROM ${CONTRACTS.referralOutcome} o JOIN person p ON p.id = o.beneficiary_id
    GROUP BY p.grain),
  service AS (
    SELECT s.grain, json_object_agg(s.area || '|' || s.programme_code, json_build_array(s.in_period, s.by_end)) AS deliveries
    FROM (SELECT p.grain, d.area, d.programme_code, count(*) FILTER (WHERE d.started_on >= $1)::int AS in_period, count(*)::int AS by_end
          FROM ${CONTRACTS.serviceDelivery} d JOIN person p ON p.id = d.beneficiary_id
          WHERE d.started_on <= $2
          GROUP BY p.grain, d.area, d.programme_code) s
    GROUP BY s.grain)
  SELECT counted.*, referral.sent_in_period, referral.completed_in_period, referral.sent_by_end, referral.completed_by_end,
    referral.days_in_period, referral.days_by_end, service.deliveries
  FROM counted
  LEFT JOIN referral ON referral.grain = counted.grain
  LEFT JOIN service ON service.grain = counted.grain`;

type GrainRow = Record<(typeof GRAIN)[number], string> &
  Record<`${ResultIndicator}:${0 | 1}`, number> & {
    plan_days_in_period: number[] | null;
    plan_days_by_end: number[] | null;
    steps_in_period: number[] | null;
    steps_by_end: number[] | null;
    sent_in_period: number | null;
    completed_in_period: number | null;
    sent_by_end: number | null;
    completed_by_end: number | null;
    days_in_period: number[] | null;
    days_by_end: number[] | null;
    deliveries: Record<string, [number, number]> | null;
  };

/** The live figures of a period [from, to] per grain, for the people in scope (null: everywhere): one statement. */
export async function grainFigures(
  manager: EntityManager,
  from: string,
  to: string,
  corners: readonly string[] | null,
  province: string | null,
): Promise<GrainFigures[]> {
  const rows: GrainRow[] = await manager.query(GRAIN_FIGURES_SQL, [from, to, corners, province]);
  return rows.map((row) => {
    const counts: GrainFigures['counts'] = {};
    for (const indicator of Object.keys(COUNT_RULES) as ResultIndicator[]) {
      const pair: [number, number] = [row[`${indicator}:0`], row[`${indicator}:1`]];
      if (pair[0] > 0 || pair[1] > 0) counts[indicator] = pair;
    }
    const medians: NonNullable<GrainFigures['medians']> = {};
    if (row.steps_by_end) medians.ITALIAN_CEFR_STEPS_GAINED = [row.steps_in_period ?? [], row.steps_by_end];
    if (row.days_by_end) medians.REFERRAL_MEDIAN_DAYS = [row.days_in_period ?? [], row.days_by_end];
    return {
      grain: {
        INTEGRA_CORNER: row.corner,
        PROVINCE: row.province,
        SEX: row.sex,
        AGE_BAND: row.age_band,
        CITIZENSHIP: row.citizenship,
        PROTECTION_STATUS: row.protection_status,
        VULNERABILITY: row.vulnerability,
      },
      counts,
      daysToPlan: [row.plan_days_in_period ?? [], row.plan_days_by_end ?? []],
      medians,
      deliveries: row.deliveries ?? {},
      referrals: [row.sent_in_period ?? 0, row.completed_in_period ?? 0, row.sent_by_end ?? 0, row.completed_by_end ?? 0],
    };
  });
}
