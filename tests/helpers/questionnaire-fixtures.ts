import { questionnaireItems, zQuestionnaireUpload } from '@alongside/shared';
import { questionnaires } from '../../server/src/db/schema/index.js';
import type { SignedInPerson, TestApp } from './test-app.js';

const ordinal = (value: number) => [
  { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: value },
];

/**
 * A questionnaire written for these tests (no third-party instrument's wording): one of each item
 * type we support, weights declared with the standard ordinalValue extension.
 */
export function sampleQuestionnaire(title = 'Riverside weekly check') {
  return {
    resourceType: 'Questionnaire',
    status: 'active',
    title,
    publisher: 'Riverside Recovery Community',
    item: [
      { linkId: 'nights', text: 'Nights I slept well this week', type: 'integer', required: true },
      {
        linkId: 'mood',
        text: 'How has this week felt?',
        type: 'choice',
        required: true,
        answerOption: [
          { valueCoding: { system: 'urn:riverside:mood', code: 'hard', display: 'Hard' }, extension: ordinal(0) },
          { valueCoding: { system: 'urn:riverside:mood', code: 'mixed', display: 'Mixed' }, extension: ordinal(1) },
          { valueCoding: { system: 'urn:riverside:mood', code: 'good', display: 'Good' }, extension: ordinal(2.5) },
        ],
      },
      { linkId: 'group', text: 'I went to a group this week', type: 'boolean', extension: ordinal(3) },
      { linkId: 'words', text: 'Anything to add', type: 'string' },
    ],
  };
}

/** Stored straight in the database (the upload route has its own tests), for fixtures that need one. */
export async function insertQuestionnaire(t: TestApp, by: SignedInPerson, title?: string): Promise<string> {
  const upload = zQuestionnaireUpload.parse(sampleQuestionnaire(title));
  const [row] = await t.testDb.database.db
    .insert(questionnaires)
    .values({
      organisationId: by.me.organisation.id,
      title: upload.title,
      status: upload.status,
      items: questionnaireItems(upload),
      createdBy: by.me.id,
      createdAt: t.clock.now(),
    })
    .returning({ id: questionnaires.id });
  if (!row) throw new Error('questionnaire not stored');
  return row.id;
}

/** Rows in the questionnaires table (all organisations): a refused upload must leave it unchanged. */
export async function countQuestionnaires(t: TestApp): Promise<number> {
  return (await t.testDb.database.db.select({ id: questionnaires.id }).from(questionnaires)).length;
}
