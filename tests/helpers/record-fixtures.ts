import type { SessionNote } from '@alongside/shared';
import { consents, disclosures } from '../../server/src/db/schema/index.js';
import { draftNote } from './note-fixtures.js';
import { run, runForId } from './plan-api.js';
import { createPlanFixture, suggestGoal } from './plan-fixtures.js';
import type { SignedInPerson, TestApp } from './test-app.js';

export const recordUrl = (participantId: string, file: 'export.json' | 'export.fhir.json') =>
  `/api/participants/${participantId}/record/${file}`;

/**
 * A realistic record: the plan fixture (a goal with steps, a check-in, a decided choice, a support,
 * a pending goal suggestion, a referral), plus goals in every status, a done step, a goal accepted
 * from a suggestion in the specialist's words, a declined suggestion, check-ins with both ratings
 * and a note, two self-checks and answers to the organisation's questionnaire, a referral that
 * connected, and a co-signed session note with the person's view and
 * an amendment.
 */
export async function createRealisticRecord(t: TestApp, participant: SignedInPerson, specialist: SignedInPerson) {
  const pid = participant.me.id;
  const fx = await createPlanFixture(t, participant, specialist);
  await run(t, participant, pid, { type: 'step.set-done', stepId: fx.stepId, done: true });
  for (const [title, status] of [
    ['Find a quieter flat', 'on-hold'],
    ['Finish the cooking course', 'achieved'],
    ['Run a half marathon', 'set-aside'],
  ] as const) {
    const goalId = await runForId(t, participant, pid, { type: 'goal.create', title, lifeArea: 'home' });
    await run(t, participant, pid, { type: 'goal.set-status', goalId, status });
  }
  const accepted = await suggestGoal(t, specialist, pid, 'Call Ana on Sundays');
  await run(t, participant, pid, { type: 'suggestion.accept', suggestionId: accepted });
  const declined = await suggestGoal(t, specialist, pid, 'Join the gym');
  await run(t, participant, pid, { type: 'suggestion.decline', suggestionId: declined });
  await run(t, participant, pid, {
    type: 'check-in.record',
    goalId: fx.goalId,
    confidence: 8,
    wellbeing: 7,
    note: 'A good week',
  });
  await run(t, participant, pid, { type: 'check-in.record', wellbeing: 5 });
  await run(t, participant, pid, {
    type: 'self-check.record',
    health: 5,
    home: 6,
    purpose: 4,
    community: 7,
    note: 'Busy',
  });
  await run(t, participant, pid, { type: 'self-check.record', purpose: 5 });
  await run(t, participant, pid, {
    type: 'questionnaire.answer',
    questionnaireId: fx.questionnaireId,
    answers: [
      { linkId: 'nights', value: 5 },
      { linkId: 'mood', value: 'mixed' },
      { linkId: 'group', value: true },
      { linkId: 'words', value: 'Better than last week' },
    ],
  });
  await run(t, participant, pid, { type: 'referral.update', referralId: fx.referralId, status: 'connected' });
  const note = await cosignedNote(t, specialist, participant);
  await insertConsents(t, participant, specialist);
  return { fx, note, acceptedSuggestionId: accepted, declinedSuggestionId: declined };
}

/** A note with the person's own view, co-signed, then amended by the specialist. */
async function cosignedNote(t: TestApp, specialist: SignedInPerson, participant: SignedInPerson) {
  const draft = await draftNote(t, specialist, participant);
  const viewed = await t.request({
    method: 'PUT',
    url: `/api/notes/${draft.id}/participant-view`,
    as: participant,
    body: { version: draft.version, view: 'Mornings are hard, walks help' },
  });
  const signed = await t.request({
    method: 'POST',
    url: `/api/notes/${draft.id}/respond`,
    as: participant,
    body: { version: viewed.json<SessionNote>().version, response: 'co-signed' },
  });
  if (signed.statusCode !== 200) throw new Error(`note not signed: ${signed.statusCode} ${signed.body}`);
  const amended = await t.request({
    method: 'POST',
    url: `/api/notes/${draft.id}/amendments`,
    as: specialist,
    body: { text: 'The walk is on Tuesdays, not Mondays' },
  });
  if (amended.statusCode !== 200) throw new Error(`note not amended: ${amended.statusCode} ${amended.body}`);
  return amended.json<SessionNote>();
}

/**
 * Consents as the consents module writes them (its routes are not here yet, so straight into its
 * tables): an active TPO consent signed in Spanish, a specific consent to a named recipient that
 * was revoked, a draft the specialist made with the person, and a disclosure under the TPO one.
 */
export async function insertConsents(t: TestApp, participant: SignedInPerson, specialist: SignedInPerson) {
  const db = t.testDb.database.db;
  const owner = { organisationId: participant.me.organisation.id, participantId: participant.me.id };
  const now = t.clock.now();
  const signed = {
    signedBy: participant.me.id,
    signedAt: now,
    signedText: 'El texto que leí',
    signedTextSha256: 'a'.repeat(64),
  };
  const [tpo] = await db
    .insert(consents)
    .values({
      ...owner,
      ...signed,
      kind: 'tpo',
      state: 'active',
      dataClasses: ['all'],
      purpose: 'treatment, payment and health-care operations',
      expiryKind: 'none',
      draftedBy: participant.me.id,
      draftedAt: now,
      signedLanguage: 'es',
    })
    .returning();
  await db.insert(consents).values([
    {
      ...owner,
      ...signed,
      kind: 'specific',
      state: 'revoked',
      dataClasses: ['plan', 'referrals'],
      recipientName: 'Dr Rosa Díaz',
      recipientOrganisation: 'Riverside Clinic',
      purpose: 'to plan my care together',
      expiryKind: 'date',
      expiresOn: '2030-01-31',
      draftedBy: specialist.me.id,
      draftedAt: now,
      signedLanguage: 'en',
      revokedAt: now,
      revocationStatement: 'I changed my mind',
    },
    {
      ...owner,
      kind: 'specific',
      state: 'draft',
      dataClasses: ['check-ins'],
      recipientName: 'Lee Housing',
      purpose: 'housing application',
      expiryKind: 'end-of-peer-support',
      draftedBy: specialist.me.id,
      draftedAt: now,
    },
  ]);
  if (!tpo) throw new Error('consent not written');
  await db.insert(disclosures).values({
    ...owner,
    consentId: tpo.id,
    recipientName: 'Riverside Clinic',
    purpose: 'treatment',
    dataClasses: ['plan'],
    language: 'en',
    disclosedBy: specialist.me.id,
    disclosedAt: now,
  });
}
