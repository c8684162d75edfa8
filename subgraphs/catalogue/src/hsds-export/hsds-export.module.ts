import { defineModule } from '@shubh/platform';
import { hsdsExportResolvers } from './hsds-export.resolvers.js';

/** The published catalogue as Open Referral HSDS 3.0 JSON, for systems that speak that standard. */
export const hsdsExportModule = defineModule({
  name: 'hsds-export',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: hsdsExportResolvers,
});
