/**
 * What the console's browser tests share: Debian's Chromium driven by playwright-core (no browser download),
 * sign-in through the identity provider's login page, axe-core on every screen, screenshots kept as artefacts.
 */
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTEFACTS = fileURLToPath(new URL('./artefacts/', import.meta.url));
export const PASSWORD = 'shubh-dev-only';
/** Waits for what the UI shows: long enough for a shared 2-core machine, never a sleep. */
export const UI_TIMEOUT = 60_000;
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'it-IT',
  timezoneId: 'Europe/Rome',
};
export const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'it-IT', timezoneId: 'Europe/Rome' };

/** Waits on what a person would see (playwright-core has no assertions of its own); each fails after UI_TIMEOUT. */
export const ui = {
  visible: (locator: Locator) => locator.first().waitFor({ state: 'visible' }),
  containsText: (locator: Locator, text: string | RegExp) => locator.filter({ hasText: text }).first().waitFor({ state: 'visible' }),
  url: (page: Page, pattern: RegExp) => page.waitForURL(pattern),
  documentAttribute: (page: Page, name: string, value: string) =>
    page.waitForFunction(
      ([attribute, expected]) =>
        (
          globalThis as unknown as { document: { documentElement: { getAttribute(n: string): string | null } } }
        ).document.documentElement.getAttribute(attribute!) === expected,
      [name, value],
    ),
};

export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  // Playwright gives every launch a fresh, empty profile directory (--user-data-dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Serious or critical axe-core violations found so far, per screen. */
  violations: string[];
  /** Runs axe-core on the current page and keeps a screenshot named after the screen. */
  check(screen: string, options?: { exceptRules?: string[] }): Promise<void>;
}

export async function newSession(browser: Browser, name: string, options: Parameters<Browser['newContext']>[0]): Promise<Session> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(UI_TIMEOUT);
  context.setDefaultNavigationTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  const violations: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    violations,
    async check(screen, options = {}) {
      // Through the DevTools protocol, so the pages keep their Content-Security-Policy (no inline script allowed).
      await page.evaluate(axe.source);
      const result = await page.evaluate(() => {
        const scope = globalThis as unknown as { axe: typeof axe; document: unknown };
        return scope.axe.run(scope.document as Parameters<typeof axe.run>[0], {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
      });
      for (const violation of result.violations) {
        if (options.exceptRules?.includes(violation.id)) continue;
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          violations.push(
            `${screen}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        }
      }
      for (const message of pageErrors.splice(0)) violations.push(`${screen}: page error ${message}`);
      await page.screenshot({ path: `${ARTEFACTS}${name}-${screen}.png`, fullPage: true });
    },
  };
}

/** The console's sign-in: its button, then the identity provider's login page (Keycloak's field ids). */
export async function signIn(session: Session, consoleUrl: string, username: string): Promise<void> {
  const { page } = session;
  await page.goto(consoleUrl);
  await page.getByRole('button', { name: /^(Accedi|Sign in)$/ }).click();
  await ui.visible(page.locator('#kc-form-login'));
  await session.check('login-page');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await ui.visible(page.getByTestId('signed-in-as'));
}
