import { describe, expect, it } from 'vitest';
import { expectAccessible, waitForHeading } from './harness/browser.js';
import { password } from './harness/flows.js';
import { story } from './harness/story.js';

/**
 * An operator hosting several organisations ran `npm run org:create -- --name "Lakeside Peers"`
 * before starting the server. The person who will look after it opens the printed link on their
 * phone, in Spanish: the page names the organisation, asks only for their admin account, and the
 * link then stops working.
 */
const app = story({ organisation: 'Lakeside Peers' });

describe("another organisation's first admin", () => {
  it('opens the operator’s link on a phone, in Spanish, and becomes the admin of that organisation', async () => {
    const { page } = await app.person('lakeside admin', { viewport: { width: 360, height: 740 }, locale: 'es-ES' });
    await page.goto(app.server.setupLink);
    await waitForHeading(page, 'Configurar Alongside');
    await page.getByText('Te han pedido que te ocupes de Lakeside Peers').waitFor();
    // The organisation has its name already: the form asks for the admin's account only.
    expect(await page.getByLabel('Nombre de la organización', { exact: true }).count()).toBe(0);
    await expectAccessible(page, 'organisation setup link (es, 360 px)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByLabel('Tu nombre', { exact: true }).fill('Lía Admin');
    await page.getByLabel('Correo electrónico', { exact: true }).fill('lia@lakeside.example');
    await page.getByLabel('Elige una contraseña', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Crear mi cuenta de administración' }).click();
    await waitForHeading(page, /Lía Admin/);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('the same link opened again says it was used, in plain words', async () => {
    const { page } = await app.person('late opener');
    await page.goto(app.server.setupLink);
    await page.getByText('This setup link was already used or has expired').waitFor();
    await page.getByRole('link', { name: 'Go to sign in' }).waitFor();
    await expectAccessible(page, 'used organisation setup link');
    expect(app.problems()).toEqual([]);
  });
});
