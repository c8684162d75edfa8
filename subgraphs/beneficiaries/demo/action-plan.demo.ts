import type { DataSource, ObjectLiteral } from 'typeorm';
import { addDays, demoId, type DemoBeneficiary, type DemoPlan } from '../../../demo/demo-plan.js';
import type { GoalArea, PlanActionStatus } from '../src/generated/resolvers-types.js';
import { ActionPlanEntity, ActionPlanVersionEntity, PlanActionEntity, PlanGoalEntity } from '../src/action-plan/action-plan.entities.js';

const DEMO_ACTOR = 'demo-data';
const WITH_PLAN: DemoBeneficiary['caseStatus'][] = ['PLAN_AGREED', 'IN_PROGRESS'];

/** Catalogue demo services (subgraphs/catalogue/demo/seed.ts, ids demoId('service', name)) and their providers. */
type DemoService = [name: string, provider: string];
const SERVICES: Record<string, Partial<Record<GoalArea, DemoService[]>>> = {
  TO: {
    WORK: [
      ['Coaching individuale per il lavoro', 'Enaip Piemonte'],
      ['Tirocini in logistica e magazzino', 'Logistica Nord Ovest S.r.l.'],
    ],
    LANGUAGE: [['Italiano L2 per il lavoro (A2-B1)', 'CPIA 1 Torino']],
    HOUSING: [['Orientamento all’intermediazione abitativa', 'Agenzia Sociale per la Locazione Torino']],
  },
  BA: {
    WORK: [
      ['Consulenza orientativa al lavoro', "Centro per l'Impiego di Bari"],
      ['Esperienze di lavoro in cantiere', 'Cantieri Edili Adriatici'],
    ],
    EDUCATION: [['Bilancio e certificazione delle competenze', 'Formedil Puglia']],
    HOUSING: [['Intermediazione abitativa Bari', 'Abitare Solidale Bari']],
  },
  RM: {
    WORK: [
      ['Supporto alla ricerca di lavoro nel turismo', 'Patronato ITAL Roma'],
      ['Tirocini nei servizi alberghieri', 'Hotel Colosseo Servizi'],
    ],
    LANGUAGE: [['Scuola di italiano Centro Astalli', 'Centro Astalli Roma']],
    SOCIAL: [['Orientamento ai servizi del territorio', 'Centro Astalli Roma']],
  },
};

const GOALS: Record<GoalArea, string> = {
  WORK: 'Find a stable job matching the skills assessed',
  LANGUAGE: 'Reach B1 in Italian, with the vocabulary of work',
  HOUSING: 'Move from temporary accommodation to a rented home',
  EDUCATION: 'Have the skills assessed and certified',
  SOCIAL: 'Know and use the services of the neighbourhood',
  HEALTH: 'Register with a GP',
  ADMINISTRATIVE: 'Have every document in order',
  FAMILY: 'Find childcare compatible with work',
};

/**
 * Plans for everyone whose plan is agreed or under way: one goal per area the province's services cover, each with
 * its services; every other plan was revised once (its first version kept in the history, with the reason). The
 * plan was drafted 30 days after enrolment (plans under way at least 40 days ago, plans just agreed recently).
 */
export async function seedActionPlanDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const insert = async <T extends ObjectLiteral>(entity: new () => T, rows: Partial<T>[]) => {
    if (rows.length > 0) await dataSource.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
  };
  const organisationId = (name: string) => plan.organisations.find((organisation) => organisation.name === name)?.id ?? null;
  const plans: Partial<ActionPlanEntity>[] = [];
  const versions: Partial<ActionPlanVersionEntity>[] = [];
  const goals: Partial<PlanGoalEntity>[] = [];
  const actions: Partial<PlanActionEntity>[] = [];

  plan.beneficiaries
    .filter((person) => WITH_PLAN.includes(person.caseStatus) && person.enrolledOn)
    .forEach((person, index) => {
      const started = person.caseStatus === 'IN_PROGRESS';
      // Plans under way are older than one cadence; plans just agreed are recent, their first follow-up not due yet.
      const createdOn = started
        ? minDay(addDays(person.enrolledOn!, 30), addDays(plan.today, -40))
        : addDays(plan.today, -10 - (index % 15));
      const revisedOn = addDays(createdOn, 25);
      const revised = index % 2 === 1 && revisedOn <= addDays(plan.today, -3);
      const planId = demoId('action-plan', person.id);
      const agreer = person.tutorUserId ?? DEMO_ACTOR;
      const byArea = SERVICES[person.province] ?? {};
      const areas = Object.keys(byArea) as GoalArea[];
      const versionCount = revised ? 2 : 1;
      for (let number = 1; number <= versionCount; number += 1) {
        const day = number === 1 ? createdOn : revisedOn;
        const versionId = demoId('action-plan-version', `${person.id}:${number}`);
        const agreedAt = new Date(`${addDays(day, 2)}T11:00:00Z`);
        versions.push({
          id: versionId,
          planId,
          beneficiaryId: person.id,
          version: number,
          reason: number === 1 ? null : 'The traineeship moved later and housing became the priority, as agreed at the follow-up',
          cadenceDays: 30,
          createdAt: new Date(`${day}T10:00:00Z`),
          createdBy: agreer,
          agreedByBeneficiaryAt: agreedAt,
          agreedByBeneficiaryBy: agreer,
          agreedInPerson: true,
          agreedByTutorAt: agreedAt,
          agreedByTutorBy: agreer,
        });
        // The revision drops the last area's goal and puts housing first where there is one.
        const versionAreas =
          number === 1
            ? areas
            : [...areas.filter((area) => area === 'HOUSING'), ...areas.filter((area) => area !== 'HOUSING')].slice(
                0,
                Math.max(1, areas.length - 1),
              );
        versionAreas.forEach((area, position) => {
          const goalId = demoId('plan-goal', `${person.id}:${area}`);
          goals.push({ versionId, id: goalId, planId, position, area, description: GOALS[area], targetDate: addDays(createdOn, 365) });
          byArea[area]!.forEach(([service, provider], actionPosition) => {
            const isCurrent = number === versionCount;
            const status: PlanActionStatus =
              !isCurrent || !started ? 'PLANNED' : actionPosition === 0 ? (index % 3 === 0 ? 'DONE' : 'IN_PROGRESS') : 'PLANNED';
            const start = addDays(createdOn, 15 + actionPosition * 60 + (number === 2 && area === 'WORK' ? 30 : 0));
            actions.push({
              versionId,
              id: demoId('plan-action', `${person.id}:${area}:${actionPosition}`),
              goalId,
              planId,
              beneficiaryId: person.id,
              version: number,
              position: actionPosition,
              serviceId: demoId('service', service),
              providerOrganisationId: organisationId(provider),
              description: service,
              plannedStart: start,
              plannedEnd: addDays(start, 90),
              status,
            });
          });
        });
      }
      const statusChanges = started ? 1 : 0;
      plans.push({
        id: planId,
        beneficiaryId: person.id,
        // Drafted (1), agreed by both (2, 3); revised and agreed again (4, 5, 6); an action started.
        revision: 3 * versionCount + statusChanges,
        currentVersion: versionCount,
        cadenceDays: 30,
        createdOn,
        lastFollowUpOn: null,
        createdAt: new Date(`${createdOn}T10:00:00Z`),
        createdBy: agreer,
        updatedAt: new Date(`${revised ? revisedOn : createdOn}T10:00:00Z`),
      });
    });

  await insert(ActionPlanEntity, plans);
  await insert(ActionPlanVersionEntity, versions);
  await insert(PlanGoalEntity, goals);
  await insert(PlanActionEntity, actions);
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
