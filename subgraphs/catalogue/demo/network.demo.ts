import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { Weekday } from '../src/generated/resolvers-types.js';
import { IntegraCornerEntity, type OpeningPeriodRecord, type TeamMemberRecord } from '../src/integra-corner/integra-corner.entity.js';
import { AgreementEntity } from '../src/organisation/agreement.entity.js';
import { OrganisationEntity, type ContactPointRecord } from '../src/organisation/organisation.entity.js';
import { CapacityBuildingEventEntity } from '../src/capacity-building/capacity-building-event.entity.js';

/** Agreements by organisation name: signed so many days before the plan's day, for so many days (null: open-ended). */
const AGREEMENTS: Record<string, { signedDaysAgo: number; validForDays: number | null; scope: string }> = {
  'Patronato INAS Torino': {
    signedDaysAgo: 420,
    validForDays: 1100,
    scope: 'Ospita l’Integra Corner Torino Aurora; partecipa al tavolo provinciale di coordinamento.',
  },
  'Patronato ACLI Torino': {
    signedDaysAgo: 410,
    validForDays: 1100,
    scope: 'Ospita l’Integra Corner Torino San Salvario; riconoscimento dei titoli esteri.',
  },
  'Patronato INCA Bari': {
    signedDaysAgo: 400,
    validForDays: 1100,
    scope: 'Ospita l’Integra Corner Bari Libertà; pratiche amministrative.',
  },
  'Patronato ITAL Roma': {
    signedDaysAgo: 390,
    validForDays: 1100,
    scope: 'Ospita l’Integra Corner Roma Esquilino; supporto alla ricerca di lavoro nel turismo.',
  },
  "Centro per l'Impiego di Torino": {
    signedDaysAgo: 380,
    validForDays: null,
    scope: 'Presa in carico dei beneficiari segnalati, patto di servizio e incontro domanda-offerta.',
  },
  "Centro per l'Impiego di Bari": {
    signedDaysAgo: 370,
    validForDays: null,
    scope: 'Presa in carico dei beneficiari segnalati e accesso alle politiche attive regionali.',
  },
  'Enaip Piemonte': {
    signedDaysAgo: 350,
    validForDays: 730,
    scope: 'Coaching, laboratori di soft skills e corsi brevi per i beneficiari segnalati dagli Integra Corner.',
  },
  'Agenzia Sociale per la Locazione Torino': {
    signedDaysAgo: 340,
    validForDays: 730,
    scope: 'Intermediazione abitativa e fondo di garanzia sul canone per la durata del progetto.',
  },
  'Centro Astalli Roma': {
    signedDaysAgo: 330,
    validForDays: 730,
    scope: 'Orientamento ai servizi, scuola di italiano e attività di comunità.',
  },
  'Logistica Nord Ovest S.r.l.': {
    signedDaysAgo: 200,
    validForDays: 365,
    scope: 'Fino a otto tirocini l’anno in magazzino, con formazione sulla sicurezza.',
  },
};

const CONTACTS: Record<string, ContactPointRecord[]> = {
  'Enaip Piemonte': [
    {
      name: 'Giulia Ferrero',
      role: 'Referente percorsi per rifugiati',
      email: 'rifugiati@enaip-piemonte.example',
      phone: '+39 011 555 0101',
    },
    { name: 'Segreteria corsi', role: 'Iscrizioni', email: 'corsi@enaip-piemonte.example', phone: null },
  ],
  "Centro per l'Impiego di Torino": [
    { name: 'Marco Rinaldi', role: 'Referente fasce vulnerabili', email: 'cpi.torino@regione.example', phone: '+39 011 555 0202' },
  ],
  "Centro per l'Impiego di Bari": [
    { name: 'Anna De Santis', role: 'Referente servizi ai migranti', email: 'cpi.bari@regione.example', phone: '+39 080 555 0303' },
  ],
  'Agenzia Sociale per la Locazione Torino': [
    { name: 'Luca Bianco', role: 'Operatore intermediazione', email: 'locare@comune.example', phone: '+39 011 555 0404' },
  ],
  'Centro Astalli Roma': [
    { name: 'Sportello accoglienza', role: 'Primo contatto', email: 'sportello@astalli.example', phone: '+39 06 555 0505' },
  ],
  'Logistica Nord Ovest S.r.l.': [
    { name: 'Paola Gallo', role: 'Risorse umane, tirocini', email: 'hr@logisticanordovest.example', phone: null },
  ],
};

