import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { waitForJob } from './jobs.js';
import type { TestApp } from './test-app.js';

/** A unique slug per call, so suites share one database without colliding. */
export function uniqueSlug(stem = 'rfmm'): string {
  return `${stem}-${randomUUID().slice(0, 8)}`;
}

export async function createEvent(app: TestApp, body: Record<string, unknown> = {}) {
  const response = await app
    .http()
    .post('/events')
    .send({ name: 'Rencontres Franco-Marocaines de la Montagne', slug: uniqueSlug(), ...body })
    .expect(201);
  return response.body as { id: string; slug: string };
}

/** A Moroccan commune of the Anti-Atlas, as in the design's example registration. */
export function moroccanCommune(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Fatima Zahra Aït Benhaddou',
    email: 'fz.aitbenhaddou@example.ma',
    organisation: 'Commune de Taliouine',
    organisationType: 'collectivite',
    sector: 'tourisme rural',
    country: 'MA',
    region: 'Souss-Massa',
    massif: 'anti-atlas',
    themes: ['sustainable-tourism', 'cultural-heritage'],
    languages: ['fr', 'ar', 'zgh'],
    offers: "Circuits de randonnée et gîtes chez l'habitant autour du safran",
    needs: 'Accompagnement pour labelliser une destination de tourisme durable',
    description: 'Commune rurale de montagne, route du safran.',
    consentMatching: true,
    consentEmail: true,
    availability: [1, 2, 3, 5],
    ...overrides,
  };
}

/** A French company of the Alps working on torrential-flood prevention. */
export function frenchCompany(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Étienne Gârnier-Lefèvre',
    email: 'etienne.garnier@example.fr',
    organisation: 'Alpes Risques Ingénierie',
    organisationType: 'entreprise',
    sector: 'ingénierie des risques naturels',
    country: 'FR',
    region: 'Auvergne-Rhône-Alpes',
    massif: 'alpes',
    themes: ['natural-risks', 'water'],
    languages: ['fr', 'en'],
    offers: 'Prévention des crues torrentielles, cartographie des aléas',
    needs: 'Partenaires locaux au Maroc pour des projets de gestion des inondations',
    consentMatching: true,
    consentEmail: false,
    ...overrides,
  };
}

/** Imports the committed 200-participant sample (the README's "try it") and waits until applied. */
export async function importSampleEvent(
  app: TestApp,
  eventId: string,
): Promise<{ importId: string }> {
  const csv = await readFile(new URL('../fixtures/sample-event-200.csv', import.meta.url));
  const accepted = await app
    .http()
    .post(`/events/${eventId}/imports`)
    .set('Content-Type', 'text/csv')
    .send(csv)
    .expect(202);
  const job = await waitForJob(app, accepted.body.jobId, 60_000);
  if (job.state !== 'completed')
    throw new Error(`The sample import ${job.state}: ${job.failedReason}`);
  return { importId: accepted.body.importId };
}
