/**
 * The console end to end, in Debian's Chromium, against the real hub on the embedded database with the demo data:
 * a tutor signs in through the login page, opens the caseload, takes Amina Diallo's case (the status form refuses
 * "assessed" while her Italian level is missing), records her Italian level and her consent to share with Enaip,
 * drafts and agrees her PAI and refers her to an Enaip service; records her labour profile, sees the vacancies that
 * fit her with their reasons, proposes her and records her agreement; the employer sees only that agreed CV; the
 * partner signs in and accepts; Amina signs in on a phone, reads her plan in Arabic (right to left) and withdraws the
 * consent; the partner's next page no longer shows her. axe-core runs on every screen visited.
 */
import { createTestDatabase, type TestDatabase } from '@shubh/platform/testing';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { seedDemoDataOnFirstStart } from '../../demo/seed-demo-data.js';
import { startHub, type RunningHub } from '../../hub/hub.js';
import { startDevIdentityProvider, type DevIdentityProvider } from '../../identity/dev-identity-provider.js';
import { loadRealm, Realm } from '../../identity/realm.js';
import { CLIENTS, HUB_AUDIENCE } from '../../packages/platform/src/auth/identity-contract.js';
import { ensureConsoleBuilt, startConsoleServer, type ConsoleRuntimeConfig, type RunningConsole } from '../server/console-server.js';
import { ARTEFACTS, DESKTOP, launchChromium, newSession, PHONE, signIn, ui, type Session } from './browser.js';

let database: TestDatabase;
let identity: DevIdentityProvider;
let hub: RunningHub;
let webConsole: RunningConsole;
let browser: Browser;
const sessions: Session[] = [];

/** The realm file, with this test's console registered as Keycloak's admin would register a deployment's URL. */
function realmFor(consoleUrl: string): Realm {
  const file = loadRealm().representation;
  return new Realm({
    ...file,
    clients: file.clients!.map((client) =>
      client.clientId === CLIENTS.cornerFrontend
        ? { ...client, redirectUris: [...(client.redirectUris ?? []), `${consoleUrl}/*`] }
        : client,
    ),
  });
}

beforeAll(async () => {
  await ensureConsoleBuilt();
  database = await createTestDatabase(process.env.DATABASE_URL);
  const config: Partial<ConsoleRuntimeConfig> = { oidcClientId: CLIENTS.cornerFrontend };
  webConsole = await startConsoleServer({ host: '127.0.0.1', port: 0, config: () => config as ConsoleRuntimeConfig });
  identity = await startDevIdentityProvider({ port: 0, realm: realmFor(webConsole.url) });
  hub = await startHub({
    databaseUrl: database.url,
    host: '127.0.0.1',
    ports: 'ephemeral',
    logLevel: 'warn',
    identity: { issuer: identity.issuer, audience: HUB_AUDIENCE },
    corsOrigins: [webConsole.url],
    beforeGateway: async (dataSources) => {
      await seedDemoDataOnFirstStart(dataSources);
    },
  });
  Object.assign(config, { oidcIssuer: identity.issuer, gatewayUrl: hub.gateway.graphqlUrl });
  browser = await launchChromium();
});

afterAll(async () => {
  // What each browser showed last: the first thing to look at when a step failed.
  for (const [index, session] of sessions.entries()) {
    await session.page.screenshot({ path: `${ARTEFACTS}last-${index}.png`, fullPage: true }).catch(() => undefined);
  }
  for (const session of sessions) await session.context.close().catch(() => undefined);
  await browser?.close();
  await webConsole?.stop();
  await hub?.stop();
  await identity?.stop();
  await database?.drop();
});

async function session(name: string, options: typeof DESKTOP | typeof PHONE): Promise<Session> {
  const created = await newSession(browser, name, options);
  sessions.push(created);
  return created;
}

const AMINA = 'Diallo Amina';
const ENAIP = 'Enaip Piemonte';

