import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { builtHtml, builtRoutes, themes, watchErrors } from './site';

/**
 * The Spanish pages (docs/languages.md): a Spanish reader goes from /es/ to what to watch for,
 * when to call the team and when to call 911 without meeting English, by keyboard on a phone;
 * the pages say they are Spanish, point to their English twins and back, and the temperature
 * check speaks Spanish. English addresses stay where they were. Axe in both themes at 360 and
 * 1280 px runs on every built page, these included, in a11y.spec.ts.
 */

const spanish = builtRoutes().filter((route) => route.path.startsWith('/es/'));
const callList = '/es/para-pacientes/#llame-a-su-equipo-o-al-911';

/**
 * English words that are not also Spanish words: any of them in a Spanish page's visible text
 * or accessible names is English that slipped through. Acronyms (CRS, ICANS, CAR-T, FDA) and
 * drug and product names are not on the list: a care team uses them in Spanish too.
 */
const ENGLISH = new Set(
  (
    'the and of your you with for is this that what when call team page more see read ' +
    'search skip theme dark link next previous reference references section note about home ' +
    'main footer glossary fever care worried written reviewed only language ' +
    // The explorer's words (Spanish has none of these).
    'day grade worst drug drugs scenario show table play pause speed blood oxygen support ' +
    'chart charts download copy view controls feel might now none low high starts highest ' +
    'teaching model nothing treatment step throughout'
  ).split(' '),
);

/**
 * Visible text and accessible names of the page, less what is meant to be in English: the
 * works a page cites (their titles are in their own language), the closed "Cite this page"
 * box, and any element marked `lang="en…"` (the link to the English site, named "English").
 */
async function englishOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const skip = '.page-references, .cite-card, .cite-this-page, body [lang^="en"]';
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip) || parent.closest('script, style')) continue;
      // Shown, or hidden only visually (screen-reader text): both are read.
      if (!parent.checkVisibility()) continue;
      parts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [alt], [title], [placeholder]',
    )) {
      if (element.closest(skip)) continue;
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
        parts.push(element.getAttribute(name) ?? '');
      }
    }
    return parts.join(' ');
  });
  const words = text.match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((word) => ENGLISH.has(word.toLowerCase())))];
}

test('the Spanish pages are built under /es/', () => {
  const paths = spanish.map((route) => route.path);
  for (const path of [
    '/es/',
    '/es/que-es-el-slc/',
    '/es/sintomas/',
    '/es/para-pacientes/',
    '/es/tratamientos/',
    '/es/glosario/',
    '/es/acerca-de/',
    '/es/aviso-medico/',
    '/es/buscar/',
    '/es/explorar/',
  ]) {
    expect(paths).toContain(path);
  }
});

test('every English address still builds at the same path', () => {
  const dist = join(import.meta.dirname, '..', 'dist');
  // The published English addresses before the Spanish pages came: a contract.
  for (const path of [
    '/',
    '/what-is-crs/',
    '/cascade/',
    '/symptoms-and-grading/',
    '/tumor-burden/',
    '/treatments/',
    '/neurotoxicity/',
    '/research/',
    '/for-patients/',
    '/explore/',
    '/model/',
    '/glossary/',
    '/references/',
    '/about/',
    '/disclaimer/',
    '/tools/crs-grade/',
    '/tools/icans-grade/',
    '/search/',
  ]) {
    expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    expect(builtHtml({ path, file: join(dist, path, 'index.html') })).toMatch(/<html lang="en-US"/);
  }
  expect(existsSync(join(dist, '404.html'))).toBe(true);
});

for (const route of spanish) {
  test(`${route.path} is Spanish, names its English twin, and meets no English`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(route.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const twin = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
    expect(twin, 'an hreflang="en" link').toBeTruthy();
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
      'href',
      route.path,
    );
    // The switch leads to the twin, whose own switch leads back.
    const toEnglish = page.getByRole('link', { name: 'English' });
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await expect(toEnglish).toHaveAttribute('href', twin ?? '');
    expect(await englishOn(page)).toEqual([]);
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`${twin ?? ''}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    const toSpanish = page.getByRole('link', { name: 'Español' });
    await expect(toSpanish).toHaveAttribute('lang', 'es');
    await toSpanish.click();
    await expect(page).toHaveURL(new RegExp(`${route.path}$`));
    expect(errors).toEqual([]);
  });
}

test('from /es/, by keyboard on a phone: what to watch for, when to call the team, when to call 911', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/es/');
  // Tab until the call link has focus: the reader never touches the mouse.
  let found = false;
  for (let step = 0; step < 30 && !found; step += 1) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(
      (href) => document.activeElement?.getAttribute('href') === href,
      callList,
    );
  }
  expect(found, 'the call list is reachable by Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${callList}$`));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: /^Llame al 911/ })).toBeVisible();
  await expect(
    main.getByRole('heading', { name: /^Llame a su equipo médico ahora/ }),
  ).toBeVisible();
  // What to watch for: fever (decimal comma, °C first), breathing, confusion.
  await expect(main).toContainText('una temperatura de 38,0 °C (100,4 °F) o más');
  await expect(main).toContainText('falta de aire o dificultad para respirar');
  await expect(main).toContainText('cualquier confusión');
  // When to call 911, and what to do when the team cannot be reached.
  await expect(main).toContainText('tiene una convulsión (ataque)');
  await expect(main).toContainText('Si no puede comunicarse pronto con su equipo médico');
  expect(await englishOn(page)).toEqual([]);
});

