import type { DisclosureAccounting } from '@alongside/shared';
import { csvOf } from '../../lib/csv.js';

const header = [
  'disclosed_at',
  'recipient_name',
  'recipient_organisation',
  'recipient_contact',
  'purpose',
  'data_classes',
  'disclosed_by',
  'disclosed_by_role',
  'consent_id',
] as const;

/** The accounting of disclosures as CSV: a header row, then one row per disclosure, newest first. */
export function accountingCsv(accounting: DisclosureAccounting): string {
  return csvOf(
    header,
    accounting.disclosures.map((d) => [
      d.disclosedAt,
      d.recipient.name,
      d.recipient.organisation ?? '',
      d.recipient.contact ?? '',
      d.purpose,
      d.dataClasses.join(';'),
      d.disclosedBy.name,
      d.disclosedBy.role,
      d.consentId,
    ]),
  );
}
