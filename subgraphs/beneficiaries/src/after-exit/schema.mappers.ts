import type { AfterExitFollowUpEntity } from './after-exit.entity.js';
import type { AfterExitFollowUpDueRow } from './after-exit.service.js';

export type AfterExitFollowUpMapper = AfterExitFollowUpEntity;
export type AfterExitFollowUpDueMapper = AfterExitFollowUpDueRow;
