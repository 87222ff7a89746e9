import { z } from 'zod';
import { zId, zIsoDateTime } from './common.js';

/**
 * Organisations' own self-assessment instruments, uploaded as FHIR R4 Questionnaire resources. We
 * support a subset: flat items of type integer, choice, boolean or string, scored by summing the
 * weights the organisation declared — the standard ordinalValue extension on a choice's options
 * (and on a boolean item, counted when the answer is yes), the number itself for an integer item.
 * Everything else a Questionnaire may say about itself (publisher, narrative…) is let through and
 * not kept; anything that would change how it is answered (groups, display items, nested items,
 * conditions) is refused, naming where.
 */
export const ordinalValueUrl = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const questionnaireItemTypes = ['integer', 'choice', 'boolean', 'string'] as const;
export type QuestionnaireItemType = (typeof questionnaireItemTypes)[number];
export const maxQuestionnaireItems = 200;
/** The upload's body limit (bytes): ample for 200 items with their options. */
export const maxQuestionnaireBytes = 1024 * 1024;

const zWeight = z.number().min(-1_000_000).max(1_000_000);
const zExtensions = z
  .array(z.looseObject({ url: z.string(), valueDecimal: zWeight.optional(), valueInteger: z.int().optional() }))
  .max(20)
  .optional();
const zFhirString = (max: number) => z.string().trim().min(1).max(max);

const zAnswerOption = z
  .looseObject({
    valueCoding: z
      .looseObject({
        system: z.string().max(500).optional(),
        code: zFhirString(100),
        display: z.string().max(500).optional(),
      })
      .optional(),
    valueString: zFhirString(500).optional(),
    valueInteger: z.int().min(-1_000_000).max(1_000_000).optional(),
    extension: zExtensions,
  })
  .refine(
    (o) => [o.valueCoding, o.valueString, o.valueInteger].filter((v) => v !== undefined).length === 1,
    'An answer option has exactly one of valueCoding, valueString or valueInteger.',
  );

const zItem = z
  .looseObject({
    linkId: zFhirString(100),
    text: zFhirString(1000),
    type: z.enum(questionnaireItemTypes, 'Supported item types: integer, choice, boolean, string.'),
    required: z.boolean().optional(),
    answerOption: z.array(zAnswerOption).min(1).max(50).optional(),
    extension: zExtensions,
    item: z.never('Nested items are not supported.').optional(),
    enableWhen: z.never('Conditional items are not supported.').optional(),
  })
  .superRefine((item, ctx) => {
    if (item.type === 'choice' && !item.answerOption) {
      ctx.addIssue({ code: 'custom', path: ['answerOption'], message: 'A choice item lists its answer options.' });
    }
    if (item.type !== 'choice' && item.answerOption) {
      ctx.addIssue({ code: 'custom', path: ['answerOption'], message: 'Only choice items have answer options.' });
    }
    const values = (item.answerOption ?? []).map((o) => o.valueCoding?.code ?? o.valueString ?? o.valueInteger);
    if (new Set(values).size !== values.length) {
      ctx.addIssue({ code: 'custom', path: ['answerOption'], message: 'Each answer option has its own value.' });
    }
  });

/** The upload: a FHIR R4 Questionnaire within the subset above. */
export const zQuestionnaireUpload = z
  .looseObject({
    resourceType: z.literal('Questionnaire'),
    url: z.string().max(500).optional(),
    status: z.enum(['draft', 'active', 'retired', 'unknown']),
    title: zFhirString(200),
    // Counted before each item is read: 10,000 items are refused as too many, not item by item.
    item: z
      .array(z.unknown())
      .min(1)
      .max(maxQuestionnaireItems, `At most ${maxQuestionnaireItems} items.`)
      .pipe(z.array(zItem)),
  })
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.item.forEach((item, i) => {
      if (seen.has(item.linkId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['item', i, 'linkId'],
          message: `linkId "${item.linkId}" is used twice.`,
        });
      }
      seen.add(item.linkId);
    });
  });
export type QuestionnaireUpload = z.infer<typeof zQuestionnaireUpload>;

/** A choice's option as we keep it: the value an answer gives, its words, its weight. */
export const zQuestionnaireOption = z.object({
  value: z.union([z.string(), z.int()]),
  label: z.string(),
  /** The coding's system, when the option was a Coding (kept for the FHIR export). */
  system: z.string().nullable(),
  kind: z.enum(['coding', 'string', 'integer']),
  weight: z.number(),
});
export const zQuestionnaireItem = z.object({
  linkId: z.string(),
  text: z.string(),
  type: z.enum(questionnaireItemTypes),
  required: z.boolean(),
  options: z.array(zQuestionnaireOption),
  /** A boolean item's weight when answered yes. */
  weight: z.number().nullable(),
});
export type QuestionnaireItem = z.infer<typeof zQuestionnaireItem>;

export const zQuestionnaire = z.object({
  id: zId,
  title: z.string(),
  url: z.string().nullable(),
  status: z.enum(['draft', 'active', 'retired', 'unknown']),
  items: z.array(zQuestionnaireItem),
  createdAt: zIsoDateTime,
  retiredAt: zIsoDateTime.nullable(),
});
export type Questionnaire = z.infer<typeof zQuestionnaire>;
export const zQuestionnaireList = z.object({ questionnaires: z.array(zQuestionnaire) });
export const zQuestionnaireIdParams = z.strictObject({ questionnaireId: zId });

function weightOf(
  extension: { url: string; valueDecimal?: number | undefined; valueInteger?: number | undefined }[] | undefined,
): number | null {
  const ext = extension?.find((e) => e.url === ordinalValueUrl);
  return ext?.valueDecimal ?? ext?.valueInteger ?? null;
}

/** The items of an accepted upload, as they are kept and answered. */
export function questionnaireItems(upload: QuestionnaireUpload): QuestionnaireItem[] {
  return upload.item.map((item) => ({
    linkId: item.linkId,
    text: item.text,
    type: item.type,
    required: item.required ?? false,
    weight: item.type === 'boolean' ? weightOf(item.extension) : null,
    options: (item.answerOption ?? []).map((o) => {
      const weight = weightOf(o.extension) ?? 0;
      if (o.valueCoding) {
        const c = o.valueCoding;
        return { value: c.code, label: c.display ?? c.code, system: c.system ?? null, kind: 'coding' as const, weight };
      }
      if (o.valueInteger !== undefined) {
        return { value: o.valueInteger, label: String(o.valueInteger), system: null, kind: 'integer' as const, weight };
      }
      const text = o.valueString ?? '';
      return { value: text, label: text, system: null, kind: 'string' as const, weight };
    }),
  }));
}
