import type { RequestContext } from '../../lib/actor.js';
import { AppError, NotFoundError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import type { PartnershipsRepo } from '../people/index.js';
import type { ConsentOwner, ConsentsRepo } from './consents.repo.js';
import type { ConsentParties } from './consents.rules.js';

/** Who reached the person's consents: the person themselves, or a specialist partnered with them now. */
export interface ConsentAccess {
  readonly owner: ConsentOwner;
  readonly parties: ConsentParties;
  readonly as: 'participant' | 'partner';
}

export interface ConsentGateDeps {
  consents: Pick<ConsentsRepo, 'person'>;
  partnerships: Pick<PartnershipsRepo, 'findActive'>;
  audit: Pick<Audit, 'record'>;
}

/**
 * The door to one person's consents and disclosures. Anyone else gets the same 404 as for an id
 * that does not exist; in the same organisation the attempt is logged as refused in the person's
 * record (another organisation's id names no one here, so nothing is written there).
 */
export function createConsentGate(deps: ConsentGateDeps) {
  const { consents, partnerships, audit } = deps;

  async function enter(ctx: RequestContext, participantId: string, action: string): Promise<ConsentAccess> {
    const { actor } = ctx;
    const owner = { organisationId: actor.organisationId, participantId };
    const person = await consents.person(owner);
    if (!person) throw new NotFoundError();
    if (actor.userId === participantId) return { owner, parties: person, as: 'participant' };
    const partnered =
      actor.role === 'specialist' && (await partnerships.findActive(actor.organisationId, actor.userId, participantId));
    if (partnered) return { owner, parties: person, as: 'partner' };
    await audit.record(ctx, action, [participantId], 'denied');
    throw new NotFoundError();
  }

  /**
   * A read or change, logged once its outcome is known: "allowed" only after it happened, "denied"
   * when the rules turned it away — never "allowed" for something that did not happen. With
   * `allowedInWork`, `work` writes its own "allowed" row in the transaction that makes the change.
   */
  async function logged<T>(
    ctx: RequestContext,
    action: string,
    participantId: string,
    work: () => Promise<T>,
    allowedInWork = false,
  ) {
    try {
      const result = await work();
      if (!allowedInWork) await audit.record(ctx, action, [participantId]);
      return result;
    } catch (error) {
      if (error instanceof AppError && error.status < 500) await audit.record(ctx, action, [participantId], 'denied');
      throw error;
    }
  }

  return { enter, logged };
}

export type ConsentGate = ReturnType<typeof createConsentGate>;