test('the temperature check speaks Spanish: decimal comma, °C first, °F beside', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/es/para-pacientes/');
  const widget = page.getByRole('region', { name: 'Revise una temperatura' });
  await widget.scrollIntoViewIfNeeded();
  await page.waitForSelector('astro-island:not([ssr])');
  const input = widget.getByLabel('Temperatura');
  const answer = widget.locator('[aria-live]');
  await expect(answer).toContainText('Todavía no hay ninguna medición.');
  await input.fill('38,5');
  await expect(answer).toContainText('38,5 °C (101,3 °F) es fiebre');
  await expect(answer).toContainText('Llame al 911 (o al número de emergencias de su zona)');
  await input.fill('37.4');
  await expect(answer).toContainText('37,4 °C (99,3 °F) está por debajo de la línea de fiebre');
  await expect(answer).toContainText('llame a su equipo médico de todos modos');
  await widget.getByLabel('°F').check();
  await input.fill('95');
  await expect(answer).toContainText('35,0 °C (95,0 °F) es más baja de lo normal');
  await input.fill('abc');
  await expect(answer).toContainText('"abc" no es un número');
  await widget.getByLabel('°C').check();
  await input.fill('101');
  await expect(answer).toContainText('101 no es una temperatura del cuerpo en °C');
  await expect(widget.getByRole('button', { name: 'Leerla en °F' })).toBeVisible();
  expect(await englishOn(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('search on /es/buscar/ searches the Spanish pages, in Spanish', async ({ page }) => {
  await page.goto('/es/buscar/?q=fiebre');
  const results = page.locator('.hits > li > a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/es\//);
  await expect(page.getByRole('status')).toContainText('con «fiebre»');
});

test('the 404 page helps in Spanish too', async ({ page }) => {
  await page.goto('/es/no-existe/');
  const section = page.locator('section[lang="es"]');
  await expect(section.getByRole('heading', { name: 'No encontramos esa página' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'Para pacientes' })).toHaveAttribute(
    'href',
    '/es/para-pacientes/',
  );
  await expect(section).toContainText('Llame al 911');
});

test('the sitemap lists both languages, each page with its twin', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('<loc>/es/sintomas/</loc>');
  expect(xml).toContain('<loc>/symptoms-and-grading/</loc>');
  expect(xml).toMatch(
    /<loc>\/for-patients\/<\/loc>[\s\S]*?hreflang="es" href="\/es\/para-pacientes\/"/,
  );
});

test('the English check finds English where there is English (it can fail)', async ({ page }) => {
  await page.goto('/for-patients/');
  expect(await englishOn(page)).toEqual(expect.arrayContaining(['the', 'your', 'team']));
});

test.describe('the explorer in Spanish (/es/explorar/)', () => {
  /** Opens an explorer page with `query` and waits until its controls work. */
  async function open(page: Page, path: string, query: string) {
    await page.goto(`${path}${query}`);
    const explorer = page.locator('section.explorer[data-ready="true"]');
    await expect(explorer).toBeVisible();
    return explorer;
  }

  test('at 360 px it speaks Spanish: the day, the care card with the emergency route, the clinician view, a change; axe clean', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 360, height: 740 });
    const explorer = await open(page, '/es/explorar/', '?burden=80&day=6');
    await expect(explorer).toHaveAttribute('aria-label', 'Explorador de la cascada');
    await expect(explorer.locator('[data-moment]')).toContainText(
      /^Día 6: fiebre de \d\d,\d °C \(\d+,\d °F\)/,
    );
    const symptoms = explorer.locator('.symptoms');
    await expect(symptoms.getByRole('radio', { name: 'Lo que podría sentir' })).toBeChecked();
    const card = symptoms.locator('[data-care-card]');
    await expect(card).toContainText('Para aprender, no para decidir');
    await expect(card).toContainText(
      /Si esto le pasara a usted: llame (a su equipo médico|al 911)/,
    );
    // Telling a reader to call always carries the emergency route, in Spanish.
    await expect(card.locator('[data-emergency-route]')).toContainText(
      'Llame al 911 (o al número de emergencias de su zona)',
    );
    await expect(
      symptoms.getByRole('link', { name: 'Cuándo llamar a su equipo o al 911' }),
    ).toHaveAttribute('href', '/es/para-pacientes/#llame-a-su-equipo-o-al-911');
    expect(await englishOn(page)).toEqual([]);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await axeViolations(page), `${theme}, ${width} px`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 360, height: 740 });
    // A change says what it did, in Spanish; the charts' tables open in Spanish.
    await explorer.getByLabel(/^Tocilizumab/).selectOption('fever');
    await expect(explorer.locator('[data-change="tocilizumab"]')).toContainText(/grado máximo/);
    for (const table of await explorer.locator('details.data-table > summary').all()) {
      await table.click();
    }
    await expect(
      explorer.locator('details.data-table th', { hasText: 'Día' }).first(),
    ).toBeVisible();
    expect(await englishOn(page)).toEqual([]);
    await symptoms.getByRole('radio', { name: 'Vista clínica' }).check();
    await expect(symptoms.getByRole('heading', { name: 'Vista clínica, día 6' })).toBeVisible();
    expect(await englishOn(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a shared link opens the same state on /explore/ and on /es/explorar/', async ({ page }) => {
    const query =
      '?burden=80&therapy=axi-cel&tocilizumab=grade2&compare=b&b.anakinra=grade2&day=6.5&view=clinician';
    /** What the controls are set to, and the address the explorer keeps. */
    const state = async (path: string) => {
      const explorer = await open(page, path, query);
      const values = await explorer
        .locator('select, input[type="range"], input[type="radio"]:checked')
        .evaluateAll((fields) =>
          fields.map(
            (field) => `${field.id.replace(/^[^-]*-/, '')}=${(field as HTMLInputElement).value}`,
          ),
        );
      // Numbers as numbers: "1,776" and "6.2" in English are "1776" and "6,2" in Spanish.
      const spanishMarks = path.startsWith('/es/');
      const figures = (await explorer.locator('[data-figure] .now').allTextContents()).map((text) =>
        (spanishMarks ? text.replace(/\./g, '').replace(/,/g, '.') : text.replace(/,/g, ''))
          .match(/\d+(\.\d+)?/g)
          ?.map(Number),
      );
      return { values, figures, search: new URL(page.url()).search };
    };
    const english = await state('/explore/');
    const spanish = await state('/es/explorar/');
    expect(spanish.values).toEqual(english.values);
    // The same course: the same numbers (only the decimal mark and the words differ).
    expect(spanish.figures).toEqual(english.figures);
    expect(spanish.search).toBe(english.search);
    expect(english.values.length).toBeGreaterThan(8);
    // The language switch carries the scenario, also after the reader changes it.
    const toEnglish = page.getByRole('link', { name: 'English' });
    await expect(toEnglish).toHaveAttribute('href', `/explore/${spanish.search}`);
    await page
      .locator('section.explorer')
      .getByLabel(/^Tocilizumab/)
      .selectOption('off');
    await expect(page).not.toHaveURL(/tocilizumab=/);
    const changed = new URL(page.url()).search;
    await expect(toEnglish).toHaveAttribute('href', `/explore/${changed}`);
    await toEnglish.click();
    await expect(page).toHaveURL(`/explore/${changed}`);
    await expect(page.locator('section.explorer').getByLabel(/^Tocilizumab/)).toHaveValue('off');
  });

  test('a bad link value gets a note in Spanish, and a sane default', async ({ page }) => {
    const explorer = await open(
      page,
      '/es/explorar/',
      '?burden=500&anakinra=sometimes&colour=red&tour=cascade-in-six-steps',
    );
    const note = page.getByRole('status').filter({ hasText: 'Este enlace tenía ajustes' });
    // Each key is named in Spanish, with the link's own key beside it.
    await expect(note).toContainText(
      '«sometimes» no es un valor válido para el inicio de anakinra (anakinra)',
    );
    await expect(note).toContainText('No conocemos el ajuste «colour»');
    await expect(note).toContainText('La carga tumoral (burden): 500 estaba fuera del rango');
    // A tour link from the English page says where the tours are, not that the link is broken.
    await expect(note).toContainText('Las visitas guiadas solo están en inglés');
    await expect(explorer.getByLabel(/^Anakinra/)).toHaveValue('off');
    expect(await englishOn(page)).toEqual([]);
    await note.getByRole('button', { name: 'Cerrar esta nota' }).click();
    await expect(note).toBeHidden();
  });
});
