import type { LabourMatch } from './matching.service.js';

export type LabourMatchMapper = LabourMatch;
