import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import { demoUsers } from '../../../identity/realm.js';
import type { EnrollmentStatus } from '../src/generated/resolvers-types.js';
import { ServiceEnrollmentEntity } from '../src/enrollment/service-enrollment.entity.js';

interface PastService {
  service: string;
  status: EnrollmentStatus;
  /** Started this many days before the plan's day; ended `lasting` days later (null: still running). */
  startedDaysAgo: number;
  lasting: number | null;
  outcome: string | null;
}

/** What people received before (or besides) SHUBH, per province: the overlaps the assessment should catch. */
const PAST_SERVICES: Record<string, PastService[]> = {
  TO: [
    {
      service: 'Italiano L2 per il lavoro (A2-B1)',
      status: 'COMPLETED',
      startedDaysAgo: 300,
      lasting: 110,
      outcome: 'Certificazione CILS A2 conseguita',
    },
    {
      service: 'Coaching individuale per il lavoro',
      status: 'COMPLETED',
      startedDaysAgo: 160,
      lasting: 45,
      outcome: 'Curriculum e bilancio delle competenze redatti',
    },
    {
      service: 'Laboratorio di soft skills',
      status: 'DROPPED_OUT',
      startedDaysAgo: 200,
      lasting: 20,
      outcome: 'Interrotto per un impiego stagionale',
    },
  ],
  BA: [
    {
      service: 'Bilancio e certificazione delle competenze',
      status: 'COMPLETED',
      startedDaysAgo: 240,
      lasting: 60,
      outcome: 'Competenze di muratore certificate (repertorio regionale)',
    },
    { service: 'Consulenza orientativa al lavoro', status: 'IN_PROGRESS', startedDaysAgo: 40, lasting: null, outcome: null },
  ],
  RM: [
    { service: 'Scuola di italiano Centro Astalli', status: 'IN_PROGRESS', startedDaysAgo: 90, lasting: null, outcome: null },
    {
      service: 'Orientamento ai servizi del territorio',
      status: 'COMPLETED',
      startedDaysAgo: 400,
      lasting: 30,
      outcome: 'Iscrizione anagrafica e medico di base ottenuti',
    },
  ],
};

/**
 * Services the demo people received outside the referrals, so that `serviceHistory` and the overlap checks have
 * something to show: every person past intake gets one or two entries of their province. Rows already there are
 * left alone; services the catalogue does not hold (renamed since) are skipped.
 */
export async function seedEnrollmentDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const administrator = demoUsers().find((user) => user.roles.includes('network-admin'))!.id;
  const rows: Partial<ServiceEnrollmentEntity>[] = [];
  plan.beneficiaries
    .filter((person) => person.caseStatus !== 'REFERRED')
    .forEach((person, index) => {
      const options = PAST_SERVICES[person.province] ?? [];
      const chosen = options.filter((_option, position) => (index + position) % 2 === 0 || options.length === 1);
      for (const past of chosen) {
        const startedOn = addDays(plan.today, -past.startedDaysAgo);
        rows.push({
          id: demoId('enrollment', `${person.id}:${past.service}`),
          beneficiaryId: person.id,
          serviceId: demoId('service', past.service),
          status: past.status,
          startedOn,
          endedOn: past.lasting === null ? null : addDays(startedOn, past.lasting),
          outcome: past.outcome,
          recordedBy: person.tutorUserId ?? administrator,
        });
      }
    });
  const known: { id: string }[] = await dataSource.query('SELECT id FROM catalogue.service WHERE id = ANY($1::uuid[])', [
    [...new Set(rows.map((row) => row.serviceId!))],
  ]);
  const present = new Set(known.map((row) => row.id));
  const values = rows.filter((row) => present.has(row.serviceId!));
  if (values.length > 0) {
    await dataSource.createQueryBuilder().insert().into(ServiceEnrollmentEntity).values(values).orIgnore().execute();
  }
}
