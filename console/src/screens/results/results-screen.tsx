import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge, Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ProgrammeTargetsDocument,
  ReportingPeriodsDocument,
  ResultsReportDocument,
  ResultsReportFileDocument,
  type ReportFormat,
  type ResultsReportQuery,
} from '../../graphql/generated/graphql';
import { momentFormat } from '../../ui/dates';
import { SelectField } from '../../ui/field';
import { Empty, FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';

type Indicator = ResultsReportQuery['resultsReport']['indicators'][number];
type Cell = Indicator['cells'][number];

/**
 * The results dashboard: each indicator of a reporting period against its target (the programme's 295 for
 * autonomy), overall and per Integra Corner, as an SVG chart with the same figures in a table; locked periods are
 * marked; the report downloads as CSV or XLSX from the graph. Cells the graph withholds stay withheld.
 */
export function ResultsScreen() {
  const { t } = useTranslation();
  const periods = useQuery(ReportingPeriodsDocument);
  const [chosen, setChosen] = useState<string>();
  if (periods.error) return <QueryError error={periods.error} />;
  if (!periods.data) return <Loading />;
  const list = periods.data.reportingPeriods;
  if (list.length === 0) return <Empty title={t('results.noPeriods')}>{t('results.noPeriodsHint')}</Empty>;
  const periodId = chosen ?? list[0]!.id;
  return (
    <>
      <h1>{t('results.title')}</h1>
      <div className="row align-items-end">
        <div className="col-md-6">
          <SelectField
            id="results-period"
            label={t('results.period')}
            value={periodId}
            onChange={setChosen}
            options={list.map((period) => ({
              value: period.id,
              label: `${t(`enum.ReportingPeriodKind.${period.kind}`)} ${period.startsOn} – ${period.endsOn}${period.locked ? ` (${t('results.locked')})` : ''}`,
            }))}
          />
        </div>
        <div className="col-md-6 mb-4">
          <Downloads periodId={periodId} />
        </div>
      </div>
      <Report periodId={periodId} />
    </>
  );
}

/** The report as a file the graph writes (base64), saved by the browser under the graph's file name. */
function Downloads({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { failures, run } = useFailures();
  const [busy, setBusy] = useState(false);
  const download = (format: ReportFormat) =>
    void run(async () => {
      setBusy(true);
      try {
        const { data } = await client.query({ query: ResultsReportFileDocument, variables: { periodId, format }, fetchPolicy: 'no-cache' });
        const file = data!.resultsReportFile;
        const bytes = Uint8Array.from(atob(file.contentBase64), (character) => character.charCodeAt(0));
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
        link.download = file.fileName;
        link.click();
        URL.revokeObjectURL(link.href);
      } finally {
        setBusy(false);
      }
    });
  return (
    <div className="page-actions mb-0">
      <Button color="primary" outline disabled={busy} onClick={() => download('CSV')}>
        {t('results.downloadCsv')}
      </Button>
      <Button color="primary" outline disabled={busy} onClick={() => download('XLSX')}>
        {t('results.downloadXlsx')}
      </Button>
      <FailureSummary failures={failures} />
    </div>
  );
}

function Report({ periodId }: { periodId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ResultsReportDocument, { variables: { periodId } });
  // The programme-wide targets (295 people reaching autonomy): a coordinator's report carries their corners' share.
  const targets = useQuery(ProgrammeTargetsDocument);
  const programmeTarget = (indicator: string) =>
    targets.data?.resultTargets.find((target) => target.indicator === indicator && target.province == null && target.integraCorner == null)
      ?.value;
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const report = data.resultsReport;
  return (
    <>
      <p>
        {report.period.locked ? (
          <Badge color="dark">{t('results.lockedVersion', { version: report.version })}</Badge>
        ) : (
          <Badge color="primary">{t('results.open')}</Badge>
        )}{' '}
        {report.suppressed && t('results.suppressedNote', { threshold: report.suppressionThreshold })}{' '}
        {/* The national report of an open period is as of its last refresh (every 10 minutes); the time says so. */}
        {t('results.figuresAsOf', { when: momentFormat(i18n.language).format(new Date(report.figuresAsOf)) })}
      </p>
      {report.indicators.map((indicator) => (
        <IndicatorSection key={indicator.indicator} indicator={indicator} programmeTarget={programmeTarget(indicator.indicator)} />
      ))}
    </>
  );
}

const format = (value: number | null | undefined, suppressed: boolean, t: (key: string) => string) =>
  suppressed ? t('results.withheld') : value == null ? '—' : String(Math.round(value * 10) / 10);

function IndicatorSection({ indicator, programmeTarget }: { indicator: Indicator; programmeTarget?: number }) {
  const { t } = useTranslation();
  const total = indicator.cells.find((cell) => cell.dimension === 'TOTAL');
  const corners = indicator.cells.filter((cell) => cell.dimension === 'INTEGRA_CORNER');
  const id = `indicator-${indicator.indicator}`;
  const value = total?.cumulativeValue ?? null;
  return (
    <section aria-labelledby={id} className="goal-card" data-testid="indicator">
      <h2 id={id} className="h5">
        {indicator.name}
      </h2>
      <p className="small">{indicator.definition}</p>
      {programmeTarget != null && <p className="mb-1">{t('results.programmeTarget', { target: programmeTarget })}</p>}
      <p className="mb-2" data-testid="indicator-total">
        {indicator.target != null && total && !total.suppressed && value != null
          ? t('results.againstTarget', {
              value: format(value, false, t),
              target: indicator.target,
              share: Math.round((value / indicator.target) * 100),
            })
          : t('results.total', { value: format(value, total?.suppressed ?? false, t) })}
      </p>
      {corners.length > 0 && <CornerChart indicator={indicator} cells={corners} />}
    </section>
  );
}

/** Bars per corner, the target as a tick; the SVG is one image with a text alternative, the table holds the figures. */
function CornerChart({ indicator, cells }: { indicator: Indicator; cells: Cell[] }) {
  const { t } = useTranslation();
  const label = (cell: Cell) => cell.integraCorner?.name ?? cell.key;
  const max = Math.max(1, ...cells.map((cell) => Math.max(cell.cumulativeValue ?? 0, cell.target ?? 0)));
  const row = 28;
  const labelWidth = 220;
  const width = 640;
  const scale = (value: number) => ((width - labelWidth - 60) * value) / max;
  const summary = cells
    .map((cell) => `${label(cell)}: ${format(cell.cumulativeValue, cell.suppressed, t)}${cell.target != null ? ` / ${cell.target}` : ''}`)
    .join('; ');
  return (
    <>
      <svg
        role="img"
        aria-label={`${indicator.name} — ${summary}`}
        viewBox={`0 0 ${width} ${cells.length * row + 8}`}
        className="results-chart"
        preserveAspectRatio="xMinYMin meet"
      >
        {cells.map((cell, index) => {
          const y = index * row + 4;
          const bar = cell.suppressed ? 0 : scale(cell.cumulativeValue ?? 0);
          return (
            <g key={cell.key}>
              <text x={0} y={y + 17} fontSize="13" fill="#1a1a1a">
                {label(cell)}
              </text>
              <rect x={labelWidth} y={y + 4} width={bar} height={row - 10} fill="#0066cc" />
              {cell.target != null && (
                <line
                  x1={labelWidth + scale(cell.target)}
                  x2={labelWidth + scale(cell.target)}
                  y1={y}
                  y2={y + row - 2}
                  stroke="#a61f33"
                  strokeWidth="3"
                />
              )}
              <text x={labelWidth + bar + 6} y={y + 17} fontSize="13" fill="#1a1a1a">
                {format(cell.cumulativeValue, cell.suppressed, t)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="table-responsive">
        <table className="table table-sm small">
          <caption>{t('results.caption', { name: indicator.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseload.corner')}</th>
              <th scope="col">{t('results.periodValue')}</th>
              <th scope="col">{t('results.cumulativeValue')}</th>
              <th scope="col">{t('results.target')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((cell) => (
              <tr key={cell.key}>
                <th scope="row">{label(cell)}</th>
                <td>{format(cell.periodValue, cell.suppressed, t)}</td>
                <td>{format(cell.cumulativeValue, cell.suppressed, t)}</td>
                <td>{cell.target ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
