import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';

const DEMO_ACTOR = 'demo-data';
const ORDINARY = [
  'First meeting at the corner: the person explained the reception path and what they hope for',
  'Phone call: documents for the Italian course brought to the CPIA',
];
const SPECIAL = 'Follows a therapy at the local health service (ASL): appointments on Tuesday mornings, to keep free';

/**
 * Case notes for the people being followed: two ordinary notes each, a special-category note for one person in four,
 * and, for one in five, a correction of the second note (a new note naming it: notes are never edited).
 */
export async function seedCaseNoteDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const people = plan.beneficiaries.filter((person) => person.caseStatus !== 'REFERRED');
  const rows: unknown[][] = [];
  people.forEach((person, index) => {
    const first = demoId('case-note', `${person.id}:1`);
    const second = demoId('case-note', `${person.id}:2`);
    rows.push([first, person.id, 'ORDINARY', ORDINARY[0], null, `${addDays(plan.today, -40)}T10:00:00Z`]);
    rows.push([second, person.id, 'ORDINARY', ORDINARY[1], null, `${addDays(plan.today, -20)}T11:30:00Z`]);
    if (index % 4 === 0) {
      rows.push([
        demoId('case-note', `${person.id}:special`),
        person.id,
        'SPECIAL_CATEGORY',
        SPECIAL,
        null,
        `${addDays(plan.today, -15)}T09:00:00Z`,
      ]);
    }
    if (index % 5 === 0) {
      const correction = 'Correction: the documents went to the CPIA of the next district, not the usual one';
      rows.push([
        demoId('case-note', `${person.id}:3`),
        person.id,
        'ORDINARY',
        correction,
        second,
        `${addDays(plan.today, -19)}T09:15:00Z`,
      ]);
    }
  });
  for (const row of rows) {
    await dataSource.query(
      `INSERT INTO beneficiaries.case_note (id, beneficiary_id, category, text, corrects_note_id, written_at, written_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [...row, DEMO_ACTOR],
    );
  }
}
