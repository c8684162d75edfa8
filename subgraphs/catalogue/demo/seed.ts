import type { DataSource, ObjectLiteral } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { ServiceArea, ServiceType } from '../src/generated/resolvers-types.js';
import { IntegraCornerEntity } from '../src/integra-corner/integra-corner.entity.js';
import { OrganisationEntity } from '../src/organisation/organisation.entity.js';
import { ProgrammeEntity } from '../src/programme/programme.entity.js';
import { ReferralEntity } from '../src/referral/referral.entity.js';
import { ServiceEntity } from '../src/service/service.entity.js';
import { seedEnrollmentDemoData } from './enrollment.demo.js';
import { seedExternalServiceDemoData } from './external-service.demo.js';
import { seedReferralWorkflowDemoData } from './referral.demo.js';
import { seedNetworkDemoData } from './network.demo.js';
import { seedServiceDemoData } from './service.demo.js';

type DemoProgramme = Omit<ProgrammeEntity, 'id' | 'createdAt'>;

const PROGRAMMES: DemoProgramme[] = [
  {
    code: 'FAMI_SHUBH',
    name: 'SHUBH – percorsi di autonomia socio-economica per titolari di protezione internazionale',
    fundingSource: 'FAMI 2021-2027',
    managingAuthority: "Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione (Autorità di Gestione FAMI)",
    startsOn: '2025-01-01',
    endsOn: '2027-06-30',
  },
  {
    code: 'IMPACT',
    name: 'IMPACT – Integrazione dei Migranti con Politiche e Azioni Co-progettate a livello Territoriale',
    fundingSource: 'FAMI 2021-2027',
    managingAuthority: 'Regioni capofila dei progetti territoriali (Regione Piemonte, Regione Puglia, Regione Lazio)',
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
  },
  {
    code: 'PRIMA',
    name: "PRIMA – PRogetto per l'Integrazione lavorativa dei MigrAnti",
    fundingSource: 'FAMI 2021-2027 e PN Inclusione e lotta alla povertà (FSE+)',
    managingAuthority: "Ministero del Lavoro e delle Politiche Sociali – DG dell'Immigrazione e delle Politiche di Integrazione",
    startsOn: '2023-07-01',
    endsOn: '2026-06-30',
  },
  {
    code: 'PUOI',
    name: 'PUOI – Protezione Unita a Obiettivo Integrazione',
    fundingSource: 'PON Inclusione (FSE) e FAMI',
    managingAuthority: 'Ministero del Lavoro e delle Politiche Sociali, con ANPAL Servizi (oggi Sviluppo Lavoro Italia)',
    startsOn: '2023-01-01',
    endsOn: '2026-03-31',
  },
  {
    code: 'PIANI_LINGUA',
    name: 'Piani regionali per la formazione civico-linguistica dei cittadini di Paesi terzi',
    fundingSource: 'FAMI 2021-2027',
    managingAuthority: 'Regioni, in rete con gli Uffici Scolastici Regionali e i CPIA',
    startsOn: '2024-09-01',
    endsOn: '2027-06-30',
  },
  {
    code: 'POR_FSE_9_4',
    name: 'Misure regionali FSE+ per l’inclusione attiva – priorità 9.4 (accesso ai servizi)',
    fundingSource: 'FSE+ Regione Piemonte',
    managingAuthority: 'Regione Piemonte – Direzione Istruzione, Formazione e Lavoro',
    startsOn: '2023-01-01',
    endsOn: null,
  },
];

interface DemoService {
  name: string;
  description: string;
  programme: string;
  provider: string;
  area: ServiceArea;
  type: ServiceType;
  provinces: string[];
  languages: string[];
  capacity: number | null;
}

const service = (
  name: string,
  programme: string,
  provider: string,
  [area, type]: [ServiceArea, ServiceType],
  province: string,
  languages: string[],
  capacity: number | null,
  description: string,
): DemoService => ({ name, description, programme, provider, area, type, provinces: [province], languages, capacity });

