import type { ContextWith } from '@shubh/platform';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { assessmentServices } from './assessment.module.js';
import { assessmentPolicy } from './assessment.policy.js';

export const assessmentResolvers: Resolvers<ContextWith<typeof assessmentServices & typeof beneficiaryServices>> = {
  Beneficiary: {
    skills: (beneficiary, _args, { assessments }) => assessments.skills(beneficiary),
    education: (beneficiary, _args, { assessments }) => assessments.education(beneficiary),
    languages: (beneficiary, _args, { assessments }) => assessments.languages(beneficiary),
    italianLevel: (beneficiary, _args, { assessments }) => assessments.italianLevel(beneficiary),
    administrativeProcedures: (beneficiary, _args, { assessments }) => assessments.administrativeProcedures(beneficiary),
    workExperienceYears: (beneficiary, _args, { assessments }) => assessments.workExperienceYears(beneficiary),
    employability: (beneficiary, _args, { assessments }) => assessments.employability(beneficiary),
  },
  BeneficiaryViewerCan: {
    readCaseFile: (beneficiary, _args, { caller }) => assessmentPolicy.may(caller, 'read', beneficiary),
    recordAssessment: (beneficiary, _args, { caller }) => assessmentPolicy.may(caller, 'record', beneficiary),
  },
  EducationEntry: {
    recognition: (entry) => ({
      status: entry.recognitionStatus,
      authority: entry.recognitionAuthority,
      submittedOn: entry.recognitionSubmittedOn,
      decidedOn: entry.recognitionDecidedOn,
      note: entry.recognitionNote,
    }),
  },
  AdministrativeProcedure: {
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaries.ofRow(beneficiaryId),
  },
  Mutation: {
    recordSkill: (_parent, { beneficiaryId, input }, { assessments }) => assessments.recordSkill(beneficiaryId, input),
    recordEducation: (_parent, { beneficiaryId, input }, { assessments }) => assessments.recordEducation(beneficiaryId, input),
    updateQualificationRecognition: (_parent, { educationId, input }, { assessments }) =>
      assessments.updateQualificationRecognition(educationId, input),
    recordLanguageLevel: (_parent, { beneficiaryId, input }, { assessments }) => assessments.recordLanguageLevel(beneficiaryId, input),
    recordWorkExperience: (_parent, { beneficiaryId, years }, { assessments }) => assessments.recordWorkExperience(beneficiaryId, years),
    recordAdministrativeProcedure: (_parent, { beneficiaryId, input }, { assessments }) =>
      assessments.recordAdministrativeProcedure(beneficiaryId, input),
    updateAdministrativeProcedure: (_parent, { procedureId, input }, { assessments }) =>
      assessments.updateAdministrativeProcedure(procedureId, input),
  },
};
