import { ANONYMISED, defineModule, yearOfBirthOnly } from '@shubh/platform';
import { BeneficiaryEntity } from './beneficiary.entity.js';
import { beneficiaryPolicy } from './beneficiary.policy.js';
import { beneficiaryResolvers } from './beneficiary.resolvers.js';
import { BeneficiaryService } from './beneficiary.service.js';
import { CreateBeneficiary1764100000000 } from './migrations/1764100000000-create-beneficiary.js';
import { AddSex1765300000000 } from './migrations/1765300000000-add-sex.js';
import { AcceptProvisionalCodiceFiscale1765600000000 } from './migrations/1765600000000-accept-provisional-codice-fiscale.js';

/** The services this module adds to each request's context. */
export const beneficiaryServices = { beneficiaries: BeneficiaryService };

/** The people followed by the Integra Corners: who they are and who may see them. */
export const beneficiaryModule = defineModule({
  name: 'beneficiary',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: beneficiaryResolvers,
  entities: [BeneficiaryEntity],
  migrations: [CreateBeneficiary1764100000000, AddSex1765300000000, AcceptProvisionalCodiceFiscale1765600000000],
  services: beneficiaryServices,
  policy: beneficiaryPolicy,
  personalData: [
    {
      table: 'beneficiaries.beneficiary',
      description: 'Your record: name, birth date, citizenship, protection status, reception, Integra Corner, case status and tutor.',
      rowsOf: 't.id = ANY($1::uuid[])',
      anonymise: {
        given_name: ANONYMISED,
        family_name: ANONYMISED,
        birth_date: yearOfBirthOnly('birth_date'),
        codice_fiscale: 'NULL',
      },
    },
  ],
});
