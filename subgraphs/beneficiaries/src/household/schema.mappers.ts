import type { HouseholdMemberEntity } from './household-member.entity.js';

export type HouseholdMemberMapper = HouseholdMemberEntity;
