import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { waitForSettled } from './waits';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
/** Every finding, the moderate and minor ones too, for people to read: <page>-<width>.txt. */
export const AXE_REPORT_DIR = fileURLToPath(new URL('../../test-results/axe/', import.meta.url));
export const WIDTHS = [390, 1280] as const;

/** The page has its heading and nothing on it is still loading (no busy region, no skeleton). */
export async function waitForPageReady(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await waitForSettled(page);
  await page.waitForFunction(`document.querySelectorAll('[class*="animate-pulse"]').length === 0`);
}

/** Every axe-core finding on the page, one line per rule with where it was found, most severe first. */
export async function axeViolations(page: Page): Promise<Array<{ impact: string; line: string }>> {
  const results = await new AxeBuilder({ page }).analyze();
  const order = ['critical', 'serious', 'moderate', 'minor'];
  return results.violations
    .map((violation) => {
      const impact = violation.impact ?? 'minor';
      const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' '));
      const where = `${violation.nodes.length} element(s): ${targets.join(' | ')}`;
      return { impact, line: `${violation.id} (${impact}): ${violation.help} — ${where}` };
    })
    .sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact));
}

/** axe-core's findings of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ line }) => line);
}

/** A full-page screenshot at test-results/screenshots/<name>-<width>.png. */
export async function saveScreenshot(page: Page, name: string, width: number): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${width}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** How far the page is wider than the viewport (0 when nothing scrolls sideways). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}

/**
 * Audits what the page shows now: axe (every finding written to test-results/axe/<name>-<width>.txt),
 * sideways scrolling, and a screenshot. Returns the problems: serious or critical findings, overflow.
 */
export async function auditView(page: Page, name: string, width: number): Promise<string[]> {
  const violations = await axeViolations(page);
  await mkdir(AXE_REPORT_DIR, { recursive: true });
  const report = violations.map(({ line }) => `${line}\n`).join('') || 'no violations\n';
  await writeFile(join(AXE_REPORT_DIR, `${name}-${width}.txt`), report);
  const problems = violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ line }) => line);
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) problems.push(`the page is ${overflow} px wider than the ${width} px viewport`);
  await saveScreenshot(page, name, width);
  return problems;
}

/**
 * Opens `path` at each width and audits it (auditView). Returns the problems by width (none when the
 * page passes), so the test can report every one at once.
 */
export async function auditPage(
  page: Page,
  { name, path }: { name: string; path: string },
): Promise<Record<number, string[]>> {
  const found: Record<number, string[]> = {};
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await waitForPageReady(page);
    // The page itself, not a redirect (to /login, say) that would be audited in its place.
    const landed = new URL(page.url()).pathname;
    if (landed !== new URL(path, page.url()).pathname) throw new Error(`${path} was redirected to ${landed}`);
    const problems = await auditView(page, name, width);
    if (problems.length > 0) found[width] = problems;
  }
  return found;
}
