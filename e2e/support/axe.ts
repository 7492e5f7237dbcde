// axe checks and full-page screenshots of one page at a phone's and a laptop's width.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/**
 * No axe violations (WCAG 2.1 AA + best practice) on the page as it is now. Next 16 streams a
 * dynamic page's metadata after its body, so the page first has its title (asserted, not
 * skipped): axe run before it arrives reports a missing title no user would see.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await expect(page, `title of ${label}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** No axe violations at either width; ends at the laptop width. */
export async function checkAtWidths(page: Page, name: string) {
  for (const viewport of WIDTHS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoAxeViolations(page, `${name} at ${viewport.width} px`);
    await page.screenshot({ path: `screenshots/${name}-${viewport.name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
