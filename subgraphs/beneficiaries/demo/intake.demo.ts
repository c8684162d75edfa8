import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { ContactChannel, ContactOutcome, IntakeReferralStatus, IntakeSource } from '../src/generated/resolvers-types.js';
import { codiceFiscaleCheckCharacter } from '../src/intake/codice-fiscale.js';
import { ContactAttemptEntity } from '../src/intake/contact-attempt.entity.js';
import { IntakeReferralEntity } from '../src/intake/intake-referral.entity.js';

const DEMO_ACTOR = 'demo-data';

/** Who refers people in each province: the reception managing body there, else an outreach partner. */
const REFERRERS: Record<string, { source: IntakeSource; organisation: string }> = {
  TO: { source: 'RECEPTION_MANAGING_BODY', organisation: 'Cooperativa Sociale Progetto Tenda' },
  BA: { source: 'RECEPTION_MANAGING_BODY', organisation: 'SAI Comune di Bari' },
  RM: { source: 'OUTREACH', organisation: 'Centro Astalli Roma' },
};

/** People referred to each corner who are not beneficiaries (yet): given, family, citizenship, birth date. */
const NEWCOMERS: [string, string, string, string][] = [
  ['Abdoulaye', 'Bah', 'GN', '1998-04-11'],
  ['Helen', 'Tsegaye', 'ER', '1995-09-30'],
  ['Jawad', 'Noori', 'AF', '2002-01-19'],
  ['Precious', 'Obi', 'NG', '1999-07-07'],
  ['Oksana', 'Lysenko', 'UA', '1986-12-03'],
  ['Yaya', 'Touré', 'ML', '2000-10-22'],
  ['Mahmoud', 'Saleh', 'SY', '1991-03-15'],
  ['Fartun', 'Ali', 'SO', '1997-05-25'],
  ['Idrissa', 'Diallo', 'SN', '1996-02-08'],
  ['Rania', 'Azizi', 'AF', '2001-11-14'],
  ['Tesfay', 'Berhe', 'ER', '1990-08-01'],
  ['Chiamaka', 'Nnadi', 'NG', '1994-06-16'],
  ['Salif', 'Konaté', 'CI', '1999-12-28'],
  ['Laila', 'Hashimi', 'AF', '1993-04-04'],
  ['Bakary', 'Fofana', 'GM', '2003-09-09'],
  ['Hiwot', 'Alemu', 'ET', '1992-01-21'],
];

type Attempt = [days: number, channel: ContactChannel, outcome: ContactOutcome, note: string | null];
/** What happened to each newcomer of a corner, in order. */
const STORIES: { status: IntakeReferralStatus; attempts: Attempt[]; closingNote: string | null }[] = [
  {
    status: 'OPEN',
    attempts: [
      [1, 'PHONE', 'NO_ANSWER', null],
      [3, 'THROUGH_RECEPTION_BODY', 'REACHED', 'Interested; first interview booked at the corner.'],
    ],
    closingNote: null,
  },
  { status: 'OPEN', attempts: [], closingNote: null },
  {
    status: 'DECLINED',
    attempts: [[2, 'IN_PERSON', 'DECLINED', 'Moving to Germany to join family.']],
    closingNote: 'Moving to Germany to join family.',
  },
  {
    status: 'UNREACHABLE',
    attempts: [
      [1, 'PHONE', 'NO_ANSWER', null],
      [4, 'PHONE', 'WRONG_CONTACT', 'Number no longer in use.'],
      [9, 'THROUGH_RECEPTION_BODY', 'NO_ANSWER', 'The reception body has no newer contact.'],
    ],
    closingNote: 'Three attempts over nine days, no valid contact.',
  },
];

/**
 * Intake referrals: every beneficiary of the plan came from a converted one (same id, reached once), and each
 * corner has newcomers at every stage: open with attempts, open and untouched, declined, unreachable.
 */
