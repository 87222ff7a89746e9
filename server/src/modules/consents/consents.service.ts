import {
  type Consent,
  type ConsentDraftRequest,
  type ConsentLanguage,
  type ConsentSignRequest,
  tpoPurpose,
} from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import type { ConsentAccess, ConsentGate } from './consents.gate.js';
import { toConsent } from './consents.mappers.js';
import type { ConsentInsert, ConsentRow, ConsentsRepo } from './consents.repo.js';
import { dayOf, renderForm } from './consents.rules.js';

/**
 * Consents to disclose (42 CFR Part 2, §2.31). The person or their partnered specialist drafts;
 * only the person signs (what they read, in the language they read it) and only the person
 * revokes — at once, for every disclosure from then on. A specialist may record that the person
 * asked aloud to revoke; the consent stays active until the person confirms it in the app.
 */
export interface ConsentsDeps {
  consents: Pick<ConsentsRepo, 'find' | 'list' | 'insert'>;
  gate: ConsentGate;
  unitOfWork: UnitOfWork<ConsentsTx>;
  clock: Clock;
}
interface ConsentsTx {
  consents: Pick<ConsentsRepo, 'lock' | 'lockPerson' | 'activeOfKind' | 'update'>;
}

const expiryPast = () => new BadRequestError('consent_expiry_past', 'Choose an end date after today.', 'expiry.date');
const notDraft = () => new ConflictError('consent_not_draft', 'This consent is no longer a draft.');
const notActive = () => new ConflictError('consent_not_active', 'This consent is not active.');

/** A date expiry must still be ahead: checked when drafted and again when signed. */
function checkExpiryAhead(expiry: { kind: string; date?: string | undefined }, now: Date) {
  if (expiry.kind === 'date' && (expiry.date ?? '') <= dayOf(now)) throw expiryPast();
}

