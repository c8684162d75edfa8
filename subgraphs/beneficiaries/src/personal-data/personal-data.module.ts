import { personalDataModule } from '@shubh/platform';

/**
 * The person's rights in this subgraph: its part of the access export (`PersonalDataExport.caseFile`) and the job
 * that anonymises its records of the people retention anonymised. The tables come from the modules' own
 * `personalData` declarations.
 */
export const personalDataRightsModule = personalDataModule({
  subgraph: 'beneficiaries',
  field: 'caseFile',
  schema: new URL('./schema.graphql', import.meta.url),
  ownsTheExport: true,
});
