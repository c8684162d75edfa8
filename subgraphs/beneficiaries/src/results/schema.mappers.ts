import type { ResultTargetEntity } from './results.entities.js';
import type { IndicatorResultRow, ReportingPeriodRow, ResultCellRow, ResultsReportRow } from './results.service.js';
import type { ReportFileRow } from './report-file.js';

export type ReportingPeriodMapper = ReportingPeriodRow;
export type ResultTargetMapper = ResultTargetEntity;
export type ResultsReportMapper = ResultsReportRow;
export type IndicatorResultMapper = IndicatorResultRow;
export type ResultCellMapper = ResultCellRow;
export type ReportFileMapper = ReportFileRow;
