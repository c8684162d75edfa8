import type { OverdueFollowUpRow } from './attention.service.js';

export type OverdueFollowUpMapper = OverdueFollowUpRow;
