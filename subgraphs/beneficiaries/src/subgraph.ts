import type { SubgraphDefinition } from '@shubh/platform';
import { fileURLToPath } from 'node:url';
import { BeneficiaryEntity } from './beneficiary/beneficiary.entity.js';
import { beneficiaryResolvers } from './beneficiary/beneficiary.resolvers.js';
import { BeneficiaryService } from './beneficiary/beneficiary.service.js';
import type { BeneficiariesContext } from './context.js';
import { CreateBeneficiary1764100000000 } from './migrations/1764100000000-create-beneficiary.js';

export { BeneficiaryEntity };

export const beneficiariesSubgraph: SubgraphDefinition<BeneficiariesContext> = {
  name: 'beneficiaries',
  defaultPort: 4001,
  sourceDir: fileURLToPath(new URL('.', import.meta.url)),
  resolvers: [beneficiaryResolvers],
  entities: [BeneficiaryEntity],
  migrations: [CreateBeneficiary1764100000000],
  createContext: (dataSource, base) => ({
    ...base,
    beneficiaries: new BeneficiaryService(dataSource.getRepository(BeneficiaryEntity)),
  }),
};
