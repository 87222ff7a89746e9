import {
  type ConsentLanguage,
  consentScopeText,
  type DataClass,
  type Disclosure,
  type DisclosureAccounting,
  type DisclosurePackage,
  type DisclosureRequest,
  expandDataScope,
  redisclosureNotice,
} from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import type { ConsentGate } from './consents.gate.js';
import { toDisclosure } from './consents.mappers.js';
import type { ConsentOwner, ConsentRow, ConsentsRepo } from './consents.repo.js';
import { type ConsentParties, dayOf, hasExpired, outsideConsent, textInputOf } from './consents.rules.js';

/**
 * The record, limited to some classes, as a FHIR R4 Bundle (`type: collection`): made by the
 * record export. Handed in, so this module decides only what may go, never how it is written.
 */
export type BundleFor = (
  scope: ConsentOwner,
  participantId: string,
  dataClasses: readonly DataClass[],
) => Promise<Record<string, unknown>>;

export interface DisclosuresDeps {
  consents: Pick<ConsentsRepo, 'find' | 'disclosures'>;
  gate: ConsentGate;
  unitOfWork: UnitOfWork<{
    consents: Pick<ConsentsRepo, 'lock' | 'person' | 'insertDisclosure'>;
    audit: Pick<Audit, 'record'>;
  }>;
  bundleFor: BundleFor;
  clock: Clock;
}

/** The accounting of disclosures reaches back three years (42 CFR §2.24), to the day. */
export function threeYearsBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y - 3, m - 1, d));
  // 29 February three years on is 1 March: keep the 28th, so the period is never longer.
  if (day.getUTCMonth() !== m - 1) day.setUTCDate(0);
  return dayOf(day);
}

/** Midnight (UTC) at the start of a day, and of the day after. */
const startOf = (day: string) => new Date(`${day}T00:00:00Z`);
const nextDay = (day: string) => new Date(startOf(day).getTime() + 86_400_000);

function packageOf(
  row: ConsentRow,
  parties: ConsentParties,
  language: ConsentLanguage,
  bundle: Record<string, unknown>,
  disclosure: Disclosure | null,
): DisclosurePackage {
  return {
    disclosure,
    notice: redisclosureNotice(language),
    scope: consentScopeText(textInputOf(row, parties), language),
    language,
    bundle,
  };
}

/**
 * Disclosures: sharing the record outside Alongside, only under an active consent that covers the
 * recipient, the purpose and every class — checked with the consent row locked, in the transaction
 * that writes the disclosure log and the access log, so a revocation is either before (refused)
 * or after (the disclosure happened first). The person reads every disclosure and its accounting.
 */
export function createDisclosuresService(deps: DisclosuresDeps) {
  const { consents: repo, gate, unitOfWork, bundleFor, clock } = deps;

  return {
    async disclose(ctx: RequestContext, participantId: string, request: DisclosureRequest): Promise<DisclosurePackage> {
      const access = await gate.enter(ctx, participantId, 'disclosure.make');
      const { owner } = access;
      const made = await gate.logged(
        ctx,
        'disclosure.make',
        participantId,
        () => {
          if (access.as !== 'partner') {
            throw new ForbiddenError('specialist_only', 'Your specialist shares your record under your consent.');
          }
          return unitOfWork.run(async (tx) => {
            const row = await tx.consents.lock(owner, request.consentId);
            if (!row) throw new NotFoundError();
            // Read again under the lock: an account closed a moment ago ends peer support now.
            const parties = (await tx.consents.person(owner)) ?? access.parties;
            if (row.state !== 'active' || hasExpired(row, parties, clock.now())) {
              throw new ConflictError('consent_not_active', 'This consent is not active.', 'consentId');
            }
            const outside = outsideConsent(row, request);
            if (outside) throw new ConflictError('disclosure_outside_consent', outside.message, outside.field);
            const { recipient } = request;
            const disclosure = await tx.consents.insertDisclosure({
              ...owner,
              consentId: row.id,
              recipientName: recipient.name,
              recipientOrganisation: recipient.organisation || null,
              recipientContact: recipient.contact || null,
              purpose: request.purpose,
              dataClasses: [...new Set(request.dataClasses)],
              language: request.language,
              disclosedBy: ctx.actor.userId,
              disclosedAt: clock.now(),
            });
            await tx.audit.record(ctx, 'disclosure.make', [participantId]);
            return { row, parties, disclosure };
          });
        },
        true,
      );
      const { actor } = ctx;
      const disclosure = toDisclosure({
        disclosure: made.disclosure,
        by: { id: actor.userId, name: actor.name, role: actor.role },
      });
      // Made after the commit: a bundle that fails to build leaves the disclosure logged (the
      // accounting may say more was shared than was, never less).
      const bundle = await bundleFor(owner, participantId, disclosure.dataClasses);
      return packageOf(made.row, made.parties, request.language, bundle, disclosure);
    },

    /** "See what they'll see": the package under this consent as it stands, with nothing disclosed. */
    async preview(ctx: RequestContext, participantId: string, consentId: string, language?: ConsentLanguage) {
      const access = await gate.enter(ctx, participantId, 'consent.preview.view');
      return gate.logged(ctx, 'consent.preview.view', participantId, async () => {
        const found = await repo.find(access.owner, consentId);
        if (!found) throw new NotFoundError();
        const row = found.consent;
        const bundle = await bundleFor(access.owner, participantId, expandDataScope(row.dataClasses));
        return packageOf(row, access.parties, language ?? ctx.actor.language, bundle, null);
      });
    },

    async list(ctx: RequestContext, participantId: string): Promise<Disclosure[]> {
      const access = await gate.enter(ctx, participantId, 'disclosure.list');
      return gate.logged(ctx, 'disclosure.list', participantId, async () =>
        (await repo.disclosures(access.owner)).map(toDisclosure),
      );
    },

    /** The person's accounting of disclosures: the last three years by default, or a shorter period. */
    async accounting(
      ctx: RequestContext,
      participantId: string,
      query: { from?: string | undefined; to?: string | undefined },
    ): Promise<DisclosureAccounting> {
      const access = await gate.enter(ctx, participantId, 'disclosure.accounting.read');
      return gate.logged(ctx, 'disclosure.accounting.read', participantId, async () => {
        if (access.as !== 'participant') {
          throw new ForbiddenError('participant_only', 'The accounting of disclosures is for the person to download.');
        }
        const today = dayOf(clock.now());
        const threeYears = threeYearsBefore(today);
        // The person's calendar may be a day behind UTC: their "three years ago" is accepted too.
        const earliest = dayOf(new Date(startOf(threeYears).getTime() - 86_400_000));
        const from = query.from ?? threeYears;
        // Nothing is disclosed after today: a later end is today (and a far one cannot overflow a timestamp).
        const to = query.to === undefined || query.to > today ? today : query.to;
        if (from < earliest) {
          throw new BadRequestError('validation_failed', `The accounting reaches back to ${earliest}.`, 'from');
        }
        if (to < from) throw new BadRequestError('validation_failed', 'The end comes before the start.', 'to');
        const rows = await repo.disclosures(access.owner, { from: startOf(from), to: nextDay(to) });
        return {
          participantName: access.parties.participantName,
          from,
          to,
          disclosures: rows.map(toDisclosure),
        };
      });
    },
  };
}

export type DisclosuresService = ReturnType<typeof createDisclosuresService>;
