import type { CaseloadIndicatorRow } from './caseload-indicators.service.js';

export type CaseloadIndicatorMapper = CaseloadIndicatorRow;
