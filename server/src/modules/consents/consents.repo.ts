import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { consents, disclosures, organisations, users } from '../../db/schema/index.js';

const drafter = alias(users, 'drafter');
const requester = alias(users, 'requester');
const discloser = alias(users, 'discloser');

export type ConsentRow = typeof consents.$inferSelect;
export type ConsentInsert = typeof consents.$inferInsert;
export type DisclosureInsert = typeof disclosures.$inferInsert;

/** Whose consent, and in which organisation: every query below filters by both. */
export interface ConsentOwner {
  readonly organisationId: string;
  readonly participantId: string;
}

const ownedBy = (owner: ConsentOwner): SQL | undefined =>
  and(eq(consents.organisationId, owner.organisationId), eq(consents.participantId, owner.participantId));

export function createConsentsRepo(db: DbOrTx) {
  const selectConsent = () =>
    db
      .select({
        consent: consents,
        drafter: { id: drafter.id, name: drafter.name, role: drafter.role },
        requester: { id: requester.id, name: requester.name, role: requester.role },
      })
      .from(consents)
      .innerJoin(drafter, eq(drafter.id, consents.draftedBy))
      .leftJoin(requester, eq(requester.id, consents.revocationRequestedBy));

  return {
    /**
     * The participant as a consent names them, with the organisation that may disclose; undefined
     * when no participant of that id is in the organisation (another tenant's id reads the same).
     */
    async person(owner: ConsentOwner) {
      const [row] = await db
        .select({ participantName: users.name, organisationName: organisations.name, disabledAt: users.disabledAt })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(
          and(
            eq(users.id, owner.participantId),
            eq(users.organisationId, owner.organisationId),
            eq(users.role, 'participant'),
          ),
        )
        .limit(1);
      return row;
    },

    async list(owner: ConsentOwner) {
      return selectConsent().where(ownedBy(owner)).orderBy(desc(consents.draftedAt), asc(consents.id));
    },

    async find(owner: ConsentOwner, consentId: string) {
      const [row] = await selectConsent()
        .where(and(ownedBy(owner), eq(consents.id, consentId)))
        .limit(1);
      return row;
    },

    /**
     * The consent row locked until the transaction ends: a revocation and a disclosure under the
     * same consent take turns, so neither can slip between the other's check and its write.
     */
    async lock(owner: ConsentOwner, consentId: string): Promise<ConsentRow | undefined> {
      const [row] = await db
        .select()
        .from(consents)
        .where(and(ownedBy(owner), eq(consents.id, consentId)))
        .for('update');
      return row;
    },

    /**
     * Signing a TPO consent takes turns per person (the participant's row, locked without blocking
     * the foreign keys that point at it), so two drafts signed at once cannot both end up active.
     */
    async lockPerson(owner: ConsentOwner): Promise<void> {
      await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, owner.participantId), eq(users.organisationId, owner.organisationId)))
        .for('no key update');
    },

    async activeOfKind(owner: ConsentOwner, kind: ConsentRow['kind']): Promise<ConsentRow[]> {
      return db
        .select()
        .from(consents)
        .where(and(ownedBy(owner), eq(consents.kind, kind), eq(consents.state, 'active')))
        .for('update');
    },

    /** Whom a consent is about, whoever asks (same organisation only): for logging a refused attempt. */
    async participantOfConsent(organisationId: string, consentId: string): Promise<string | null> {
      const [row] = await db
        .select({ participantId: consents.participantId })
        .from(consents)
        .where(and(eq(consents.id, consentId), eq(consents.organisationId, organisationId)))
        .limit(1);
      return row?.participantId ?? null;
    },

    async insert(row: ConsentInsert): Promise<ConsentRow> {
      const [created] = await db.insert(consents).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async update(owner: ConsentOwner, consentId: string, patch: Partial<ConsentInsert>): Promise<void> {
      await db
        .update(consents)
        .set(patch)
        .where(and(ownedBy(owner), eq(consents.id, consentId)));
    },

    async insertDisclosure(row: DisclosureInsert) {
      const [created] = await db.insert(disclosures).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    /** The person's disclosures, newest first; within [from, to) when given. */
    async disclosures(owner: ConsentOwner, period?: { from: Date; to: Date }) {
      const where: (SQL | undefined)[] = [
        eq(disclosures.organisationId, owner.organisationId),
        eq(disclosures.participantId, owner.participantId),
      ];
      if (period) where.push(gte(disclosures.disclosedAt, period.from), lt(disclosures.disclosedAt, period.to));
      return db
        .select({ disclosure: disclosures, by: { id: discloser.id, name: discloser.name, role: discloser.role } })
        .from(disclosures)
        .innerJoin(discloser, eq(discloser.id, disclosures.disclosedBy))
        .where(and(...where))
        .orderBy(desc(disclosures.disclosedAt), desc(disclosures.id));
    },
  };
}

export type ConsentsRepo = ReturnType<typeof createConsentsRepo>;
export type ConsentView = NonNullable<Awaited<ReturnType<ConsentsRepo['find']>>>;
export type DisclosureView = Awaited<ReturnType<ConsentsRepo['disclosures']>>[number];
