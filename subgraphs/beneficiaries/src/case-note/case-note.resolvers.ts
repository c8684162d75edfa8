import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { caseNoteServices } from './case-note.module.js';

export const caseNoteResolvers: Resolvers<ContextWith<typeof caseNoteServices>> = {
  Beneficiary: {
    caseNotes: (beneficiary, { specialCategoryReason }, { caseNotes }) => caseNotes.of(beneficiary, specialCategoryReason),
  },
  Mutation: {
    recordCaseNote: (_parent, { beneficiaryId, input }, { caseNotes }) => caseNotes.record(beneficiaryId, input),
  },
};
