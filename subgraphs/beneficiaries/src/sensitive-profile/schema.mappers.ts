import type { SensitiveProfileEntity } from './sensitive-profile.entity.js';

export type SensitiveProfileMapper = SensitiveProfileEntity;
