import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleLightAndDark } from './axe.ts';
import { open } from './routes.ts';

// Prefilled procedures, supporting documents and contacting an organisation, as a person goes
// through them: login on the local FranceConnect, a form started from what the CAF knows,
// documents refused (too large, wrong type) without losing anything typed, one accepted and
// reused, the receipt, then a message to the Assurance Maladie and its acknowledgement.

const FORM = '/demarches/formulaires/aide-logement';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

async function logIn(page: Page, login: string, back: string) {
  await page.getByRole('link', { name: /S’identifier avec FranceConnect/ }).click();
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(`${login}-2026`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`**${back}`);
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}

const upload = (page: Page, name: string, mimeType: string, buffer: Buffer) =>
  page.getByLabel(/Ajouter un justificatif/).setInputFiles({ name, mimeType, buffer });

test('a prefilled housing-aid application with a document, then a message', async ({ page }) => {
  test.slow(); // a whole journey with eight accessibility checks, on two shared cores
  await open(page, FORM);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demander une aide au logement');
  await logIn(page, 'nadia', FORM);

  // Step 1: identity from FranceConnect, marked and editable.
  const given = page.getByRole('textbox', { name: /Prénom/ });
  await expect(given).toHaveValue('Nadia Louise');
  await expect(page.getByText('Pré-rempli : FranceConnect').first()).toBeVisible();
  await page.getByRole('textbox', { name: /Téléphone/ }).fill('06 12 34');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(
    page.getByRole('link', { name: /Téléphone : Numéro de téléphone français/ }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Téléphone/ })).toBeFocused();
  await expect(page.getByRole('textbox', { name: /Téléphone/ })).toHaveValue('06 12 34');
  await expectAccessibleLightAndDark(page, 'identity error');
  await page.getByRole('textbox', { name: /Téléphone/ }).fill('06 12 34 56 78');
  await page.getByRole('button', { name: 'Continuer' }).click();

  // Step 2: the home, from the CAF's file; only the moving-in date is asked.
  await expect(page.getByRole('textbox', { name: /Code postal/ })).toHaveValue('59000');
  await expect(page.getByRole('textbox', { name: /Loyer mensuel/ })).toHaveValue('620');
  await page.getByLabel(/Date d’entrée dans le logement/).fill('2019-06-01');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('textbox', { name: /Ressources mensuelles/ })).not.toHaveValue('');
  await page.getByRole('button', { name: 'Continuer' }).click();

  // Step 3: documents. Too large and wrong type are refused in French; nothing typed is lost.
  await upload(page, 'gros.pdf', 'application/pdf', Buffer.alloc(10 * 1024 * 1024 + 1, 0x25));
  await expect(page.getByText('Le fichier dépasse 10 Mo.')).toBeVisible();
  await upload(page, 'avis.pdf', 'application/pdf', PNG);
  await expect(
    page.getByText(/Le contenu du fichier ne correspond pas à son extension/),
  ).toBeVisible();
  await upload(page, 'notes.txt', 'text/plain', Buffer.from('bonjour'));
  await expect(page.getByText('Seuls les fichiers PDF, JPEG et PNG sont acceptés.')).toBeVisible();
  await expect(page.getByText('06 12 34 56 78')).toBeVisible(); // the summary still has it
  await upload(page, 'bail.pdf', 'application/pdf', PDF);
  await expect(page.getByText('« bail.pdf » a été ajouté à vos justificatifs.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'bail.pdf' })).toBeChecked();
  await expectAccessibleLightAndDark(page, 'review');

  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.getByRole('heading', { name: 'Accusé de réception' })).toBeVisible();
  await expect(page.getByText(/Référence : CAF-/)).toBeVisible();
  await expect(page.getByText('Justificatifs joints : bail.pdf')).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Les demandes que vous avez envoyées/ }),
  ).toContainText('Reçue');
  await expectAccessibleLightAndDark(page, 'receipt');

  // The document is listed once, and reused in a message to the right organisation.
  await open(page, '/demarches/justificatifs');
  await expect(page.getByRole('link', { name: 'bail.pdf' })).toHaveCount(1);
  await expectAccessibleLightAndDark(page, 'documents');

  await open(page, '/demarches/contacter');
  await page.getByRole('combobox', { name: 'Sujet', exact: true }).selectOption('health');
  await page.getByRole('textbox', { name: 'Objet' }).fill('Carte Vitale');
  await page.getByRole('textbox', { name: /Votre message/ }).fill('Court');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(
    page.getByRole('link', { name: /Votre message : Écrivez votre message/ }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Votre message/ })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Objet' })).toHaveValue('Carte Vitale');
  await page
    .getByRole('textbox', { name: /Votre message/ })
    .fill('Bonjour, ma carte Vitale ne fonctionne plus depuis mon déménagement.');
  await page.locator('label', { hasText: 'bail.pdf' }).click();
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(
    page.getByText(/Votre message a bien été reçu par l’Assurance Maladie/),
  ).toBeVisible();
  await expect(page.getByText('Pièces jointes : bail.pdf')).toBeVisible();
  await expectAccessibleLightAndDark(page, 'thread');
});
