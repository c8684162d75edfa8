import { ANONYMISED, defineModule } from '@shubh/platform';
import { CaseNoteEntity } from './case-note.entity.js';
import { caseNotePolicy } from './case-note.policy.js';
import { caseNoteResolvers } from './case-note.resolvers.js';
import { CaseNoteService } from './case-note.service.js';
import { CreateCaseNote1768300000003 } from './migrations/1768300000003-create-case-note.js';

/** The services this module adds to each request's context. */
export const caseNoteServices = { caseNotes: CaseNoteService };

/** Case notes: dated, ordinary or special-category, audited, never edited (a correction is a new note). */
export const caseNoteModule = defineModule({
  name: 'case-note',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: caseNoteResolvers,
  entities: [CaseNoteEntity],
  migrations: [CreateCaseNote1768300000003],
  services: caseNoteServices,
  policy: caseNotePolicy,
  personalData: [
    {
      table: 'beneficiaries.case_note',
      description: 'The notes your case team wrote, ordinary and special-category.',
      orderBy: 't.written_at, t.id',
      anonymise: { text: ANONYMISED },
    },
  ],
});
