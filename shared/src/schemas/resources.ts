import { z } from 'zod';
import { zId, zIsoDateTime, zText } from './common.js';
import { zCalendarDate, zPastDay } from './dates.js';
import { zPathway } from './plan.js';

/** The organisation's community-resource directory. */
export const resourceCategories = [
  'mutual-help-meeting',
  'recovery-community-organisation',
  'housing',
  'employment',
  'food',
  'health-care',
  'legal',
  'faith',
  'transport',
  'other',
] as const;
export const zResourceCategory = z.enum(resourceCategories);
export type ResourceCategory = z.infer<typeof zResourceCategory>;

export const resourceCosts = ['free', 'sliding-scale', 'other'] as const;
export const zResourceCost = z.enum(resourceCosts);
export type ResourceCost = z.infer<typeof zResourceCost>;

/** A resource not checked for this many days (or, never checked, added that long ago) is flagged stale. */
export const resourceStaleAfterDays = 180;

/** Languages a resource serves: ISO 639-1 codes (not only the app's own languages). */
export const zResourceLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'a language code such as en or es');

const optionalText = (max: number) => zText(max).nullable().optional();

/**
 * A website as people type it: "riverside.org" means https://riverside.org. Anything without
 * "://" gets https:// in front, then must be a web address (http or https, nothing else), so
 * the directory form, the CSV import and the API all accept and store the same thing.
 */
export const zWebsite = z
  .string()
  .trim()
  .max(500)
  .transform((value) => (value.includes('://') ? value : `https://${value}`))
  .pipe(z.url({ protocol: /^https?$/ }).max(508));

export const zResourceInput = z.strictObject({
  name: zText(200, 1),
  category: zResourceCategory,
  description: zText(2000).optional(),
  languages: z.array(zResourceLanguage).max(20).optional(),
  addressLine: optionalText(200),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  hours: optionalText(500),
  phone: optionalText(50),
  email: z.email().max(254).nullable().optional(),
  website: zWebsite.nullable().optional(),
  pathways: z.array(zPathway).max(8).optional(),
  cost: zResourceCost,
  lastVerifiedOn: zPastDay.nullable().optional(),
});
export type ResourceInput = z.infer<typeof zResourceInput>;

export const zResourcePatch = zResourceInput.partial();
export type ResourcePatch = z.infer<typeof zResourcePatch>;

export const zResource = z.object({
  id: zId,
  name: z.string(),
  category: zResourceCategory,
  description: z.string(),
  languages: z.array(z.string()),
  addressLine: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  hours: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  pathways: z.array(zPathway),
  cost: zResourceCost,
  lastVerifiedOn: zCalendarDate.nullable(),
  /** Not checked in the last 180 days (never checked: counted from when it was added). */
  stale: z.boolean(),
  updatedAt: zIsoDateTime,
});
export type Resource = z.infer<typeof zResource>;

export const zResourceList = z.object({ resources: z.array(zResource) });
export type ResourceList = z.infer<typeof zResourceList>;

export const zResourceSearchQuery = z.strictObject({
  q: zText(100).optional(),
  category: zResourceCategory.optional(),
  language: zResourceLanguage.optional(),
  pathway: zPathway.optional(),
});
export type ResourceSearchQuery = z.infer<typeof zResourceSearchQuery>;

export const zResourceIdParams = z.strictObject({ resourceId: zId });

/**
 * CSV import/export columns, named after Open Referral HSDS fields where one fits (service name,
 * description, email, url, fees, assured_date; location address_1, city, state_province,
 * postal_code; phone number; schedule description; language). `category` and `pathways` are
 * Alongside's own (HSDS would carry them as taxonomy terms). Lists are separated by `;`.
 */
export const resourceCsvColumns = [
  'id',
  'name',
  'description',
  'category',
  'languages',
  'address_1',
  'city',
  'state_province',
  'postal_code',
  'schedule_description',
  'phone',
  'email',
  'url',
  'pathways',
  'fees',
  'assured_date',
] as const;

export const zResourceImportResult = z.object({ created: z.int().min(0), updated: z.int().min(0) });
export type ResourceImportResult = z.infer<typeof zResourceImportResult>;

/** What every import problem carries, whatever its code. */
export const zResourceImportProblemBase = z.object({
  /** 1 = the header. */
  line: z.int().min(1),
  /** The CSV column, or `csv` when the problem is the line or the file as a whole. */
  field: z.string(),
  /** The problem in English, for API clients; the web app words it from `code` and `params`. */
  message: z.string(),
});
const problem = zResourceImportProblemBase;
/** Whether a length limit counts the characters of a text or the items of a `;` list. */
const zLimitUnit = z.enum(['characters', 'items']);

/** One problem of a refused import, with a stable code (and the numbers or names its wording needs). */
export const zResourceImportProblem = z.discriminatedUnion('code', [
  problem.extend({
    code: z.enum([
      'unclosed_quote',
      'quote_in_unquoted_field',
      'empty_file',
      'required_column_missing',
      'not_an_export_id',
      /** A well-formed id that is no resource of this organisation. */
      'unknown_id',
      /** An empty cell in a column that must have a value. */
      'required',
      /** Anything else the schema refuses (a control character, say). */
      'invalid',
    ]),
  }),
  problem.extend({ code: z.literal('unknown_column'), params: z.object({ known: z.array(z.string()) }) }),
  problem.extend({
    code: z.literal('field_count'),
    params: z.object({ found: z.int().min(0), expected: z.int().min(0) }),
  }),
  problem.extend({
    code: z.literal('too_long'),
    params: z.object({ maximum: z.int().min(0), unit: zLimitUnit }),
  }),
  /** Not one of the fixed values of a column such as category, fees or pathways. */
  problem.extend({ code: z.literal('invalid_value'), params: z.object({ allowed: z.array(z.string()) }) }),
  /** Not written the way the column expects; `format` is zod's name for it (email, url, date, regex…). */
  problem.extend({ code: z.literal('invalid_format'), params: z.object({ format: z.string() }) }),
  /** A real day, but outside the days the column allows (see `dayBounds`). */
  problem.extend({
    code: z.literal('date_out_of_range'),
    params: z.object({ earliest: zCalendarDate, latest: zCalendarDate }),
  }),
]);
export type ResourceImportProblem = z.infer<typeof zResourceImportProblem>;

/** A refused import: every bad row with its line number (1 = the header); nothing was imported. */
export const zResourceImportErrors = z.object({
  error: z.literal('import_invalid'),
  message: z.string(),
  requestId: z.string(),
  field: z.string(),
  lines: z.array(zResourceImportProblem),
});
export type ResourceImportErrors = z.infer<typeof zResourceImportErrors>;
