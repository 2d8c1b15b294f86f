import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { simulate } from '../src/model/cascade.ts';
import { parse as parseScenario } from '../src/model/scenario.ts';
import { seriesToCsv } from '../src/model/series-export.ts';

const query = 'therapy=cart-cd28&burden=80&tocilizumab=grade2';

test('the CSV download is the model series for the scenario in the address', async ({ page }) => {
  await page.goto(`/explore/?${query}`);
  await expect(page.locator('.explorer[data-ready="true"]')).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Data (CSV)' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^cascade-.*\.csv$/);
  const text = await readFile(await file.path(), 'utf8');
  const expected = seriesToCsv(simulate(parseScenario(query).scenario).series);
  expect(text).toBe(expected);
});

test('the charts download as one SVG and as a PNG', async ({ page }) => {
  await page.goto(`/explore/?${query}`);
  await expect(page.locator('.explorer[data-ready="true"]')).toBeVisible();
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Charts (SVG)' }).click(),
  ]);
  const svg = await readFile(await svgFile.path(), 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /);
  expect(svg).toContain('teaching model');
  expect((svg.match(/<svg /g) ?? []).length).toBeGreaterThan(2);
  expect(svg).not.toContain('var(--');

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Charts (PNG)' }).click(),
  ]);
  const png = await readFile(await pngFile.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(300);
});
