import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import { demoUsers } from '../../../identity/realm.js';
import { ExternalServiceEntity } from '../src/external-service/external-service.entity.js';
import type { ServiceArea, ServiceType } from '../src/generated/resolvers-types.js';

interface BeforeShubh {
  providerName: string;
  programme: string;
  area: ServiceArea;
  type: ServiceType;
  /** Started this many days before the person left reception; ended on leaving (null: still running). */
  startedDaysBeforeExit: number;
  endsOnExit: boolean;
  evidence: string | null;
  /** Recorded by mistake and withdrawn: kept, counting for nothing. */
  withdrawnReason?: string;
}

/**
 * What people received in reception before SHUBH, per province. The Torino housing orientation overlaps with the
 * plans' "Orientamento all'intermediazione abitativa" action (an overlap warning on the PAI); the others show in
 * `servicesReceived` beside the enrolments.
 */
const BEFORE_SHUBH: Record<string, BeforeShubh[]> = {
  TO: [
    {
      providerName: 'Cooperativa Sociale Liberitutti (progetto SAI Torino)',
      programme: 'SAI',
      area: 'HOUSING',
      type: 'HOUSING_INTERMEDIATION',
      startedDaysBeforeExit: 120,
      endsOnExit: true,
      evidence: 'relazione di uscita SAI prot. 2025/118',
    },
    {
      providerName: 'CPIA 3 Torino (corso nel CAS di via Traves)',
      programme: 'CAS',
      area: 'LANGUAGE',
      type: 'ITALIAN_L2',
      startedDaysBeforeExit: 300,
      endsOnExit: true,
      evidence: 'attestato CPIA prot. 4471',
      withdrawnReason: 'Corso frequentato da un omonimo: registrato sulla persona sbagliata',
    },
  ],
  BA: [
    {
      providerName: 'Cooperativa Sociale Occupazione e Solidarietà (progetto SAI Bari)',
      programme: 'FAMI IMPACT',
      area: 'EDUCATION',
      type: 'SKILLS_ASSESSMENT',
      startedDaysBeforeExit: 90,
      endsOnExit: true,
      evidence: 'scheda competenze IMPACT n. 37',
    },
  ],
  RM: [
    {
      providerName: 'Centro Astalli Roma',
      programme: 'PRIMA',
      area: 'WORK',
      type: 'COUNSELLING',
      startedDaysBeforeExit: 60,
      endsOnExit: false,
      evidence: null,
    },
  ],
};

/** How many people of each province, among those with a plan, received something before SHUBH. */
const PEOPLE_PER_PROVINCE = 3;

/**
 * Services the demo people received before SHUBH (issue 13), recorded by their tutor: for the first people with a
 * plan of each province. Rows already there are left alone.
 */
export async function seedExternalServiceDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const administrator = demoUsers().find((user) => user.roles.includes('network-admin'))!.id;
  const withPlan = plan.beneficiaries.filter((person) => person.caseStatus === 'PLAN_AGREED' || person.caseStatus === 'IN_PROGRESS');
  const rows: Partial<ExternalServiceEntity>[] = [];
  for (const [province, received] of Object.entries(BEFORE_SHUBH)) {
    for (const person of withPlan.filter((candidate) => candidate.province === province).slice(0, PEOPLE_PER_PROVINCE)) {
      const recordedBy = person.tutorUserId ?? administrator;
      for (const service of received) {
        rows.push({
          id: demoId('external-service', `${person.id}:${service.type}`),
          beneficiaryId: person.id,
          providerName: service.providerName,
          providerOrganisationId: null,
          programme: service.programme,
          area: service.area,
          type: service.type,
          startedOn: addDays(person.receptionExitDate, -service.startedDaysBeforeExit),
          endedOn: service.endsOnExit ? person.receptionExitDate : null,
          evidence: service.evidence,
          recordedBy,
          ...(service.withdrawnReason
            ? { withdrawnAt: new Date(`${plan.today}T09:00:00Z`), withdrawnBy: recordedBy, withdrawalReason: service.withdrawnReason }
            : {}),
        });
      }
    }
  }
  if (rows.length > 0) {
    await dataSource.createQueryBuilder().insert().into(ExternalServiceEntity).values(rows).orIgnore().execute();
  }
}