const SERVICES: DemoService[] = [
  // Torino
  service(
    'Coaching individuale per il lavoro',
    'PRIMA',
    'Enaip Piemonte',
    ['WORK', 'COACHING'],
    'TO',
    ['it', 'en', 'fr'],
    20,
    'Percorso individuale di sei incontri con un career coach: obiettivi professionali, curriculum, preparazione ai colloqui.',
  ),
  service(
    'Laboratorio di soft skills',
    'IMPACT',
    'Enaip Piemonte',
    ['WORK', 'SOFT_SKILLS_LAB'],
    'TO',
    ['it', 'en'],
    15,
    'Laboratorio di gruppo su comunicazione, lavoro in squadra, puntualità e gestione dei conflitti sul luogo di lavoro.',
  ),
  service(
    'Tirocini in logistica e magazzino',
    'FAMI_SHUBH',
    'Logistica Nord Ovest S.r.l.',
    ['WORK', 'WORK_EXPERIENCE'],
    'TO',
    ['it'],
    8,
    'Tirocini di sei mesi con indennità in magazzino, con formazione sulla sicurezza e patentino per il carrello elevatore.',
  ),
  service(
    'Tirocini nella ristorazione collettiva',
    'PUOI',
    'Ristorazione Collettiva Piemonte S.p.A.',
    ['WORK', 'WORK_EXPERIENCE'],
    'TO',
    ['it'],
    6,
    'Tirocini in cucine di mense scolastiche e aziendali, con corso HACCP e affiancamento di un tutor aziendale.',
  ),
  service(
    'Laboratorio di ricerca attiva del lavoro',
    'POR_FSE_9_4',
    "Centro per l'Impiego di Torino",
    ['WORK', 'JOB_SEARCH_LAB'],
    'TO',
    ['it', 'en', 'fr'],
    12,
    'Quattro incontri di gruppo: canali di ricerca, portali regionali, candidature spontanee, simulazioni di colloquio.',
  ),
  service(
    'Incontro domanda-offerta di lavoro',
    'FAMI_SHUBH',
    "Centro per l'Impiego di Torino",
    ['WORK', 'LABOUR_MATCHING'],
    'TO',
    ['it', 'en'],
    null,
    'Preselezione sui posti vacanti delle imprese del territorio e invio delle candidature in linea con il profilo.',
  ),
  service(
    'Italiano L2 per il lavoro (A2-B1)',
    'PIANI_LINGUA',
    'CPIA 1 Torino',
    ['LANGUAGE', 'ITALIAN_L2'],
    'TO',
    ['it'],
    25,
    'Corso di 100 ore con lessico tecnico di logistica, ristorazione ed edilizia; esame di certificazione finale.',
  ),
  service(
    'Orientamento all’intermediazione abitativa',
    'FAMI_SHUBH',
    'Agenzia Sociale per la Locazione Torino',
    ['HOUSING', 'HOUSING_INTERMEDIATION'],
    'TO',
    ['it', 'en', 'fr'],
    null,
    'Colloqui di orientamento al mercato degli affitti e accompagnamento presso i proprietari aderenti all’agenzia.',
  ),
  service(
    'Garanzia per il canone di locazione',
    'FAMI_SHUBH',
    'Agenzia Sociale per la Locazione Torino',
    ['HOUSING', 'RENT_GUARANTEE'],
    'TO',
    ['it'],
    30,
    'Fondo di garanzia e assicurazione sul canone per la durata del progetto, a copertura di morosità incolpevole.',
  ),
  service(
    'Coabitazione di transizione',
    'FAMI_SHUBH',
    'Cooperativa Sociale Progetto Tenda',
    ['HOUSING', 'HOUSING_TRANSITION'],
    'TO',
    ['it', 'en', 'ar'],
    10,
    "Posti in appartamenti in cohousing per un massimo di dodici mesi, con sostegno all'ingresso in un'abitazione autonoma.",
  ),
  service(
    'Accompagnamento ai servizi sanitari',
    'IMPACT',
    'ASL Città di Torino',
    ['HEALTH', 'HEALTH_REFERRAL'],
    'TO',
    ['it', 'en', 'fr', 'ar'],
    null,
    'Iscrizione al Servizio Sanitario Nazionale, scelta del medico di base e accompagnamento con mediatore linguistico-culturale.',
  ),
  service(
    'Supporto psicologico etnoclinico',
    'IMPACT',
    'ASL Città di Torino',
    ['HEALTH', 'PSYCHOLOGICAL_SUPPORT'],
    'TO',
    ['it', 'en', 'fr', 'ar'],
    12,
    'Colloqui individuali con psicologi ed etnopsichiatri, con mediazione linguistica, per chi ha vissuto traumi.',
  ),
  service(
    'Sportello pratiche amministrative Torino',
    'FAMI_SHUBH',
    'Patronato INAS Torino',
    ['ADMINISTRATIVE', 'ADMINISTRATIVE_SUPPORT'],
    'TO',
    ['it', 'en', 'fr'],
    null,
    'Rinnovo del permesso di soggiorno, iscrizione anagrafica, codice fiscale, tessera sanitaria e prestazioni INPS.',
  ),
  service(
    'Riconoscimento dei titoli di studio esteri',
    'FAMI_SHUBH',
    'Patronato ACLI Torino',
    ['EDUCATION', 'QUALIFICATION_RECOGNITION'],
    'TO',
    ['it', 'en'],
    null,
    "Raccolta dei documenti, dichiarazione di valore e avvio delle procedure di equipollenza presso l'ente competente.",
  ),
  // Bari
  service(
    'Bilancio e certificazione delle competenze',
    'PRIMA',
    'Formedil Puglia',
    ['EDUCATION', 'SKILLS_ASSESSMENT'],
    'BA',
    ['it', 'en', 'fr'],
    20,
    'Messa in trasparenza delle competenze acquisite anche in modo informale e certificazione secondo il repertorio regionale.',
  ),
  service(
    'Esperienze di lavoro in cantiere',
    'PUOI',
    'Cantieri Edili Adriatici',
    ['WORK', 'WORK_EXPERIENCE'],
    'BA',
    ['it'],
    6,
    'Tirocini nei cantieri edili con formazione obbligatoria sulla sicurezza (16 ore) e dotazione dei dispositivi di protezione.',
  ),
  service(
    'Incontri con le imprese agricole',
    'FAMI_SHUBH',
    'Agricola Terre di Puglia',
    ['WORK', 'EMPLOYER_WORKSHOP'],
    'BA',
    ['it', 'en', 'fr'],
    30,
    'Workshop in azienda su mansioni, contratti regolari e diritti del lavoro agricolo, con colloqui conoscitivi.',
  ),
  service(
    'Consulenza orientativa al lavoro',
    'POR_FSE_9_4',
    "Centro per l'Impiego di Bari",
    ['WORK', 'COUNSELLING'],
    'BA',
    ['it', 'en'],
    null,
    'Colloqui di orientamento, patto di servizio personalizzato e accesso alle politiche attive regionali.',
  ),
  service(
    'Supporto individuale alla ricerca di lavoro Bari',
    'PRIMA',
    "Centro per l'Impiego di Bari",
    ['WORK', 'JOB_SEARCH_SUPPORT'],
    'BA',
    ['it', 'en', 'fr'],
    25,
    'Un operatore segue la persona nelle candidature, nella preparazione ai colloqui e nei primi giorni di lavoro.',
  ),
  service(
    'Intermediazione abitativa Bari',
    'FAMI_SHUBH',
    'Abitare Solidale Bari',
    ['HOUSING', 'HOUSING_INTERMEDIATION'],
    'BA',
    ['it', 'en'],
    null,
    'Ricerca di alloggi in affitto con mediazione verso i proprietari e supporto nella firma e registrazione del contratto.',
  ),
  service(
    'Servizi di conciliazione per famiglie',
    'IMPACT',
    'SAI Comune di Bari',
    ['FAMILY', 'CHILDCARE'],
    'BA',
    ['it', 'en', 'ar'],
    15,
    'Posti in asilo nido e ludoteca per i figli dei beneficiari impegnati in corsi o tirocini.',
  ),
  service(
    'Sportello pratiche amministrative Bari',
    'FAMI_SHUBH',
    'Patronato INCA Bari',
    ['ADMINISTRATIVE', 'ADMINISTRATIVE_SUPPORT'],
    'BA',
    ['it', 'en', 'fr'],
    null,
    'Permesso di soggiorno, residenza, codice fiscale, tessera sanitaria, assegno unico e altre pratiche.',
  ),
  // Roma
  service(
    'Orientamento ai servizi del territorio',
    'IMPACT',
    'Centro Astalli Roma',
    ['SOCIAL', 'ORIENTATION'],
    'RM',
    ['it', 'en', 'fr', 'ar'],
    null,
    'Mappatura dei servizi sociali, sanitari e del lavoro del municipio di residenza e primo accompagnamento.',
  ),
  service(
    'Attività socio-culturali e di comunità',
    'FAMI_SHUBH',
    'Centro Astalli Roma',
    ['SOCIAL', 'SOCIO_CULTURAL_ACTIVITY'],
    'RM',
    ['it', 'en', 'fr'],
    40,
    'Visite guidate, gruppi sportivi e incontri nelle scuole per conoscere la città e costruire relazioni.',
  ),
  service(
    'Scuola di italiano Centro Astalli',
    'PIANI_LINGUA',
    'Centro Astalli Roma',
    ['LANGUAGE', 'ITALIAN_L2'],
    'RM',
    ['it'],
    30,
    'Corsi di italiano dal livello pre-A1 al B1, con moduli di lessico per il lavoro nei servizi e nella ristorazione.',
  ),
  service(
    'Sostegno all’iscrizione scolastica dei minori',
    'IMPACT',
    'Servizi Sociali Roma Capitale',
    ['EDUCATION', 'SCHOOL_SUPPORT'],
    'RM',
    ['it', 'en', 'ar'],
    null,
    'Orientamento alle scuole del municipio, iscrizione, mensa e trasporto scolastico, raccordo con gli insegnanti.',
  ),
  service(
    'Supporto alla ricerca di lavoro nel turismo',
    'FAMI_SHUBH',
    'Patronato ITAL Roma',
    ['WORK', 'JOB_SEARCH_SUPPORT'],
    'RM',
    ['it', 'en'],
    20,
    'Accompagnamento individuale verso le offerte del settore turistico-alberghiero della città.',
  ),
  service(
    'Tirocini nei servizi alberghieri',
    'PUOI',
    'Hotel Colosseo Servizi',
    ['WORK', 'WORK_EXPERIENCE'],
    'RM',
    ['it', 'en'],
    5,
    'Tirocini di sei mesi nei piani, nella lavanderia e nella colazione, con tutor aziendale e possibilità di assunzione.',
  ),
];

