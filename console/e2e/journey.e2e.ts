/**
 * The console end to end, in Debian's Chromium, against the real hub on the embedded database with the demo data:
 * a tutor signs in through the login page, opens the caseload, takes Amina Diallo's case, records her Italian level
 * and her consent to share with Enaip, drafts and agrees her PAI and refers her to an Enaip service; the partner
 * signs in and accepts; Amina signs in on a phone, reads her plan in Arabic (right to left) and withdraws the
 * consent; the partner's next page no longer shows her. axe-core runs on every screen visited.
 */
import { createTestDatabase, type TestDatabase } from '@shubh/platform/testing';
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

  // The partner's next page: the referral is still theirs, Amina is not.
  await partner.page.reload();
  await ui.visible(partner.page.getByTestId('referral').first());
  await ui.visible(partner.page.getByText('Persona non più condivisa con la tua organizzazione').first());
  expect(await partner.page.getByText('Amina Diallo').count()).toBe(0);
  await partner.check('referral-inbox-after-withdrawal');

  expect([...tutor.violations, ...partner.violations, ...amina.violations]).toEqual([]);
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

test('GraphiQL ships with the console and queries the graph as the signed-in user, offline', async () => {
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
  await run.click();
  await ui.containsText(developer.page.locator('.graphiql-response'), '"beneficiaries"');
  await ui.containsText(developer.page.locator('.graphiql-response'), 'Integra Corner Torino');
  // GraphiQL's tab bar puts its close button inside the tab (upstream markup): the one rule left out, on this page only.
  await developer.check('graphiql', { exceptRules: ['nested-interactive'] });
  expect(outside).toEqual([]);
  expect(developer.violations).toEqual([]);
});