const MONDAY_TO_FRIDAY: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const weekdays = (opens: string, closes: string, days: Weekday[] = MONDAY_TO_FRIDAY) =>
  days.map((day): OpeningPeriodRecord => ({ day, opens, closes }));

/** Opening hours and teams of the four corners, by corner name. */
const CORNER_DETAILS: Record<string, { hours: OpeningPeriodRecord[]; team: TeamMemberRecord[] }> = {
  'Integra Corner Torino Aurora': {
    hours: [...weekdays('09:00', '13:00'), ...weekdays('14:00', '17:30', ['TUESDAY', 'THURSDAY'])],
    team: [
      { name: 'Chiara Bosco', role: 'COORDINATOR' },
      { name: 'Davide Greco', role: 'TUTOR' },
      { name: 'Sara Colombo', role: 'TUTOR' },
      { name: 'Avv. Elena Fontana', role: 'LEGAL_ADVISER' },
      { name: 'Youssef El Amrani', role: 'MEDIATOR' },
      { name: 'Dott.ssa Irene Sala', role: 'PSYCHOLOGIST' },
    ],
  },
  'Integra Corner Torino San Salvario': {
    hours: [...weekdays('09:30', '13:30'), ...weekdays('14:30', '18:00', ['MONDAY', 'WEDNESDAY'])],
    team: [
      { name: 'Chiara Bosco', role: 'COORDINATOR' },
      { name: 'Federico Marino', role: 'TUTOR' },
      { name: 'Laura Conti', role: 'CAREER_ADVISER' },
      { name: 'Paolo Ricci', role: 'HOUSING_ADVISER' },
      { name: 'Aster Haile', role: 'MEDIATOR' },
    ],
  },
  'Integra Corner Bari Libertà': {
    hours: [...weekdays('08:30', '13:00'), ...weekdays('15:00', '18:00', ['TUESDAY', 'THURSDAY'])],
    team: [
      { name: 'Nicola Lorusso', role: 'COORDINATOR' },
      { name: 'Michela Amato', role: 'TUTOR' },
      { name: 'Avv. Giuseppe Caputo', role: 'LEGAL_ADVISER' },
      { name: 'Rosa Decaro', role: 'CAREER_ADVISER' },
      { name: 'Mamadou Diallo', role: 'MEDIATOR' },
    ],
  },
  'Integra Corner Roma Esquilino': {
    hours: [...weekdays('09:00', '14:00'), { day: 'SATURDAY', opens: '09:30', closes: '12:30' }],
    team: [
      { name: 'Valentina Romano', role: 'COORDINATOR' },
      { name: 'Stefano Gentile', role: 'TUTOR' },
      { name: 'Francesca Russo', role: 'HOUSING_ADVISER' },
      { name: 'Samira Haddad', role: 'MEDIATOR' },
      { name: 'Dott. Andrea Leone', role: 'PSYCHOLOGIST' },
    ],
  },
};

/** Capacity-building events: topic, days before the plan's day, province, attending organisations, attendees. */
const EVENTS: [string, number, string, string[], number][] = [
  [
    'Rinnovo e conversione dei permessi di soggiorno per protezione internazionale',
    95,
    'TO',
    ['Patronato INAS Torino', 'Patronato ACLI Torino', 'Cooperativa Sociale Progetto Tenda', "Centro per l'Impiego di Torino"],
    23,
  ],
  [
    'Tirocini extracurricolari: linee guida regionali e tutoraggio aziendale',
    60,
    'TO',
    ['Enaip Piemonte', "Centro per l'Impiego di Torino", 'Logistica Nord Ovest S.r.l.', 'Ristorazione Collettiva Piemonte S.p.A.'],
    17,
  ],
  ['Intermediazione abitativa e garanzie sul canone', 41, 'BA', ['Patronato INCA Bari', 'Abitare Solidale Bari', 'SAI Comune di Bari'], 14],
  [
    'Approccio etnoclinico e segnali di disagio psicologico',
    18,
    'RM',
    ['Patronato ITAL Roma', 'Centro Astalli Roma', 'Servizi Sociali Roma Capitale'],
    26,
  ],
];

