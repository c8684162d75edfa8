import {
  assertInNetwork,
  addDays,
  addMonths,
  badUserInput,
  type Caller,
  conflict,
  CONTRACTS,
  isIsoDate,
  NOTE_TEXT,
  notFound,
  parseId,
  parseProvince,
  readText,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { ageBandSql } from '../beneficiary/age-band.js';
import { SMALL_CELL_THRESHOLD } from '../caseload-indicators/caseload-indicators.service.js';
import type {
  DefineReportingPeriodInput,
  QueryResultsReportArgs,
  ReportFormat,
  ResultIndicator,
  SetResultTargetInput,
} from '../generated/resolvers-types.js';
import {
  AFTER_EXIT_EMPLOYED,
  breakDown,
  COUNT_UNITS,
  EDUCATION_STATUSES,
  EMPLOYED_STATUSES,
  FIRST_INDICATORS,
  TRAINEESHIP_STATUSES,
  grainFigures,
  INDICATORS,
  TENANCY_STATUSES,
  type BrokenDownFigure,
  type GrainFigures,
  type PersonFacts,
} from './indicators.js';
import { reportFile, type ReportFileRow } from './report-file.js';
import { ReportingPeriodEntity, ReportingPeriodVersionEntity, ResultTargetEntity } from './results.entities.js';
import { resultsPolicy } from './results.policy.js';
import { suppressSmallCells, type AdditiveTable } from './suppression.js';

export interface ReportingPeriodRow extends ReportingPeriodEntity {
  versions: ReportingPeriodVersionEntity[];
}

export interface ResultCellRow {
  dimension: BrokenDownFigure['dimension'];
  key: string;
  integraCornerId: string | null;
  target: number | null;
  periodValue: number | null;
  cumulativeValue: number | null;
  suppressed: boolean;
}

export interface IndicatorResultRow {
  indicator: ResultIndicator;
  unit: (typeof INDICATORS)[ResultIndicator]['unit'];
  name: string;
  definition: string;
  amifIndicator: string | null;
  target: number | null;
  cells: ResultCellRow[];
}

export interface ResultsReportRow {
  period: ReportingPeriodRow;
  version: number | null;
  suppressed: boolean;
  suppressionThreshold: number;
  indicators: IndicatorResultRow[];
}

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
/**
 * SQL over the `employment` spells below, true when the person has a labour spell in one of `statuses` on some day
 * on or after their enrolment, up to the period's end ($2), and from its first day ($1) when `from` is given.
 */
const spellIn = (statuses: readonly string[], from: '$1' | null) =>
  `coalesce(bool_or(e.employment_status IN (${list(statuses)}) AND e.enrolled_on <= $2 AND e.started_on <= $2
     AND coalesce(e.ended_on, 'infinity'::date) >= ${from == null ? 'e.enrolled_on' : `greatest(${from}::date, e.enrolled_on)`}), false)`;

/**
 * One row per person in scope with the facts the indicators count, for the period [$1, $2]. Beneficiaries' own
 * tables, and the other subgraphs' facts only through their published contracts. Intake referrals not (yet)
 * converted count as people reached. The first person of each grain carries the grain's services delivered, counted
 * (`PersonFacts.deliveries`).
 *
 * Set-based: each table and contract is read once per report, joined to the people in scope and grouped by person
 * (a correlated subquery per person and fact cost 200 s for 300,000 people: `bench/README.md`). A fact with no row
 * reads as the correlated form did: false, 0, an empty list or null.
 */
export const FACTS_SQL = `
  WITH vulnerability AS (
    SELECT DISTINCT s.beneficiary_id AS id FROM beneficiaries.sensitive_profile s WHERE cardinality(s.vulnerabilities) > 0),
  -- The people in scope, each with their grain (the breakdowns a report keeps, \`GrainFigures\`) named by its first person.
  person AS MATERIALIZED (
    SELECT b.*, first_value(b.id) OVER (PARTITION BY b.integra_corner_id, b.province, b.sex, b.age_band, b.citizenship,
      b.protection_status, b.vulnerable ORDER BY b.id) AS grain
    FROM (SELECT b.id, b.integra_corner_id, b.province, b.sex, b.birth_date, b.citizenship, b.protection_status, b.reception_exit_date,
            b.created_at, b.enrolled_on, ${ageBandSql('b.birth_date', '$2::date')} AS age_band, v.id IS NOT NULL AS vulnerable
          FROM beneficiaries.beneficiary b LEFT JOIN vulnerability v ON v.id = b.id
          WHERE ($3::uuid[] IS NULL OR b.integra_corner_id = ANY($3)) AND ($4::text IS NULL OR b.province = $4)) b),
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
  referral AS (
    SELECT o.beneficiary_id AS id,
      count(*) FILTER (WHERE o.sent_on BETWEEN $1 AND $2)::int AS sent_in_period,
      count(*) FILTER (WHERE o.sent_on BETWEEN $1 AND $2 AND o.completed_on <= $2)::int AS completed_in_period,
      count(*) FILTER (WHERE o.sent_on <= $2)::int AS sent_by_end,
      count(*) FILTER (WHERE o.sent_on <= $2 AND o.completed_on <= $2)::int AS completed_by_end,
      array_agg(o.completed_on - o.sent_on) FILTER (WHERE o.completed_on BETWEEN $1 AND $2) AS days_in_period,
      array_agg(o.completed_on - o.sent_on) FILTER (WHERE o.completed_on <= $2) AS days_by_end
    FROM ${CONTRACTS.referralOutcome} o JOIN person p ON p.id = o.beneficiary_id
    GROUP BY o.beneficiary_id),
  -- Services delivered are counted per grain, area and programme, not listed per person (millions of enrolments at
  -- national scale), and carried by the grain's first person.
  service AS (
    SELECT s.grain, json_agg(json_build_object('area', s.area, 'programme', s.programme_code, 'inPeriod', s.in_period, 'byEnd', s.by_end)) AS deliveries
    FROM (SELECT p.grain, d.area, d.programme_code, count(*) FILTER (WHERE d.started_on >= $1)::int AS in_period, count(*)::int AS by_end
          FROM ${CONTRACTS.serviceDelivery} d JOIN person p ON p.id = d.beneficiary_id
          WHERE d.started_on <= $2
          GROUP BY p.grain, d.area, d.programme_code) s
    GROUP BY s.grain),
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
    GROUP BY f.beneficiary_id)
  SELECT b.integra_corner_id AS corner, b.province, b.sex, b.birth_date::text AS "birthDate", b.citizenship,
    b.protection_status AS "protectionStatus", b.reception_exit_date::text AS "receptionExitDate", true AS "isBeneficiary",
    (b.created_at AT TIME ZONE 'Europe/Rome')::date::text AS "openedOn",
    coalesce(intake.referred_on, (b.created_at AT TIME ZONE 'Europe/Rome')::date)::text AS "reachedOn",
    b.enrolled_on::text AS "enrolledOn",
    plan.agreed_on::text AS "planAgreedOn",
    coalesce(labour.employed_in_period, false) AS "employedInPeriod", coalesce(labour.employed_by_end, false) AS "employedByEnd",
    housed.housed_on::text AS "housedOn",
    coalesce(guarantee.in_period, false) AS "guaranteeInPeriod", coalesce(guarantee.by_end, false) AS "guaranteeByEnd",
    autonomy.autonomous_on::text AS "autonomousOn",
    coalesce(referral.sent_in_period, 0) AS "referralsSentInPeriod", coalesce(referral.completed_in_period, 0) AS "referralsCompletedInPeriod",
    coalesce(referral.sent_by_end, 0) AS "referralsSentByEnd", coalesce(referral.completed_by_end, 0) AS "referralsCompletedByEnd",
    b.vulnerable,
    coalesce(plan.revised_in_period, false) AS "revisedInPeriod", coalesce(plan.revised_by_end, false) AS "revisedByEnd",
    coalesce(service.deliveries, '[]'::json) AS deliveries,
    coalesce(referral.days_in_period, '{}') AS "referralDaysInPeriod", coalesce(referral.days_by_end, '{}') AS "referralDaysByEnd",
    italian.first AS "italianFirst", italian.latest AS "italianLatest", italian.latest_on::text AS "italianLatestOn",
    coalesce(italian.assessments, 0) AS "italianAssessments",
    qualification.submitted_on::text AS "qualificationSubmittedOn", qualification.recognised_on::text AS "qualificationRecognisedOn",
    coalesce(labour.education_in_period, false) AS "educationInPeriod", coalesce(labour.education_by_end, false) AS "educationByEnd",
    coalesce(labour.traineeship_in_period, false) AS "traineeshipInPeriod", coalesce(labour.traineeship_by_end, false) AS "traineeshipByEnd",
    after_exit.employed_on::text AS "employedAfterExitOn", b.age_band AS "ageBand"
  FROM person b
  LEFT JOIN intake ON intake.id = b.id
  LEFT JOIN plan ON plan.id = b.id
  LEFT JOIN labour ON labour.id = b.id
  LEFT JOIN housed ON housed.id = b.id
  LEFT JOIN autonomy ON autonomy.id = b.id
  LEFT JOIN guarantee ON guarantee.id = b.id
  LEFT JOIN referral ON referral.id = b.id
  LEFT JOIN italian ON italian.id = b.id
  LEFT JOIN qualification ON qualification.id = b.id
  LEFT JOIN after_exit ON after_exit.id = b.id
  LEFT JOIN service ON service.grain = b.id
  UNION ALL
  SELECT i.integra_corner_id, i.province, NULL, i.birth_date::text, i.citizenship, i.protection_status, i.reception_exit_date::text,
    false, NULL, i.referred_on::text, NULL, NULL, false, false, NULL, false, false, NULL, 0, 0, 0, 0,
    false, false, false, '[]'::json, '{}'::int[], '{}'::int[], NULL, NULL, NULL, 0, NULL, NULL, false, false, false, false, NULL,
    ${ageBandSql('i.birth_date', '$2::date')}
  FROM beneficiaries.intake_referral i
  WHERE i.converted_beneficiary_id IS NULL
    AND ($3::uuid[] IS NULL OR i.integra_corner_id = ANY($3)) AND ($4::text IS NULL OR i.province = $4)`;

/** Results against the targets, reporting periods and their locks, for one request. */
export class ResultsService {
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
  }

  async periods(): Promise<ReportingPeriodRow[]> {
    resultsPolicy.assert(this.caller, 'read');
    const periods = await this.dataSource
      .getRepository(ReportingPeriodEntity)
      .find({ order: { startsOn: 'DESC', endsOn: 'ASC', kind: 'ASC' } });
    const versions = await this.dataSource.getRepository(ReportingPeriodVersionEntity).find({
      select: { periodId: true, version: true, lockedAt: true, explanation: true, lockedBy: true },
      order: { version: 'ASC' },
    });
    return periods.map((period) => ({ ...period, versions: versions.filter((version) => version.periodId === period.id) }));
  }

  async targets(): Promise<ResultTargetEntity[]> {
    resultsPolicy.assert(this.caller, 'read');
    return this.dataSource.getRepository(ResultTargetEntity).find({ order: { indicator: 'ASC', province: 'ASC', integraCornerId: 'ASC' } });
  }

  private async period(manager: EntityManager, id: string, field: string, lock = false): Promise<ReportingPeriodRow> {
    const period = await manager
      .getRepository(ReportingPeriodEntity)
      .findOne({ where: { id: parseId(id, field) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!period) throw notFound('reporting period', id, field);
    const versions = await manager.getRepository(ReportingPeriodVersionEntity).find({
      select: { periodId: true, version: true, lockedAt: true, explanation: true, lockedBy: true },
      where: { periodId: period.id },
      order: { version: 'ASC' },
    });
    return { ...period, versions };
  }

  /** The live grain figures of a period, for the people in scope (null: everywhere). */
  private async liveFigures(
    manager: EntityManager,
    period: ReportingPeriodEntity,
    corners: readonly string[] | null,
    province: string | null,
  ): Promise<GrainFigures[]> {
    const people: PersonFacts[] = await manager.query(FACTS_SQL, [period.startsOn, period.endsOn, corners, province]);
    return grainFigures(people, period.startsOn, period.endsOn);
  }

  async report(args: QueryResultsReportArgs): Promise<ResultsReportRow> {
    resultsPolicy.assert(this.caller, 'read');
    const province = args.province == null ? null : parseProvince(args.province, 'province');
    const cornerFilter = args.integraCornerId == null ? null : parseId(args.integraCornerId, 'integraCornerId');
    if (province != null || cornerFilter != null) resultsPolicy.assert(this.caller, 'filter');
    const everywhere = resultsPolicy.may(this.caller, 'readEverywhere');
    let corners: string[] | null = cornerFilter == null ? null : [cornerFilter];
    if (!everywhere) {
      // A coordinator: their own corners only (another corner asked for gives nothing).
      corners = (corners ?? [...this.caller.cornerIds]).filter((corner) => this.caller.cornerIds.includes(corner));
    }
    const exact = resultsPolicy.may(this.caller, 'readExact');
    const period = await this.period(this.dataSource.manager, args.periodId, 'periodId');
    const latest = period.versions.at(-1);
    let grains: GrainFigures[];
    // The indicators the figures know: every one live, those frozen in a locked version (the others are unknown).
    let known: ReadonlySet<ResultIndicator> = new Set(Object.keys(INDICATORS) as ResultIndicator[]);
    if (latest) {
      const frozen = await this.dataSource
        .getRepository(ReportingPeriodVersionEntity)
        .findOneByOrFail({ periodId: period.id, version: latest.version });
      known = new Set(frozen.indicators ?? FIRST_INDICATORS);
      grains = frozen.figures.filter(
        (grain) =>
          (corners == null || corners.includes(grain.grain.INTEGRA_CORNER)) && (province == null || grain.grain.PROVINCE === province),
      );
    } else {
      grains = corners?.length === 0 ? [] : await this.liveFigures(this.dataSource.manager, period, corners, province);
    }
    const targets = await this.dataSource.getRepository(ResultTargetEntity).find();
    const scopeTarget = (indicator: ResultIndicator): number | null => {
      const of = targets.filter((target) => target.indicator === indicator);
      if (corners != null && corners.length > 0) {
        const found = corners.map((corner) => of.find((target) => target.integraCornerId === corner)?.value ?? null);
        return found.includes(null) ? null : found.reduce<number>((sum, value) => sum + (value ?? 0), 0);
      }
      if (province != null) return of.find((target) => target.province === province)?.value ?? null;
      if (corners != null) return null;
      return of.find((target) => target.province == null && target.integraCornerId == null)?.value ?? null;
    };
    const indicators = (Object.keys(INDICATORS) as ResultIndicator[]).map((indicator): IndicatorResultRow => {
      const figures = breakDown(indicator, grains).map((figure) =>
        known.has(indicator) ? figure : { ...figure, period: { value: null, base: 0 }, cumulative: { value: null, base: 0 } },
      );
      const withheld = exact ? null : withheldFigures(indicator, figures, grains);
      const of = targets.filter((target) => target.indicator === indicator);
      return {
        indicator,
        ...INDICATORS[indicator],
        amifIndicator: null,
        target: scopeTarget(indicator),
        cells: figures.map((figure) => {
          const cellKey = `${figure.dimension}:${figure.key}`;
          const periodWithheld = withheld?.period.has(cellKey) ?? false;
          const cumulativeWithheld = withheld?.cumulative.has(cellKey) ?? false;
          const target =
            figure.dimension === 'INTEGRA_CORNER'
              ? (of.find((entry) => entry.integraCornerId === figure.key)?.value ?? null)
              : figure.dimension === 'PROVINCE'
                ? (of.find((entry) => entry.province === figure.key)?.value ?? null)
                : null;
          return {
            dimension: figure.dimension,
            key: figure.key,
            integraCornerId: figure.dimension === 'INTEGRA_CORNER' ? figure.key : null,
            target,
            periodValue: periodWithheld ? null : figure.period.value,
            cumulativeValue: cumulativeWithheld ? null : figure.cumulative.value,
            suppressed: periodWithheld || cumulativeWithheld,
          };
        }),
      };
    });
    return { period, version: latest?.version ?? null, suppressed: !exact, suppressionThreshold: SMALL_CELL_THRESHOLD, indicators };
  }

  async reportFile(args: QueryResultsReportArgs, format: ReportFormat): Promise<ReportFileRow> {
    return reportFile(await this.report(args), format);
  }

  async definePeriod(input: DefineReportingPeriodInput): Promise<ReportingPeriodRow> {
    resultsPolicy.assert(this.caller, 'manage');
    if (!isIsoDate(input.startsOn)) throw badUserInput(`input.startsOn must be a date, got ${input.startsOn}`, 'input.startsOn');
    let endsOn: string;
    if (input.kind === 'PROJECT') {
      if (input.endsOn == null || !isIsoDate(input.endsOn) || input.endsOn < input.startsOn) {
        throw badUserInput("input.endsOn must be the project period's last day, on or after input.startsOn", 'input.endsOn');
      }
      endsOn = input.endsOn;
    } else {
      if (input.endsOn != null)
        throw badUserInput(`input.endsOn is for PROJECT periods only; a ${input.kind} ends by itself`, 'input.endsOn');
      const months = input.kind === 'MONTH' ? 1 : 3;
      const quarterStart = input.kind === 'MONTH' || ['01', '04', '07', '10'].includes(input.startsOn.slice(5, 7));
      if (!input.startsOn.endsWith('-01') || !quarterStart) {
        throw badUserInput(
          `input.startsOn must be the first day of a ${input.kind === 'MONTH' ? 'month' : 'quarter (January, April, July, October)'}, got ${input.startsOn}`,
          'input.startsOn',
        );
      }
      endsOn = addDays(addMonths(input.startsOn, months), -1);
    }
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(ReportingPeriodEntity).findOneBy({ kind: input.kind, startsOn: input.startsOn, endsOn });
      if (existing) throw conflict(`This ${input.kind} period is already defined (id ${existing.id})`, 'input.startsOn');
      const saved = await manager
        .getRepository(ReportingPeriodEntity)
        .save({ kind: input.kind, startsOn: input.startsOn, endsOn, createdBy: this.caller.userId });
      await this.audit.change(manager, 'defineReportingPeriod', {
        beneficiaryId: null,
        details: { periodId: saved.id, kind: input.kind, startsOn: input.startsOn, endsOn },
      });
      return this.period(manager, saved.id, 'id');
    });
  }

  async setTarget(input: SetResultTargetInput): Promise<ResultTargetEntity> {
    resultsPolicy.assert(this.caller, 'manage');
    const province = input.province == null ? null : parseProvince(input.province, 'input.province');
    const integraCornerId = input.integraCornerId == null ? null : parseId(input.integraCornerId, 'input.integraCornerId');
    if (province != null && integraCornerId != null) {
      throw badUserInput(
        'A target is national, for a province or for a corner: give input.province or input.integraCornerId, not both',
        'input.integraCornerId',
      );
    }
    if (!Number.isInteger(input.value) || input.value < 0 || input.value > 1_000_000) {
      throw badUserInput(`input.value must be a number of people from 0, got ${input.value}`, 'input.value');
    }
    if (integraCornerId)
      await assertInNetwork(this.dataSource, [{ id: integraCornerId, kind: 'INTEGRA_CORNER', field: 'input.integraCornerId' }]);
    return this.dataSource.transaction(async (manager) => {
      // One target per indicator and scope: a second one replaces the first (atomically, for concurrent settings).
      const [saved] = await manager.query<[{ id: string }]>(
        `INSERT INTO beneficiaries.result_target (indicator, province, integra_corner_id, value, updated_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (indicator, coalesce(province, ''), coalesce(integra_corner_id::text, ''))
           DO UPDATE SET value = excluded.value, updated_at = now(), updated_by = excluded.updated_by
         RETURNING id`,
        [input.indicator, province, integraCornerId, input.value, this.caller.userId],
      );
      await this.audit.change(manager, 'setResultTarget', {
        beneficiaryId: null,
        details: { targetId: saved.id, indicator: input.indicator, province, integraCornerId, value: input.value },
      });
      return manager.getRepository(ResultTargetEntity).findOneByOrFail({ id: saved.id });
    });
  }

  /** Freezes a period's figures (everywhere, exact: each reader's view is cut from them) as a new version. */
  private async freeze(id: string, explanation: string | null): Promise<ReportingPeriodRow> {
    return this.dataSource.transaction(async (manager) => {
      const period = await this.period(manager, id, 'id', true);
      const locked = period.versions.length > 0;
      if (explanation == null && locked) {
        throw conflict('This period is already locked: a change of its figures is a correction (correctReportingPeriod)', 'id');
      }
      if (explanation != null && !locked) throw conflict('This period is not locked: its figures are still live', 'id');
      const version = period.versions.length + 1;
      const figures = await this.liveFigures(manager, period, null, null);
      await manager.getRepository(ReportingPeriodVersionEntity).insert({
        periodId: period.id,
        version,
        figures,
        indicators: Object.keys(INDICATORS) as ResultIndicator[],
        explanation,
        lockedBy: this.caller.userId,
      });
      await this.audit.change(manager, explanation == null ? 'lockReportingPeriod' : 'correctReportingPeriod', {
        beneficiaryId: null,
        reason: explanation,
        details: { periodId: period.id, version },
      });
      return this.period(manager, period.id, 'id');
    });
  }

  async lock(id: string): Promise<ReportingPeriodRow> {
    resultsPolicy.assert(this.caller, 'manage');
    return this.freeze(id, null);
  }

  async correct(id: string, explanation: string): Promise<ReportingPeriodRow> {
    resultsPolicy.assert(this.caller, 'manage');
    return this.freeze(id, readText(explanation, 'explanation', NOTE_TEXT));
  }
}

