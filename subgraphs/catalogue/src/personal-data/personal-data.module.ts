import { personalDataModule } from '@shubh/platform';

/**
 * The person's rights in this subgraph: its part of the access export (`PersonalDataExport.serviceRecords`) and the job
 * that anonymises its records of the people retention anonymised. The tables come from the modules' own
 * `personalData` declarations.
 */
export const personalDataRightsModule = personalDataModule({
  subgraph: 'catalogue',
  field: 'serviceRecords',
  schema: new URL('./schema.graphql', import.meta.url),
});