/**
 * WP1 in the demo: network agreements and contact points, the corners' opening hours and teams, and four
 * capacity-building events. Only rows still without them are filled; events already there are left alone.
 */
export async function seedNetworkDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const organisationId = (name: string) => {
    const organisation = plan.organisations.find((candidate) => candidate.name === name);
    if (!organisation) throw new Error(`The demo plan has no organisation named ${name}`);
    return organisation.id;
  };
  const organisations = dataSource.getRepository(OrganisationEntity);
  for (const [name, agreement] of Object.entries(AGREEMENTS)) {
    const signedOn = addDays(plan.today, -agreement.signedDaysAgo);
    await organisations
      .createQueryBuilder()
      .update()
      .set({
        agreementSignedOn: signedOn,
        agreementScope: agreement.scope,
        agreementValidUntil: agreement.validForDays === null ? null : addDays(signedOn, agreement.validForDays),
      })
      .where('id = :id AND agreement_signed_on IS NULL', { id: organisationId(name) })
      .execute();
    // The same protocol as a row of its own, as `agreements` and the network administrators' screens read it.
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(AgreementEntity)
      .values({
        organisationId: organisationId(name),
        title: 'Protocollo d’intesa SHUBH',
        scope: agreement.scope,
        areas: ['SOCIAL'],
        startsOn: signedOn,
        endsOn: agreement.validForDays === null ? null : addDays(signedOn, agreement.validForDays),
        status: 'SIGNED',
        documentReference: `SHUBH-${organisationId(name)}`,
        createdBy: 'demo',
      })
      .orIgnore()
      .execute();
  }
  for (const [name, contactPoints] of Object.entries(CONTACTS)) {
    await organisations
      .createQueryBuilder()
      .update()
      .set({ contactPoints: () => `CAST(:contactPoints AS jsonb)` })
      .where(`id = :id AND contact_points = '[]'::jsonb`, { id: organisationId(name) })
      .setParameter('contactPoints', JSON.stringify(contactPoints))
      .execute();
  }
  const corners = dataSource.getRepository(IntegraCornerEntity);
  for (const [name, details] of Object.entries(CORNER_DETAILS)) {
    const corner = plan.corners.find((candidate) => candidate.name === name);
    if (!corner) throw new Error(`The demo plan has no corner named ${name}`);
    await corners
      .createQueryBuilder()
      .update()
      .set({ openingHours: () => 'CAST(:hours AS jsonb)', team: () => 'CAST(:team AS jsonb)' })
      .where(`id = :id AND opening_hours = '[]'::jsonb AND team = '[]'::jsonb`, { id: corner.id })
      .setParameters({
        hours: JSON.stringify(details.hours),
        // The realm's tutors and coordinators of the corner are on its team with their user ids: cases go to them.
        team: JSON.stringify([
          ...details.team,
          ...corner.staff.map((member): TeamMemberRecord => ({ name: member.name, role: member.role, userId: member.userId })),
        ]),
      })
      .execute();
  }
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(CapacityBuildingEventEntity)
    .values(
      EVENTS.map(([topic, daysAgo, province, attending, attendeeCount]) => ({
        id: demoId('capacity-building-event', topic),
        topic,
        heldOn: addDays(plan.today, -daysAgo),
        province,
        organisationIds: attending.map(organisationId),
        attendeeCount,
        recordedBy: 'demo-data',
      })),
    )
    .orIgnore()
    .execute();
}
