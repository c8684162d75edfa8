import type { ConsentEntity } from './consent.entity.js';

export type ConsentMapper = ConsentEntity;
