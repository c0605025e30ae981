import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app';
import type { AppContext } from '../../src/context';
import type { Config } from '../../src/config';
import { silentLogger } from './context';

// The console browser tests drive Debian's Chromium (playwright's own download cannot work on these machines).
export const CHROMIUM = '/usr/bin/chromium';

/** Where the console tests leave their screenshots and downloads (gitignored). */
export const ARTIFACTS = join(__dirname, '../../test-artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** `describe` where Chromium is installed; without it the suite is skipped with a warning locally and fails under CI=true. */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) return describe(name, body);
  if (process.env.CI === 'true') throw new Error(`console browser tests need ${CHROMIUM} (apt-get install chromium); CI must not skip them`);
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED console browser tests: ${CHROMIUM} is missing (apt-get install chromium)`);
  describe.skip(name, body);
}

export interface ConsoleServer {
  /** http://127.0.0.1:<port> of the app serving /console and the API. */
  base: string;
  browser: Browser;
  /** Closes the browser, the server and the context's store. */
  close(): Promise<void>;
}

/** The app on a free local port over the test context, and a Chromium to drive it. */
export async function serveConsole(t: { ctx: AppContext; config: Config }): Promise<ConsoleServer> {
  const app = createApp({ ctx: t.ctx, config: t.config, logger: silentLogger });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      await t.ctx.store.close();
    },
  };
}

/**
 * Screenshots of the console pages for a person to look at (they assert nothing): ~0.5 s of CPU each, two dozen per
 * run, so `npm test` leaves them out; CONSOLE_SCREENSHOTS=1 saves them in test-artifacts/.
 */
export async function screenshot(page: Page, name: string, o: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.CONSOLE_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: o.fullPage ?? false });
}

/**
 * Waits until `expression` is true in the page. Not page.waitForFunction with a string: it evaluates the string again
 * with eval() on every poll after the first, which the console's CSP (no 'unsafe-eval') refuses, so it threw at once
 * whenever the first look was false (a queue test read the rows before they came and saw none).
 */
export async function waitForExpression(page: Page, expression: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`still false after ${timeout} ms: ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface TabOptions {
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /**
   * Collects what the page does wrong: uncaught exceptions always; with `consoleErrors`, console errors except
   * those matching `expectedConsole` (refusals the test provokes); responses with a status in `statuses`.
   */
  errors?: { into: string[]; consoleErrors?: boolean; expectedConsole?: RegExp; statuses?: number[] };
}

/** A fresh tab (sessionStorage is per tab, so nothing of another user's session is in it), watched for errors. */
export async function newConsoleTab(browser: Browser, o: TabOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: o.viewport ?? { width: 1400, height: 1000 }, locale: 'zh-CN', ...(o.acceptDownloads && { acceptDownloads: true }) });
  const e = o.errors;
  if (e) {
    page.on('pageerror', (err) => e.into.push(err.message));
    if (e.consoleErrors) page.on('console', (m) => m.type() === 'error' && !e.expectedConsole?.test(m.text()) && e.into.push(m.text()));
    if (e.statuses?.length) page.on('response', (r) => e.statuses!.includes(r.status()) && e.into.push(`${r.status()} ${r.url()}`));
  }
  return page;
}

/** Logs in on the console's login form with a key; resolves once the header shows the user (named `name`, if given). */
export async function logIn(page: Page, key: string, name?: string): Promise<void> {
  await page.getByTestId('api-key').fill(key);
  await page.getByTestId('login').click();
  const who = page.getByTestId('whoami');
  await (name === undefined ? who : who.filter({ hasText: name })).waitFor();
}

/** A fresh tab on the console at `hash` (default its start page), logged in with `key` there. */
export async function openConsole(
  browser: Browser,
  base: string,
  login: { key: string; name?: string; hash?: string },
  tab: TabOptions = {},
): Promise<Page> {
  const page = await newConsoleTab(browser, tab);
  await page.goto(`${base}/console/${login.hash ?? ''}`);
  await logIn(page, login.key, login.name);
  return page;
}
