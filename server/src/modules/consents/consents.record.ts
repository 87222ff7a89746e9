import type { Consent, Disclosure } from '@alongside/shared';
import type { Clock } from '../../lib/clock.js';
import { toConsent, toDisclosure } from './consents.mappers.js';
import type { ConsentOwner, ConsentsRepo } from './consents.repo.js';

export interface ConsentRecordDeps {
  consents: Pick<ConsentsRepo, 'person' | 'list' | 'disclosures'>;
  clock: Clock;
}

/**
 * The person's consents and disclosures as the consents API answers them (same order, same
 * derived states), for callers that already checked access — the record export. One rule for
 * "expired" (a passed day, or the end of peer support), wherever the consent is read.
 */
export function createConsentRecord(deps: ConsentRecordDeps) {
  const { consents, clock } = deps;
  return {
    async consents(owner: ConsentOwner): Promise<Consent[]> {
      const parties = await consents.person(owner);
      if (!parties) return [];
      const now = clock.now();
      return (await consents.list(owner)).map((row) => toConsent(row, parties, now));
    },
    async disclosures(owner: ConsentOwner): Promise<Disclosure[]> {
      return (await consents.disclosures(owner)).map(toDisclosure);
    },
  };
}

export type ConsentRecord = ReturnType<typeof createConsentRecord>;
