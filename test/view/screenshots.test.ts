import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { haveChromium, launchChromium } from './chromium.js';

// The review page as a reviewer sees it: real capsules (promoted, failed, tampered), rendered by
// Debian's Chromium at a laptop and a phone width. Screenshots land in build/screenshots/.
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const SHOTS = resolve('build', 'screenshots');
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

if (!haveChromium && !process.env.CI) console.warn('view screenshot tests skipped: no /usr/bin/chromium (run scripts/setup.sh)');

test('Chromium is installed under CI', () => {
  if (!process.env.CI) return;
  expect(haveChromium, 'CI is set but neither /usr/bin/chromium nor /usr/bin/google-chrome is there: scripts/setup.sh installs Debian chromium').toBe(true);
});

function capsule(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

const pages: Record<'promoted' | 'failed' | 'tampered', string> = { promoted: '', failed: '', tampered: '' };
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

describe.skipIf(!haveChromium)('capsule view in Chromium', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'capsule-shots-'));
    for (const [name, example] of [['promoted', 'hello'], ['failed', 'failing']] as const) {
      const run = capsule('run', `examples/${example}`, '--out', join(dir, name), '-q');
      expect(run.status, run.stderr).toBe(name === 'promoted' ? 0 : 1);
    }
    const hello = join(dir, 'promoted', 'hello.agipack');
    const bytes = readFileSync(hello);
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    writeFileSync(join(dir, 'tampered.agipack'), bytes);
    const targets = { promoted: [hello], failed: [join(dir, 'failed', 'failing.agipack')], tampered: [join(dir, 'tampered.agipack'), '--signature', `${hello}.sig.json`] };
    for (const [name, args] of Object.entries(targets) as [keyof typeof pages, string[]][]) {
      pages[name] = join(dir, `${name}.html`);
      const view = capsule('view', ...args, '--output', pages[name]);
      expect(view.status, view.stderr).toBe(name === 'tampered' ? 1 : 0);
    }
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: keyof typeof pages, size: (typeof WIDTHS)[number]): Promise<Page> {
    const page = await browser!.context.newPage();
    await page.setViewportSize(size);
    await page.goto(pathToFileURL(pages[name]).href);
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}.png`) });
    return page;
  }

  /** The element's box lies wholly inside the first screen. */
  async function aboveTheFold(page: Page, selector: string): Promise<boolean> {
    const box = await page.locator(selector).first().boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
  }

  /** Nothing is wider than the viewport: neither the document nor any one element. */
  async function overflowing(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > limit).map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 40)}`);
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.unshift(`document scrollWidth ${document.documentElement.scrollWidth}`);
      return wide;
    });
  }

  describe.each(WIDTHS)('at $width px', (size) => {
    test('promoted: the decision, why and the dev-key warning on the first screen; checks collapsed; no raw Markdown; no overflow', async () => {
      const page = await open('promoted', size);
      expect(await aboveTheFold(page, '#decision h1')).toBe(true);
      expect(await page.locator('#decision h1').innerText()).toMatch(/Decision:\s+promote/i);
      expect(await aboveTheFold(page, '#decision .why')).toBe(true);
      expect(await aboveTheFold(page, '#decision .devkey')).toBe(true);
      const checks = page.locator('details summary', { hasText: /^\d+ checks passed$/ });
      expect(await checks.count()).toBe(1);
      expect(await page.locator('td[data-label="Check"]').first().isVisible()).toBe(false);
      expect(await page.locator('#decision').innerText()).not.toContain('`');
      expect(await page.locator('#decision code').count()).toBeGreaterThan(0);
      expect(await overflowing(page)).toEqual([]);
      await page.close();
    });

    test('failed: the decision on the first screen, the stderr tail visible without a click, logs open, no overflow', async () => {
      const page = await open('failed', size);
      expect(await aboveTheFold(page, '#decision h1')).toBe(true);
      expect(await page.locator('#decision h1').innerText()).toMatch(/Decision:\s+block/i);
      const tail = page.locator('#failed-run pre.stderr');
      expect(await tail.isVisible()).toBe(true);
      expect(await tail.innerText()).toContain('failing: simulated error');
      if (size.width === 1280) expect(await aboveTheFold(page, '#failed-run pre.stderr')).toBe(true);
      const stderrLog = page.locator('details', { has: page.locator('summary', { hasText: /^stderr/ }) }).locator('pre');
      expect(await stderrLog.isVisible()).toBe(true);
      expect(await overflowing(page)).toEqual([]);
      await page.close();
    });

    test('tampered: the failed-verification banner and the claimed decision on the first screen, failed checks listed, no overflow', async () => {
      const page = await open('tampered', size);
      expect(await aboveTheFold(page, '.failed-banner h1')).toBe(true);
      expect(await aboveTheFold(page, '#decision h1')).toBe(true);
      expect(await page.locator('#decision h1').innerText()).toMatch(/Claimed decision \(unverified\):\s+promote/i);
      const failedRows = page.locator('tr', { has: page.locator('.badge.bad', { hasText: 'fail' }) });
      expect(await failedRows.count()).toBeGreaterThan(0);
      expect(await failedRows.first().isVisible()).toBe(true);
      expect(await overflowing(page)).toEqual([]);
      await page.close();
    });
  });
});