/**
 * Which figures of one indicator the monitoring role does not see: counts through `suppressSmallCells` over the
 * report's additive tables (each breakdown against the total; the provinces against the corners serving them),
 * medians and rates resting on fewer than the threshold.
 */
export function withheldFigures(
  indicator: ResultIndicator,
  figures: readonly BrokenDownFigure[],
  grains: readonly GrainFigures[],
): { period: Set<string>; cumulative: Set<string> } {
  const keyOf = (figure: BrokenDownFigure) => `${figure.dimension}:${figure.key}`;
  if (!COUNT_UNITS.includes(INDICATORS[indicator].unit)) {
    const small = (base: number) => base > 0 && base < SMALL_CELL_THRESHOLD;
    return {
      period: new Set(figures.filter((figure) => small(figure.period.base)).map(keyOf)),
      cumulative: new Set(figures.filter((figure) => small(figure.cumulative.base)).map(keyOf)),
    };
  }
  const tables: AdditiveTable[] = [];
  const byDimension = new Map<string, string[]>();
  for (const figure of figures) {
    if (figure.dimension === 'TOTAL') continue;
    byDimension.set(figure.dimension, [...(byDimension.get(figure.dimension) ?? []), keyOf(figure)]);
  }
  for (const cells of byDimension.values()) tables.push({ totals: ['TOTAL:TOTAL'], cells });
  // Corners and provinces: each group of provinces and the corners whose people live in them add up alike.
  const provincesOf = new Map<string, Set<string>>();
  for (const grain of grains) {
    const set = provincesOf.get(grain.grain.INTEGRA_CORNER) ?? new Set<string>();
    set.add(grain.grain.PROVINCE);
    provincesOf.set(grain.grain.INTEGRA_CORNER, set);
  }
  const groups: { corners: Set<string>; provinces: Set<string> }[] = [];
  for (const [corner, provinces] of provincesOf) {
    const joined = groups.filter((group) => [...provinces].some((province) => group.provinces.has(province)));
    const merged = { corners: new Set([corner]), provinces: new Set(provinces) };
    for (const group of joined) {
      group.corners.forEach((entry) => merged.corners.add(entry));
      group.provinces.forEach((entry) => merged.provinces.add(entry));
      groups.splice(groups.indexOf(group), 1);
    }
    groups.push(merged);
  }
  for (const group of groups) {
    tables.push({
      totals: [...group.provinces].map((province) => `PROVINCE:${province}`),
      cells: [...group.corners].map((corner) => `INTEGRA_CORNER:${corner}`),
    });
  }
  const values = (pick: (figure: BrokenDownFigure) => number) => new Map(figures.map((figure) => [keyOf(figure), pick(figure)]));
  return {
    period: suppressSmallCells(
      values((figure) => figure.period.base),
      tables,
      SMALL_CELL_THRESHOLD,
    ),
    cumulative: suppressSmallCells(
      values((figure) => figure.cumulative.base),
      tables,
      SMALL_CELL_THRESHOLD,
    ),
  };
}
