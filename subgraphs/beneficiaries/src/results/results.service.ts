import {
  assertInNetwork,
  addDays,
  addMonths,
  badUserInput,
  type Caller,
  conflict,
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
import { SMALL_CELL_THRESHOLD } from '../caseload-indicators/caseload-indicators.service.js';
import type {
  DefineReportingPeriodInput,
  QueryResultsReportArgs,
  ReportFormat,
  ResultIndicator,
  SetResultTargetInput,
} from '../generated/resolvers-types.js';
import { COUNT_UNITS, FIRST_INDICATORS, INDICATORS, reportFigures, type BrokenDownFigure, type ReportFigures } from './indicators.js';
import { grainFigures } from './grain-figures.js';
import { reportFile, type ReportFileRow } from './report-file.js';
import { ReportingPeriodEntity, ReportingPeriodVersionEntity, ResultTargetEntity } from './results.entities.js';
import { resultsPolicy } from './results.policy.js';
import { suppressSmallCells, type AdditiveTable } from './suppression.js';

/** What computing a period's figures needs of it. */
type PeriodBounds = Pick<ReportingPeriodEntity, 'id' | 'startsOn' | 'endsOn'>;

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
  figuresAsOf: Date;
  suppressed: boolean;
  suppressionThreshold: number;
  indicators: IndicatorResultRow[];
}

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

  /**
   * The national report of an open period as last refreshed (`refreshNational`), or computed now and kept when no
   * refresh has run since the period was defined, or when the kept one lacks an indicator (kept by an earlier
   * release, before the next refresh).
   */
  private async nationalReport(period: PeriodBounds): Promise<{ report: ReportFigures; computedAt: Date }> {
    const [kept] = await this.dataSource.query<{ report: ReportFigures; computed_at: Date }[]>(
      'SELECT report, computed_at FROM beneficiaries.result_national_report WHERE period_id = $1',
      [period.id],
    );
    const complete = kept && (Object.keys(INDICATORS) as ResultIndicator[]).every((indicator) => kept.report.indicators[indicator]);
    if (complete) return { report: kept.report, computedAt: kept.computed_at };
    return this.computeNational(period);
  }

  /**
   * Computes a period's national report (one statement) and keeps it, unless a later computation was kept meanwhile
   * or the period was locked while it was computed.
   */
  private async computeNational(period: PeriodBounds): Promise<{ report: ReportFigures; computedAt: Date }> {
    const computedAt = new Date();
    const report = reportFigures(await grainFigures(this.dataSource.manager, period.startsOn, period.endsOn, null, null));
    await this.dataSource.query(
      `INSERT INTO beneficiaries.result_national_report (period_id, computed_at, report)
       SELECT $1::uuid, $2::timestamptz, $3::jsonb WHERE NOT EXISTS (SELECT 1 FROM beneficiaries.reporting_period_version v WHERE v.period_id = $1)
       ON CONFLICT (period_id) DO UPDATE SET computed_at = excluded.computed_at, report = excluded.report
         WHERE result_national_report.computed_at < excluded.computed_at`,
      [period.id, computedAt, report],
    );
    return { report, computedAt };
  }

  /**
   * The refresh of the national reports (job `refresh-national-results`): every open period computed again, one
   * after the other (administrators lock the periods they have reported on, which leaves the current ones).
   */
  async refreshNational(): Promise<{ refreshed: number }> {
    resultsPolicy.assert(this.caller, 'manage');
    const periods: PeriodBounds[] = await this.dataSource.query(
      `SELECT p.id, p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn"
         FROM beneficiaries.reporting_period p
        WHERE NOT EXISTS (SELECT 1 FROM beneficiaries.reporting_period_version v WHERE v.period_id = p.id)
        ORDER BY p.starts_on DESC, p.id`,
    );
    for (const period of periods) await this.computeNational(period);
    return { refreshed: periods.length };
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
    let report: ReportFigures;
    let figuresAsOf: Date;
    // The indicators the figures know: every one live, those frozen in a locked version (the others are unknown).
    let known: ReadonlySet<ResultIndicator> = new Set(Object.keys(INDICATORS) as ResultIndicator[]);
    if (latest) {
      const frozen = await this.dataSource
        .getRepository(ReportingPeriodVersionEntity)
        .findOneByOrFail({ periodId: period.id, version: latest.version });
      known = new Set(frozen.indicators ?? FIRST_INDICATORS);
      report = reportFigures(
        frozen.figures.filter(
          (grain) =>
            (corners == null || corners.includes(grain.grain.INTEGRA_CORNER)) && (province == null || grain.grain.PROVINCE === province),
        ),
      );
      figuresAsOf = frozen.lockedAt;
    } else if (corners == null && province == null) {
      ({ report, computedAt: figuresAsOf } = await this.nationalReport(period));
    } else {
      figuresAsOf = new Date();
      report = reportFigures(
        corners?.length === 0 ? [] : await grainFigures(this.dataSource.manager, period.startsOn, period.endsOn, corners, province),
      );
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
      const figures = report.indicators[indicator].map((figure) =>
        known.has(indicator) ? figure : { ...figure, period: { value: null, base: 0 }, cumulative: { value: null, base: 0 } },
      );
      const withheld = exact ? null : withheldFigures(indicator, figures, report.provinces);
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
    return {
      period,
      version: latest?.version ?? null,
      figuresAsOf,
      suppressed: !exact,
      suppressionThreshold: SMALL_CELL_THRESHOLD,
      indicators,
    };
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
      const figures = await grainFigures(manager, period.startsOn, period.endsOn, null, null);
      await manager.getRepository(ReportingPeriodVersionEntity).insert({
        periodId: period.id,
        version,
        figures,
        indicators: Object.keys(INDICATORS) as ResultIndicator[],
        explanation,
        lockedBy: this.caller.userId,
      });
      // A locked period is read from its versions: its refreshed national report is no longer served (nor refreshed).
      await manager.query('DELETE FROM beneficiaries.result_national_report WHERE period_id = $1', [period.id]);
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
  provinces: Readonly<Record<string, readonly string[]>>,
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
  const groups: { corners: Set<string>; provinces: Set<string> }[] = [];
  for (const [corner, ofCorner] of Object.entries(provinces)) {
    const joined = groups.filter((group) => ofCorner.some((province) => group.provinces.has(province)));
    const merged = { corners: new Set([corner]), provinces: new Set(ofCorner) };
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
