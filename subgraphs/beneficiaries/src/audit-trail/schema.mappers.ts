import type { RecordedAuditEntry } from '@shubh/platform';

export type AuditEntryMapper = RecordedAuditEntry;