export function createConsentsService(deps: ConsentsDeps) {
  const { consents: repo, gate, unitOfWork, clock } = deps;

  async function view(access: ConsentAccess, consentId: string): Promise<Consent> {
    const row = await repo.find(access.owner, consentId);
    if (!row) throw new NotFoundError();
    return toConsent(row, access.parties, clock.now());
  }

  /** A change to one consent: the door, the row locked, `change` (which checks the rules), logged. */
  async function change(
    ctx: RequestContext,
    participantId: string,
    consentId: string,
    action: string,
    apply: (row: ConsentRow, access: ConsentAccess, tx: ConsentsTx) => Promise<void>,
    who?: (access: ConsentAccess) => void,
  ): Promise<Consent> {
    const access = await gate.enter(ctx, participantId, action);
    return gate.logged(ctx, action, participantId, async () => {
      who?.(access);
      await unitOfWork.run(async (tx) => {
        const row = await tx.consents.lock(access.owner, consentId);
        if (!row) throw new NotFoundError();
        await apply(row, access, tx);
      });
      return view(access, consentId);
    });
  }

  /** A change only an active consent takes (revoking, recording a request to revoke). */
  const whileActive =
    (patch: () => Partial<ConsentInsert>) => async (row: ConsentRow, access: ConsentAccess, tx: ConsentsTx) => {
      if (row.state !== 'active') throw notActive();
      await tx.consents.update(access.owner, row.id, patch());
    };

  const participantOnly = (what: string) => (access: ConsentAccess) => {
    if (access.as !== 'participant') throw new ForbiddenError('participant_only', `Only the person ${what}.`);
  };

  return {
    async list(ctx: RequestContext, participantId: string): Promise<Consent[]> {
      const access = await gate.enter(ctx, participantId, 'consent.list');
      return gate.logged(ctx, 'consent.list', participantId, async () => {
        const now = clock.now();
        return (await repo.list(access.owner)).map((row) => toConsent(row, access.parties, now));
      });
    },

    async get(ctx: RequestContext, participantId: string, consentId: string): Promise<Consent> {
      const access = await gate.enter(ctx, participantId, 'consent.read');
      return gate.logged(ctx, 'consent.read', participantId, () => view(access, consentId));
    },

    /**
     * The form the person reads before signing. A signed consent answers with the text they
     * signed when asked in the language they signed it in.
     */
    async text(ctx: RequestContext, participantId: string, consentId: string, language: ConsentLanguage) {
      const access = await gate.enter(ctx, participantId, 'consent.text.read');
      return gate.logged(ctx, 'consent.text.read', participantId, async () => {
        const row = await repo.find(access.owner, consentId);
        if (!row) throw new NotFoundError();
        const c = row.consent;
        if (c.signedText !== null && c.signedTextSha256 !== null && c.signedLanguage === language) {
          return { language, text: c.signedText, textSha256: c.signedTextSha256 };
        }
        return renderForm(c, access.parties, language);
      });
    },

    async draft(ctx: RequestContext, participantId: string, input: ConsentDraftRequest): Promise<Consent> {
      const access = await gate.enter(ctx, participantId, 'consent.draft');
      return gate.logged(ctx, 'consent.draft', participantId, async () => {
        const now = clock.now();
        checkExpiryAhead(input.expiry, now);
        const recipient = input.kind === 'specific' ? input.recipient : null;
        const created = await repo.insert({
          ...access.owner,
          kind: input.kind,
          state: 'draft',
          dataClasses: input.dataClasses,
          recipientName: recipient?.name ?? null,
          recipientOrganisation: recipient?.organisation || null,
          recipientContact: recipient?.contact || null,
          // A TPO consent's purpose is the class itself; the form words it in the reader's language.
          purpose: input.kind === 'specific' ? input.purpose : tpoPurpose('en'),
          expiryKind: input.expiry.kind,
          expiresOn: input.expiry.kind === 'date' ? input.expiry.date : null,
          draftedBy: ctx.actor.userId,
          draftedAt: now,
        });
        return view(access, created.id);
      });
    },

    /**
     * The person signs what they read: the digest they send must be that of the form rendered now
     * in their language. A new TPO consent replaces the one before it, in the same transaction.
     */
    async sign(ctx: RequestContext, participantId: string, consentId: string, input: ConsentSignRequest) {
      return change(
        ctx,
        participantId,
        consentId,
        'consent.sign',
        async (row, access, tx) => {
          if (row.state !== 'draft') throw notDraft();
          const now = clock.now();
          checkExpiryAhead({ kind: row.expiryKind, date: row.expiresOn ?? undefined }, now);
          const form = renderForm(row, access.parties, input.language);
          if (form.textSha256 !== input.textSha256) {
            throw new ConflictError(
              'consent_text_changed',
              'The consent text changed since it was opened. Please read it again before signing.',
              'textSha256',
            );
          }
          if (row.kind === 'tpo') {
            await tx.consents.lockPerson(access.owner);
            for (const earlier of await tx.consents.activeOfKind(access.owner, 'tpo')) {
              await tx.consents.update(access.owner, earlier.id, {
                state: 'superseded',
                endedAt: now,
                supersededBy: row.id,
              });
            }
          }
          await tx.consents.update(access.owner, row.id, {
            state: 'active',
            signedBy: ctx.actor.userId,
            signedAt: now,
            signedLanguage: input.language,
            signedText: form.text,
            signedTextSha256: form.textSha256,
            representativeName: input.representative?.name ?? null,
            representativeRelationship: input.representative?.relationship ?? null,
          });
        },
        participantOnly('this consent is about signs it'),
      );
    },

    /** Revocation in writing, by the person: from this moment no disclosure is made under it. */
    async revoke(ctx: RequestContext, participantId: string, consentId: string, statement: string | undefined) {
      return change(
        ctx,
        participantId,
        consentId,
        'consent.revoke',
        whileActive(() => ({ state: 'revoked', revokedAt: clock.now(), revocationStatement: statement || null })),
        participantOnly('this consent is about revokes it'),
      );
    },

    /** The specialist records that the person asked to revoke; the person confirms by revoking. */
    async requestRevocation(ctx: RequestContext, participantId: string, consentId: string, note: string | undefined) {
      return change(
        ctx,
        participantId,
        consentId,
        'consent.revocation-request',
        whileActive(() => ({
          revocationRequestedBy: ctx.actor.userId,
          revocationRequestedAt: clock.now(),
          revocationRequestNote: note || null,
        })),
        (access) => {
          if (access.as !== 'partner') {
            throw new ForbiddenError('specialist_only', 'You can revoke your consent yourself: choose "Revoke".');
          }
        },
      );
    },

    /** A draft withdrawn before it was signed, by whoever drafted it or by the person. */
    async discard(ctx: RequestContext, participantId: string, consentId: string) {
      return change(ctx, participantId, consentId, 'consent.discard', async (row, access, tx) => {
        if (access.as !== 'participant' && row.draftedBy !== ctx.actor.userId) {
          throw new ForbiddenError('forbidden', 'Only the person, or whoever drafted it, withdraws a draft.');
        }
        if (row.state !== 'draft') throw notDraft();
        await tx.consents.update(access.owner, row.id, { state: 'discarded', endedAt: clock.now() });
      });
    },
  };
}

export type ConsentsService = ReturnType<typeof createConsentsService>;
