import { z } from 'zod';
import { zCrisisLines } from './crisis-lines.js';
import { organisationSettingsShape, zOrganisationName } from './organisation.js';

/**
 * An organisation's settings on input: strict (unknown settings are refused). Apart from
 * organisation.ts, which the first screen reads (the organisation in a response), so that the
 * crisis lines' schema loads only with the pages that change settings. Older organisations have
 * no crisis lines: their people see the US default (see crisis-lines.ts).
 */
export const zOrganisationSettings = z.strictObject({
  ...organisationSettingsShape,
  crisisLines: zCrisisLines.optional(),
});
export type OrganisationSettings = z.infer<typeof zOrganisationSettings>;

export const zUpdateOrganisation = z.strictObject({
  name: zOrganisationName.optional(),
  settings: zOrganisationSettings.partial().optional(),
});
export type UpdateOrganisation = z.infer<typeof zUpdateOrganisation>;
