import { z } from 'zod';
import { zIsoDateTime, zText } from './common.js';
import { zCrisisLines } from './crisis-lines.js';

export const languages = ['en', 'es'] as const;
export const zLanguage = z.enum(languages);
export type Language = z.infer<typeof zLanguage>;

const settingsShape = {
  /** Smallest count a supervisor report may show (CMS cell-size policy); counts 1..threshold-1 are hidden. */
  smallCellThreshold: z.int().min(11).max(100),
  defaultLanguage: zLanguage,
};
/**
 * Strict on input (unknown settings are refused); a response may carry settings a client does not
 * know yet, and carries the crisis lines untyped (loose): their schema is read by the pages that
 * show them, not by the first screen. Older organisations have no crisis lines (see crisis-lines.ts).
 */
export const zOrganisationSettings = z.strictObject({ ...settingsShape, crisisLines: zCrisisLines.optional() });
const zOrganisationSettingsView = z.looseObject(settingsShape);
export type OrganisationSettings = z.infer<typeof zOrganisationSettings>;

export const defaultOrganisationSettings: OrganisationSettings = {
  smallCellThreshold: 11,
  defaultLanguage: 'en',
};

export const zOrganisationName = zText(120, 2);

export const zOrganisation = z.object({
  id: z.uuid(),
  name: z.string(),
  settings: zOrganisationSettingsView,
  createdAt: zIsoDateTime,
});
export type Organisation = z.infer<typeof zOrganisation>;

export const zUpdateOrganisation = z.strictObject({
  name: zOrganisationName.optional(),
  settings: zOrganisationSettings.partial().optional(),
});
export type UpdateOrganisation = z.infer<typeof zUpdateOrganisation>;
