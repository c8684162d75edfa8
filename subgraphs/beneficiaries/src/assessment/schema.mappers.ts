import type { AdministrativeProcedureEntity, EducationEntity, LanguageAssessmentEntity, SkillEntity } from './assessment.entities.js';
import type { EmployabilityProfile } from './employability.js';

export type SkillMapper = SkillEntity;
export type EducationEntryMapper = EducationEntity;
export type LanguageLevelMapper = LanguageAssessmentEntity;
export type AdministrativeProcedureMapper = AdministrativeProcedureEntity;
export type EmployabilityMapper = EmployabilityProfile;
