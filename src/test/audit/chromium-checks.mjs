// What the browser checks share: one page in headless Chromium with a fresh profile, the checks it records, and a
// JSON report printed at the end (with whatever the caller gathered); exits 1 if a check fails, 2 if the page
// cannot be driven.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const TIMEOUT = 30_000;

/** The text of GraphiQL's result pane (CodeMirror 5). */
export const resultPaneText = (page) => page.locator('.graphiql-response .CodeMirror')
  .evaluate((pane) => pane.CodeMirror.getValue());

/** The pane's text as JSON, or null when it is not JSON (the caller reports the text instead). */
export function parsedOrNull(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Opens a page, runs {@code drive(page, check)} on it, checks that the page raised no script errors, takes the
 * screenshot if one is asked for, prints the report (url, browser, millis, passed, failed, checks and the entries
 * of {@code gathered}) and exits.
 */
export async function runChecks({ url, screenshot, gathered = {} }, drive) {
  const started = performance.now();
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), ...(detail === undefined ? {} : { detail }) });
  const pageErrors = [];
  const profile = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
  let context;
  let userAgent;
  let exitCode = 0;
  try {
    // Playwright passes the fresh profile as --user-data-dir
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] ?? await context.newPage();
    userAgent = await page.evaluate(() => navigator.userAgent);
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await drive(page, check);
    check('the page raised no script errors', pageErrors.length === 0, pageErrors);
    if (screenshot) {
      await page.screenshot({ path: screenshot });
    }
  } catch (error) {
    check('the page can be driven', false, String(error));
    exitCode = 2;
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(JSON.stringify({
    url,
    browser: userAgent,
    millis: Math.round(performance.now() - started),
    passed: checks.length - failed,
    failed,
    checks,
    ...gathered,
  }, null, 2));
  process.exit(exitCode || (failed > 0 ? 1 : 0));
}
