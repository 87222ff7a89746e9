import type { Consent, Disclosure, Role } from '@alongside/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { consents, disclosures, organisations, users } from '../../db/schema/index.js';
import type { PlanScope } from '../plan/index.js';

type ConsentRow = typeof consents.$inferSelect;
type Person = { id: string; name: string; role: Role };

/**
 * The person's consents and the disclosures made under them, read for their record export in the
 * shapes the consents API answers with (`zConsent`, `zDisclosure`). `expired` is not stored: an
 * active consent whose expiry date has passed is shown as expired, as of `today`.
 */
export function createRecordConsentsRepo(db: DbOrTx) {
  async function people(organisationId: string, ids: (string | null)[]): Promise<Map<string, Person>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), inArray(users.id, wanted)));
    return new Map(rows.map((r) => [r.id, r]));
  }

  return {
    async consents(scope: PlanScope, participantName: string, today: string): Promise<Consent[]> {
      const rows = await db
        .select({ consent: consents, organisationName: organisations.name })
        .from(consents)
        .innerJoin(organisations, eq(organisations.id, consents.organisationId))
        .where(and(eq(consents.organisationId, scope.organisationId), eq(consents.participantId, scope.participantId)))
        .orderBy(asc(consents.draftedAt));
      const who = await people(
        scope.organisationId,
        rows.flatMap((r) => [r.consent.draftedBy, r.consent.revocationRequestedBy]),
      );
      return rows.map((r) => toConsent(r.consent, participantName, r.organisationName, who, today));
    },

    async disclosures(scope: PlanScope): Promise<Disclosure[]> {
      const rows = await db
        .select()
        .from(disclosures)
        .where(
          and(eq(disclosures.organisationId, scope.organisationId), eq(disclosures.participantId, scope.participantId)),
        )
        .orderBy(asc(disclosures.disclosedAt));
      const who = await people(
        scope.organisationId,
        rows.map((r) => r.disclosedBy),
      );
      return rows.map((r) => ({
        id: r.id,
        consentId: r.consentId,
        recipient: recipientOf(r) ?? { name: r.recipientName },
        purpose: r.purpose,
        dataClasses: r.dataClasses,
        disclosedAt: r.disclosedAt.toISOString(),
        disclosedBy: personOf(who, r.disclosedBy),
      }));
    },
  };
}

export type RecordConsentsRepo = ReturnType<typeof createRecordConsentsRepo>;

function personOf(who: Map<string, Person>, id: string): Person {
  return who.get(id) ?? { id, name: '', role: 'specialist' };
}

function recipientOf(r: {
  recipientName: string | null;
  recipientOrganisation: string | null;
  recipientContact: string | null;
}) {
  if (r.recipientName === null) return null;
  return {
    name: r.recipientName,
    ...(r.recipientOrganisation ? { organisation: r.recipientOrganisation } : {}),
    ...(r.recipientContact ? { contact: r.recipientContact } : {}),
  };
}

function toConsent(
  c: ConsentRow,
  participantName: string,
  organisationName: string,
  who: Map<string, Person>,
  today: string,
): Consent {
  const expired = c.state === 'active' && c.expiryKind === 'date' && c.expiresOn !== null && c.expiresOn < today;
  return {
    id: c.id,
    participantId: c.participantId,
    participantName,
    organisationName,
    kind: c.kind,
    state: expired ? 'expired' : c.state,
    dataClasses: c.dataClasses as Consent['dataClasses'],
    recipient: recipientOf(c),
    purpose: c.purpose,
    expiry: c.expiryKind === 'date' && c.expiresOn ? { kind: 'date', date: c.expiresOn } : { kind: c.expiryKind },
    draftedBy: personOf(who, c.draftedBy),
    draftedAt: c.draftedAt.toISOString(),
    signedAt: c.signedAt?.toISOString() ?? null,
    signedLanguage: c.signedLanguage,
    signedTextSha256: c.signedTextSha256,
    representative:
      c.representativeName && c.representativeRelationship
        ? { name: c.representativeName, relationship: c.representativeRelationship }
        : null,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revocationStatement: c.revocationStatement,
    revocationRequest:
      c.revocationRequestedBy && c.revocationRequestedAt
        ? {
            by: personOf(who, c.revocationRequestedBy),
            at: c.revocationRequestedAt.toISOString(),
            note: c.revocationRequestNote,
          }
        : null,
    endedAt: c.endedAt?.toISOString() ?? null,
    supersededBy: c.supersededBy,
  };
}
