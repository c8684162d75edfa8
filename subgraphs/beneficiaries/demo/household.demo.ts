import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { HouseholdRelation } from '../src/generated/resolvers-types.js';
import { HouseholdMemberEntity } from '../src/household/household-member.entity.js';

const DEMO_ACTOR = 'demo-data';
const CHILDREN = ['Awa', 'Idris', 'Leyla', 'Samuel', 'Noor', 'Yared', 'Maya', 'Elias'];
const SPOUSES = ['Fatou', 'Abdi', 'Hana', 'Daniel'];

/** Households for some beneficiaries: children of school age (enrolled or not yet), toddlers, spouses. */
export async function seedHouseholdDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const members: Partial<HouseholdMemberEntity>[] = [];
  const member = (
    beneficiaryId: string,
    key: string,
    relation: HouseholdRelation,
    givenName: string,
    birthDate: string,
    schoolEnrolled: boolean | null,
  ) =>
    members.push({
      id: demoId('household-member', `${beneficiaryId}:${key}`),
      beneficiaryId,
      relation,
      givenName,
      birthDate,
      schoolEnrolled,
      createdAt: new Date(`${plan.today}T09:00:00Z`),
      createdBy: DEMO_ACTOR,
    });
  for (const [index, beneficiary] of plan.beneficiaries.entries()) {
    if (index % 3 === 2) {
      // A school-age child: every other one still waits for a school place (the school-enrolment support of WP5).
      member(
        beneficiary.id,
        'child-1',
        'CHILD',
        CHILDREN[index % CHILDREN.length]!,
        addDays(plan.today, -(7 * 365 + index * 40)),
        index % 5 !== 0,
      );
      if (index % 6 === 2)
        member(
          beneficiary.id,
          'child-2',
          'CHILD',
          CHILDREN[(index + 3) % CHILDREN.length]!,
          addDays(plan.today, -(2 * 365 + index * 11)),
          null,
        );
    }
    if (index % 5 === 3)
      member(beneficiary.id, 'spouse', 'SPOUSE', SPOUSES[index % SPOUSES.length]!, addDays(beneficiary.birthDate, 400), null);
  }
  await dataSource.createQueryBuilder().insert().into(HouseholdMemberEntity).values(members).orIgnore().execute();
}
