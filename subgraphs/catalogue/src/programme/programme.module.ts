import { defineModule } from '@shubh/platform';
import { ProgrammeEntity } from './programme.entity.js';
import { programmeResolvers } from './programme.resolvers.js';
import { ProgrammeService } from './programme.service.js';

/** The services this module adds to each request's context. */
export const programmeServices = { programmes: ProgrammeService };

/** The coherent programmes whose services the catalogue connects (IMPACT, PRIMA, PUOI, Piani Lingua, ESF). */
export const programmeModule = defineModule({
  name: 'programme',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: programmeResolvers,
  entities: [ProgrammeEntity],
  services: programmeServices,
});