test('tutor, partner and beneficiary: from the caseload to a referral, then a consent withdrawn', async () => {
  // The tutor: the caseload, Amina's record, taking her case.
  const tutor = await session('tutor', DESKTOP);
  const { page } = tutor;
  await signIn(tutor, webConsole.url, 'tutor.aurora');
  await ui.url(page, /\/caseload$/);
  await ui.visible(page.getByRole('link', { name: AMINA }));
  await tutor.check('caseload');
  await page.getByRole('link', { name: AMINA }).click();
  await ui.visible(page.getByRole('heading', { level: 1, name: 'Amina Diallo' }));
  await tutor.check('person-referred');
  await page.getByRole('button', { name: 'Prendi in carico' }).click();
  await ui.visible(page.getByText('Presa in carico', { exact: true }).first());

  // The status form: the statuses the server derives from facts are not offered; a missing fact shows at the field.
  const statusChoices = await page.getByLabel('Nuovo stato').locator('option').allTextContents();
  expect(statusChoices).toEqual(['Valutata', 'Chiusa']);
  await page.getByLabel('Nuovo stato').selectOption('ASSESSED');
  await page.getByRole('button', { name: 'Cambia lo stato' }).click();
  await ui.containsText(page.locator('#case-status-to-error'), 'Manca il livello di italiano');
  await tutor.check('case-status-refused');

  // Assessment: Enaip's services ask for Italian A2.
  await page.getByLabel('Livello (QCER)').selectOption('A2');
  await page.getByRole('button', { name: 'Registra il livello' }).click();
  await ui.visible(page.getByText(/italiano: A2/i));

  // Her consent to share with Enaip, given at the corner.
  await page.getByLabel('Per che cosa').selectOption('SHARE_WITH_ORGANISATION');
  await page.getByLabel('Organizzazione').locator('option', { hasText: ENAIP }).waitFor({ state: 'attached' });
  await page.getByLabel('Organizzazione').selectOption({ label: ENAIP });
  await page.getByRole('button', { name: 'Registra il consenso' }).click();
  await ui.containsText(page.getByTestId('consent').filter({ hasText: `Condivisione con ${ENAIP}` }), 'In vigore');
  await tutor.check('person-enrolled');

  // The PAI: a blank goal is refused with the error next to the field the graph names.
  await page.getByRole('link', { name: 'Redigi il PAI' }).click();
  await ui.visible(page.getByRole('heading', { name: 'Nuovo PAI' }));
  await page.getByLabel('Che cosa si fa').fill('Laboratorio sulle competenze trasversali');
  await page.getByRole('button', { name: 'Salva la bozza del PAI' }).click();
  const goalError = page.locator('#goal-0-description-error');
  await ui.containsText(goalError, 'input.goals.0.description');
  expect(await page.getByLabel('Obiettivo, nelle parole della persona').getAttribute('aria-invalid')).toBe('true');
  await tutor.check('plan-error');
  await page.getByLabel('Obiettivo, nelle parole della persona').fill('Trovare un lavoro nella logistica entro l’estate');
  await page.getByLabel('Servizio del catalogo').selectOption({ label: `Laboratorio di soft skills (${ENAIP})` });
  await page.getByRole('button', { name: 'Salva la bozza del PAI' }).click();
  await ui.visible(page.getByText('Bozza del PAI salvata.'));
  await page.getByRole('button', { name: 'Concorda il piano con la persona (presente)' }).click();
  await ui.visible(page.getByText('Accordo registrato.'));
  await ui.visible(page.getByText('Concordato').first());
  await tutor.check('plan-agreed');

  // Eligible services, and the referral to Enaip.
  await page.getByRole('link', { name: /Amina Diallo/ }).click();
  await page.getByRole('link', { name: 'Servizi e invii' }).click();
  const service = page.getByTestId('eligible-service').filter({ hasText: 'Laboratorio di soft skills' });
  await ui.visible(service);
  await tutor.check('eligible-services');
  await service.getByRole('button', { name: /^Invia/ }).click();
  await ui.visible(service.getByText(`Invio fatto a ${ENAIP}`));

  // Labour: her consent to labour matching, her profile (a code that is no ISCO-08 occupation refused at the field).
  await page.getByRole('link', { name: /Amina Diallo/ }).click();
  await page.getByLabel('Per che cosa').selectOption('LABOUR_MATCHING');
  await page.getByRole('button', { name: 'Registra il consenso' }).click();
  await ui.containsText(page.getByTestId('consent').filter({ hasText: 'Ricerca di lavoro' }), 'In vigore');
  await page.getByRole('link', { name: 'Lavoro e candidature' }).click();
  await ui.visible(page.getByRole('heading', { level: 1, name: 'Lavoro: Amina Diallo' }));
  await page.getByLabel('Condizione occupazionale').selectOption('UNEMPLOYED');
  await page.getByLabel('Professioni cercate (codici ISCO-08)').fill('99');
  await page.getByLabel('Ore a settimana').fill('40');
  // Every shift ticked, through its label (the design system draws the box there), whatever the profile held.
  for (const shift of ['mattina', 'pomeriggio', 'notte', 'fine settimana']) {
    const box = page.getByLabel(shift, { exact: true });
    if (!(await box.isChecked())) await page.locator('label', { hasText: new RegExp(`^${shift}$`) }).click();
    expect(await box.isChecked()).toBe(true);
  }
  await page.getByLabel('Province raggiungibili').fill('TO');
  await page.getByRole('button', { name: 'Salva il profilo lavorativo' }).click();
  await ui.containsText(page.locator('#labour-occupations-error'), 'input.desiredIscoCodes.0');
  await tutor.check('labour-profile-error');
  await page.getByLabel('Professioni cercate (codici ISCO-08)').fill('9333');
  await page.getByRole('button', { name: 'Salva il profilo lavorativo' }).click();
  await ui.visible(page.getByText('Profilo lavorativo salvato.'));
  await ui.containsText(page.getByTestId('labour-profile'), '9333');
  // The vacancies that fit her, each with its score, the factors' reasons and the gaps; she is proposed for one.
  const WAREHOUSE = 'Magazziniere addetto carico e scarico';
  const match = page.getByTestId('vacancy-match').filter({ hasText: WAREHOUSE });
  await ui.containsText(match.getByTestId('match-explanation'), /Punteggio \d+ su 100/);
  await ui.containsText(match.getByTestId('match-explanation'), 'Professione (peso 50%');
  await tutor.check('labour-matches');
  await match.getByRole('button', { name: 'Proponi per questa offerta' }).click();
  const candidacy = page.getByTestId('candidacy').filter({ hasText: WAREHOUSE });
  await ui.containsText(candidacy, 'Proposta');
  await candidacy.getByRole('button', { name: 'La persona è d’accordo' }).click();
  await ui.containsText(candidacy.getByRole('list', { name: 'Fasi della candidatura' }), 'La persona è d’accordo');
  await ui.visible(candidacy.getByRole('button', { name: 'Invia il CV al datore di lavoro' }));
  expect(await candidacy.getByRole('button', { name: 'La persona è d’accordo' }).count()).toBe(0);
  await tutor.check('labour-candidacy-agreed');
  // The same vacancy from its side: Amina ranked among the candidates of the tutor's corner, with her score.
  await match.getByRole('link', { name: 'Candidati per questa offerta' }).click();
  await ui.visible(page.getByRole('heading', { level: 1, name: `Candidati per «${WAREHOUSE}»` }));
  await ui.containsText(page.getByTestId('candidate-match').filter({ hasText: 'Amina Diallo' }), /Punteggio \d+ su 100/);
  await tutor.check('vacancy-candidates');

  // The employer: the agreed candidacy, as the CV the tutor named; never the case.
  const employer = await session('employer', DESKTOP);
  await signIn(employer, webConsole.url, 'employer.logistica');
  await ui.url(employer.page, /\/employer$/);
  const received = employer.page.getByTestId('candidacy').filter({ hasText: WAREHOUSE });
  await ui.containsText(received.getByTestId('candidate-cv'), 'Amina Diallo');
  await ui.containsText(received.getByTestId('candidate-cv'), '9333');
  expect(await employer.page.getByRole('link', { name: /Amina Diallo/ }).count()).toBe(0);
  await employer.check('employer-candidacies');
  await employer.context.close();

  // The partner: the referral arrives with Amina's name; received, then accepted.
  const partner = await session('partner', DESKTOP);
  await signIn(partner, webConsole.url, 'partner.enaip');
  await ui.url(partner.page, /\/partner\/referrals$/);
  const referral = partner.page.getByTestId('referral').filter({ hasText: 'Amina Diallo' });
  await ui.visible(referral);
  await partner.check('referral-inbox');
  await referral.getByRole('button', { name: 'Segna come ricevuto' }).click();
  await ui.visible(referral.getByRole('button', { name: 'Accetta' }));
  await referral.getByRole('button', { name: 'Accetta' }).click();
  await ui.containsText(referral, 'Accettato');
  await partner.check('referral-accepted');

  // Amina on her phone: her plan in Arabic, right to left; then her consent to share with Enaip withdrawn.
  const amina = await session('beneficiary', PHONE);
  await signIn(amina, webConsole.url, 'amina.diallo');
  await ui.url(amina.page, /\/me\/plan$/);
  await amina.page.getByLabel('Lingua').selectOption('ar');
  await ui.documentAttribute(amina.page, 'dir', 'rtl');
  expect(await amina.page.locator('html').getAttribute('lang')).toBe('ar');
  await ui.containsText(amina.page.getByTestId('plan-view'), 'العمل');
  await ui.containsText(amina.page.getByTestId('plan-view'), 'Trovare un lavoro nella logistica');
  await ui.visible(amina.page.getByRole('heading', { level: 1, name: 'خطة Amina' }));
  await amina.check('my-plan-ar');
  await amina.page.getByRole('link', { name: 'موافقاتي' }).click();
  const sharing = amina.page.getByTestId('consent').filter({ hasText: ENAIP });
  await ui.containsText(sharing, 'سارية');
  await amina.check('my-consents-ar');
  await sharing.getByRole('button', { name: /سحب الموافقة/ }).click();
  await ui.containsText(sharing, 'مسحوبة');
  await amina.check('consent-withdrawn-ar');
  await amina.page.getByRole('link', { name: 'من اطّلع على بياناتي' }).click();
  await ui.containsText(amina.page.getByRole('table'), 'partner.enaip');
  await amina.check('who-saw-my-data-ar');
  // A copy of everything held about her, from every subgraph, as one file.
  const [copy] = await Promise.all([
    amina.page.waitForEvent('download'),
    amina.page.getByRole('button', { name: 'تنزيل بياناتي' }).click(),
  ]);
  expect(copy.suggestedFilename()).toMatch(/^shubh-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const mine = JSON.parse(await readFile(await copy.path(), 'utf8')) as Record<
    string,
    { name: string; records: Record<string, unknown>[] }[]
  >;
  expect(mine.caseFile!.find((section) => section.name === 'beneficiary')!.records[0]).toMatchObject({ given_name: 'Amina' });
  expect(mine.serviceRecords!.find((section) => section.name === 'referral')!.records.length).toBeGreaterThan(0);
  expect(Object.keys(mine)).toEqual(expect.arrayContaining(['labourRecords', 'housingRecords']));
  await ui.visible(amina.page.getByRole('status').filter({ hasText: copy.suggestedFilename() }));
  await amina.check('my-data-copy-ar');

  // The partner's next page: the referral is still theirs, Amina is not.
  await partner.page.reload();
  await ui.visible(partner.page.getByTestId('referral').first());
  await ui.visible(partner.page.getByText('Persona non più condivisa con la tua organizzazione').first());
  expect(await partner.page.getByText('Amina Diallo').count()).toBe(0);
  await partner.check('referral-inbox-after-withdrawal');

  expect([...tutor.violations, ...employer.violations, ...partner.violations, ...amina.violations]).toEqual([]);
});

test('a PAI saved from a stale revision shows what changed, the tutor re-applies their version, then follows it up', async () => {
  const tutor = await session('conflict', DESKTOP);
  await signIn(tutor, webConsole.url, 'tutor.aurora');
  await ui.visible(tutor.page.getByRole('link', { name: 'Kovalenko Olena' }));
  await tutor.page.getByRole('link', { name: 'Kovalenko Olena' }).click();
  await tutor.page.getByRole('link', { name: 'Piano di azione (PAI)' }).click();
  await ui.visible(tutor.page.getByRole('heading', { name: 'Modifica il PAI' }));
  const planUrl = tutor.page.url();
  // A colleague's tab (the same tutor, elsewhere) opened the same revision.
  const other = await tutor.context.newPage();
  await other.goto(planUrl);
  await ui.visible(other.getByRole('heading', { name: 'Modifica il PAI' }));

  await other.getByLabel('Obiettivo, nelle parole della persona').first().fill('Trovare casa a Torino entro marzo');
  await other.getByLabel('Motivo della revisione').fill('Nuova scadenza concordata al colloquio');
  await other.getByRole('button', { name: 'Salva la nuova versione' }).click();
  await ui.visible(other.getByText('Nuova versione del PAI salvata.'));

  const { page } = tutor;
  await page.getByLabel('Obiettivo, nelle parole della persona').first().fill('Trovare casa a Moncalieri');
  await page.getByLabel('Motivo della revisione').fill('La persona preferisce Moncalieri');
  await page.getByRole('button', { name: 'Salva la nuova versione' }).click();
  const conflict = page.getByTestId('plan-conflict');
  await ui.visible(conflict);
  await ui.containsText(conflict, 'Il piano è cambiato mentre lo modificavi');
  await ui.visible(conflict.locator('.diff-added', { hasText: 'Trovare casa a Moncalieri' }));
  await ui.visible(conflict.locator('.diff-removed', { hasText: 'Trovare casa a Torino entro marzo' }));
  await tutor.check('plan-conflict');
  await conflict.getByRole('button', { name: /Applica le mie modifiche/ }).click();
  await ui.visible(page.getByText('Nuova versione del PAI salvata.'));
  expect(await page.getByTestId('plan-conflict').count()).toBe(0);
  await ui.visible(page.getByTestId('plan-view').filter({ hasText: 'Trovare casa a Moncalieri' }));

  // A follow-up on the revised plan raises a critical issue, which the tutor then resolves.
  await page.getByRole('link', { name: /Olena Kovalenko/ }).click();
  await page.getByLabel('Criticità emersa').fill('Il corso serale è pieno fino a gennaio');
  await page.getByLabel('Gravità').selectOption('HIGH');
  await page.getByRole('button', { name: 'Registra il colloquio' }).click();
  const raised = page.locator('li', { hasText: 'Il corso serale è pieno fino a gennaio' }).last();
  await ui.visible(raised.getByRole('button', { name: 'Segna come risolta' }));
  await tutor.check('follow-up-recorded');
  await raised.getByLabel('Come è stata risolta').fill('Iscritta al corso del sabato');
  await raised.getByRole('button', { name: 'Segna come risolta' }).click();
  await ui.containsText(page.locator('li', { hasText: 'Il corso serale è pieno fino a gennaio' }).last(), 'risolta');
  expect(tutor.violations).toEqual([]);
});

test('GraphiQL ships with the console and queries the graph as the signed-in user, offline; the coordinator then reopens a closed case and reads the results', async () => {
  const developer = await session('graphiql', DESKTOP);
  const outside: string[] = [];
  // Every request stays on this machine: no CDN, no font service.
  developer.page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (!['localhost', '127.0.0.1'].includes(host) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      outside.push(request.url());
    }
  });
  await signIn(developer, webConsole.url, 'coord.torino');
  await developer.page.goto(`${webConsole.url}/graphiql`);
  const run = developer.page.getByRole('button', { name: /Execute query/i });
  await ui.visible(run);
  // GraphiQL 5 shows its Execute button before its (lazily loaded) editors, and ignores a click until both exist:
  // wait, as a person would, for the example query in the editor and for the response pane.
  await ui.containsText(developer.page.locator('.graphiql-query-editor .monaco-editor'), 'beneficiaries');
  await ui.visible(developer.page.locator('.graphiql-response .monaco-editor'));
  await run.click();
  await ui.containsText(developer.page.locator('.graphiql-response'), '"beneficiaries"');
  await ui.containsText(developer.page.locator('.graphiql-response'), 'Integra Corner Torino');
  // GraphiQL's tab bar puts its close button inside the tab (upstream markup): the one rule left out, on this page only.
  await developer.check('graphiql', { exceptRules: ['nested-interactive'] });
  // Back in the console, the coordinator reopens a closed case: the action their record's viewerCan.reopen offers.
  await developer.page.goto(`${webConsole.url}/caseload`);
  await developer.page.getByLabel('Stato').selectOption('CLOSED');
  const closed = developer.page.getByRole('table').getByRole('link').first();
  await ui.visible(developer.page.getByRole('table').getByText('Chiusa'));
  await closed.click();
  await developer.page.getByLabel('Perché si riapre (almeno 10 caratteri)').fill('Ha perso il lavoro: riprende il percorso');
  await developer.page.getByRole('button', { name: 'Riapri il caso' }).click();
  await ui.visible(developer.page.getByText('Caso riaperto.'));
  expect(await developer.page.getByRole('button', { name: 'Riapri il caso' }).count()).toBe(0);
  await developer.check('case-reopened');

  // The results dashboard: each indicator against its target, the programme's 295 named, a chart, the CSV file.
  await developer.page.getByRole('link', { name: 'Risultati', exact: true }).click();
  await ui.visible(developer.page.getByRole('heading', { level: 1, name: 'Risultati rispetto agli obiettivi' }));
  await ui.containsText(developer.page.getByTestId('indicator'), 'Obiettivo del programma: 295');
  await ui.visible(developer.page.getByTestId('indicator').first().getByRole('img'));
  expect(await developer.page.getByLabel('Periodo di rendicontazione').locator('option').count()).toBeGreaterThan(1);
  const firstIndicator = (await developer.page.getByTestId('indicator').first().getByRole('heading').textContent())!;
  const [csv] = await Promise.all([
    developer.page.waitForEvent('download'),
    developer.page.getByRole('button', { name: 'Scarica CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(await readFile(await csv.path(), 'utf8')).toContain(firstIndicator);
  await developer.check('results');
  expect(outside).toEqual([]);
  expect(developer.violations).toEqual([]);
});

test('a housing partner sees its offers and the people proposed for them, records a viewing and accepts', async () => {
  const agency = await session('housing', DESKTOP);
  await signIn(agency, webConsole.url, 'housing.torino');
  await agency.page.getByRole('link', { name: 'Case', exact: true }).click();
  await ui.url(agency.page, /\/partner\/housing$/);
  await ui.visible(agency.page.getByRole('heading', { level: 1, name: 'Case di Agenzia Sociale per la Locazione Torino' }));
  await ui.visible(agency.page.getByTestId('housing-offer').filter({ hasText: 'Camera singola in appartamento condiviso, Aurora' }));
  await agency.check('housing-partner');
  // A proposal still at its first stage: the agency fixes the viewing, then accepts (the graph's viewerCan offers each).
  const proposal = agency.page
    .getByTestId('housing-proposal')
    .filter({ has: agency.page.getByRole('button', { name: 'Registra la visita' }) })
    .first();
  const candidate = (await proposal.getByTestId('housing-candidate').textContent())!;
  expect(candidate).toMatch(/, nucleo di \d+ person/);
  await proposal.getByLabel('Giorno della visita').fill('2026-12-10');
  await proposal.getByRole('button', { name: 'Registra la visita' }).click();
  const answered = agency.page.getByTestId('housing-proposal').filter({ hasText: candidate }).first();
  await ui.containsText(answered, 'Visita fissata');
  await ui.containsText(answered, 'visita il 2026-12-10');
  await answered.getByRole('button', { name: 'Accetta' }).click();
  await ui.containsText(answered, 'Accettata');
  await ui.visible(answered.getByRole('button', { name: 'Avvia l’inserimento' }));
  await agency.check('housing-proposal-accepted');
  expect(agency.violations).toEqual([]);
});
