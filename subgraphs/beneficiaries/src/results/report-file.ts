import ExcelJS from 'exceljs';
import type { ReportFormat } from '../generated/resolvers-types.js';
import type { ResultsReportRow } from './results.service.js';

export interface ReportFileRow {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

/** The columns of the period report, as a FAMI/AMIF progress report lays them out. */
export const REPORT_COLUMNS = [
  'Indicator',
  'Name',
  'Definition',
  'AMIF indicator',
  'Unit',
  'Dimension',
  'Cell',
  'Target',
  'Value in the period',
  'Cumulative value',
  'Withheld',
] as const;

function rowsOf(report: ResultsReportRow): (string | number | null)[][] {
  return report.indicators.flatMap((indicator) =>
    indicator.cells.map((cell) => [
      indicator.indicator,
      indicator.name,
      indicator.definition,
      indicator.amifIndicator,
      indicator.unit,
      cell.dimension,
      cell.key,
      cell.dimension === 'TOTAL' ? indicator.target : cell.target,
      cell.periodValue,
      cell.cumulativeValue,
      cell.suppressed ? 'withheld (small cell)' : null,
    ]),
  );
}

const csvField = (value: string | number | null) => {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The report as CSV (RFC 4180) or as an XLSX workbook (exceljs), base64. */
export async function reportFile(report: ResultsReportRow, format: ReportFormat): Promise<ReportFileRow> {
  const period = report.period;
  const base = `results-${period.kind.toLowerCase()}-${period.startsOn}-${period.endsOn}${report.version == null ? '' : `-v${report.version}`}`;
  const status = report.version == null ? 'open (live figures)' : `locked, version ${report.version}`;
  if (format === 'CSV') {
    const lines = [REPORT_COLUMNS, ...rowsOf(report)].map((row) => row.map(csvField).join(','));
    return {
      fileName: `${base}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      contentBase64: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8').toString('base64'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SHUBH integration hub';
  const sheet = workbook.addWorksheet('Progress report');
  sheet.addRow([`SHUBH progress report: ${period.kind} ${period.startsOn} to ${period.endsOn}, ${status}`]);
  sheet.addRow([report.suppressed ? `Counts below ${report.suppressionThreshold} withheld, with complementary cells` : 'Exact figures']);
  const header = sheet.addRow([...REPORT_COLUMNS]);
  header.font = { bold: true };
  for (const row of rowsOf(report)) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = index === 2 ? 80 : 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${base}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(buffer).toString('base64'),
  };
}
