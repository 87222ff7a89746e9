import { z } from 'zod';
import { zIsoDateTime, zText } from './common.js';
import type { OrganisationSettings } from './organisation-settings.js';

export const languages = ['en', 'es'] as const;
export const zLanguage = z.enum(languages);
export type Language = z.infer<typeof zLanguage>;

export const organisationSettingsShape = {
  /** Smallest count a supervisor report may show (CMS cell-size policy); counts 1..threshold-1 are hidden. */
  smallCellThreshold: z.int().min(11).max(100),
  defaultLanguage: zLanguage,
  /** Staff (specialists, supervisors, admins) must sign in with a second factor. Absent: off. */
  staffSecondFactor: z.boolean().optional(),
};
/**
 * A response carries the crisis lines untyped: their schema is read by the pages that show them,
 * not by the first screen (which reads the organisation in responses). The input
 * side, strict, is in organisation-settings.ts, kept apart so the first screen does not load it.
 */
const zOrganisationSettingsView = z.object({ ...organisationSettingsShape, crisisLines: z.unknown().optional() });

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