export async function seedIntakeDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const referrals: Partial<IntakeReferralEntity>[] = [];
  const attempts: Partial<ContactAttemptEntity>[] = [];
  const referrerOf = (province: string) => {
    const referrer = REFERRERS[province] ?? { source: 'OTHER' as const, organisation: null };
    const organisation = plan.organisations.find((candidate) => candidate.name === referrer.organisation);
    return { source: referrer.source, referringOrganisationId: organisation?.id ?? null };
  };
  const attempt = (referralId: string, key: number, day: string, [, channel, outcome, note]: Attempt) =>
    attempts.push({
      id: demoId('contact-attempt', `${referralId}:${key}`),
      intakeReferralId: referralId,
      at: new Date(`${day}T10:30:00Z`),
      channel,
      outcome,
      note,
      recordedBy: DEMO_ACTOR,
      recordedAt: new Date(`${day}T10:35:00Z`),
    });

  for (const beneficiary of plan.beneficiaries) {
    const referredOn = minDay(addDays(beneficiary.receptionExitDate, 1), plan.today);
    referrals.push({
      ...referrerOf(beneficiary.province),
      id: beneficiary.id,
      integraCornerId: beneficiary.integraCornerId,
      referredOn,
      givenName: beneficiary.givenName,
      familyName: beneficiary.familyName,
      birthDate: beneficiary.birthDate,
      citizenship: beneficiary.citizenship,
      protectionStatus: beneficiary.protectionStatus,
      receptionType: beneficiary.receptionType,
      receptionExitDate: beneficiary.receptionExitDate,
      province: beneficiary.province,
      codiceFiscale: null,
      contact: null,
      status: 'CONVERTED',
      convertedBeneficiaryId: beneficiary.id,
      closingNote: null,
      createdAt: new Date(`${referredOn}T08:00:00Z`),
      createdBy: DEMO_ACTOR,
    });
    attempt(beneficiary.id, 0, minDay(addDays(referredOn, 1), plan.today), [1, 'PHONE', 'REACHED', 'Agreed to come to the corner.']);
  }

  for (const [cornerIndex, corner] of plan.corners.entries()) {
    for (const [storyIndex, story] of STORIES.entries()) {
      const [givenName, familyName, citizenship, birthDate] = NEWCOMERS[cornerIndex * STORIES.length + storyIndex]!;
      const id = demoId('intake-referral', `${givenName} ${familyName}`);
      const referredOn = addDays(plan.today, -(3 + storyIndex * 6 + cornerIndex));
      // The first newcomer of each corner brings a codice fiscale (a well-formed one, check character included).
      const first15 =
        `${familyName.slice(0, 3)}${givenName.slice(0, 3)}`
          .toUpperCase()
          .normalize('NFD')
          .replace(/[^A-Z]/g, 'X')
          .padEnd(6, 'X') + `${birthDate.slice(2, 4)}A${birthDate.slice(8, 10)}Z3${String(10 + cornerIndex).padStart(2, '0')}`;
      referrals.push({
        ...referrerOf(corner.province),
        id,
        integraCornerId: corner.id,
        referredOn,
        givenName,
        familyName,
        birthDate,
        citizenship,
        protectionStatus: storyIndex % 2 === 0 ? 'REFUGEE' : 'SUBSIDIARY_PROTECTION',
        receptionType: storyIndex % 2 === 0 ? 'SAI' : 'CAS',
        // Recent exits, one close to the end of its window.
        receptionExitDate: addDays(plan.today, -(20 + storyIndex * 120 + cornerIndex * 30)),
        province: corner.province,
        codiceFiscale: storyIndex === 0 ? first15 + codiceFiscaleCheckCharacter(first15) : null,
        contact: storyIndex === 1 ? null : `+39 3${String(40 + cornerIndex)} ${String(1000000 + storyIndex * 12345).slice(0, 7)}`,
        status: story.status,
        convertedBeneficiaryId: null,
        closingNote: story.closingNote,
        createdAt: new Date(`${referredOn}T08:00:00Z`),
        createdBy: DEMO_ACTOR,
      });
      for (const [key, entry] of story.attempts.entries()) attempt(id, key, minDay(addDays(referredOn, entry[0]), plan.today), entry);
    }
  }
  await dataSource.createQueryBuilder().insert().into(IntakeReferralEntity).values(referrals).orIgnore().execute();
  await dataSource.createQueryBuilder().insert().into(ContactAttemptEntity).values(attempts).orIgnore().execute();
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
