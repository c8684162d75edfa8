import type { CaseNoteEntity } from './case-note.entity.js';

export type CaseNoteMapper = CaseNoteEntity;
