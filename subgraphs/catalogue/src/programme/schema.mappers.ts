import type { ProgrammeEntity } from './programme.entity.js';

export type ProgrammeMapper = ProgrammeEntity;
