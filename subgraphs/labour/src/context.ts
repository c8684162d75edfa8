import type { RequestContext } from '@shubh/platform';
import type { JobVacancyService } from './job-vacancy/job-vacancy.service.js';
import type { LabourProfileService } from './labour-profile/labour-profile.service.js';

export interface LabourContext extends RequestContext {
  jobVacancies: JobVacancyService;
  labourProfiles: LabourProfileService;
}
