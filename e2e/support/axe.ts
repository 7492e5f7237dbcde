// axe checks and full-page screenshots of one page at a phone's and a laptop's width.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** No axe violations (WCAG 2.1 AA + best practice) at either width; ends at the laptop width. */
export async function checkAtWidths(page: Page, name: string) {
  for (const viewport of WIDTHS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations on ${name} at ${viewport.width} px`).toEqual([]);
    await page.screenshot({ path: `screenshots/${name}-${viewport.name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