/** A partner is asked to answer a referral within ten days. */
const RESPONSE_DAYS = 10;

/**
 * The plan's referrals (the beneficiaries subgraph seeds the consents that go with them), each to a service its
 * organisation offers in the catalogue above, taken in turn when it offers several.
 */
function demoReferrals(plan: DemoPlan, organisationId: (name: string) => string): Partial<ReferralEntity>[] {
  return plan.referrals.map((referral, index) => {
    const offered = SERVICES.filter((candidate) => organisationId(candidate.provider) === referral.toOrganisationId);
    const service = offered[index % Math.max(offered.length, 1)] ?? SERVICES[0]!;
    return {
      id: referral.id,
      beneficiaryId: referral.beneficiaryId,
      serviceId: demoId('service', service.name),
      fromCornerId: referral.fromCornerId,
      toOrganisationId: referral.toOrganisationId,
      status: referral.status,
      sentAt: new Date(`${referral.sentOn}T09:30:00Z`),
      sentBy: referral.sentBy,
      responseDueOn: addDays(referral.sentOn, RESPONSE_DAYS),
    };
  });
}

/** Writes this subgraph's share of the demo plan; rows already there are left alone. */
export async function seedDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  // Typed rows: a demo plan value the schema does not accept (an organisation type, say) fails to compile.
  const insert = async <T extends ObjectLiteral>(entity: new () => T, rows: Partial<T>[]) => {
    await dataSource.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
  };
  const organisationId = (name: string) => {
    const organisation = plan.organisations.find((candidate) => candidate.name === name);
    if (!organisation) throw new Error(`The demo plan has no organisation named ${name}`);
    return organisation.id;
  };

  await insert(OrganisationEntity, plan.organisations);
  await insert(
    IntegraCornerEntity,
    plan.corners.map(({ staff: _staff, ...corner }) => corner),
  );
  await insert(
    ProgrammeEntity,
    PROGRAMMES.map((programme) => ({ id: demoId('programme', programme.code), ...programme })),
  );
  await insert(
    ServiceEntity,
    SERVICES.map(({ programme, provider, ...rest }) => ({
      id: demoId('service', rest.name),
      programmeId: demoId('programme', programme),
      providerId: organisationId(provider),
      ...rest,
      // The demo catalogue is published (a migration made drafts the default); service.demo.ts adds drafts.
      publicationStatus: 'PUBLISHED' as const,
      publishedAt: new Date(`${plan.today}T08:00:00Z`),
    })),
  );
  await insert(ReferralEntity, demoReferrals(plan, organisationId));
  await seedNetworkDemoData(dataSource, plan);
  await seedServiceDemoData(dataSource, plan);
  await seedReferralWorkflowDemoData(dataSource, plan);
  await seedEnrollmentDemoData(dataSource, plan);
  await seedExternalServiceDemoData(dataSource, plan);
}
