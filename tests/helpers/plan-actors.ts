import type { As } from './plan-api.js';
import { createCast, invitePerson, type SignedInPerson, type TestApp } from './test-app.js';

/** Everyone who might reach for one participant's plan. */
export interface PlanCast {
  admin: SignedInPerson;
  /** The participant whose plan it is. */
  participant: SignedInPerson;
  /** In an active partnership with the participant. */
  specialist: SignedInPerson;
  /** Same organisation, no partnership with the participant. */
  unpartnered: SignedInPerson;
  supervisor: SignedInPerson;
  /** Another participant of the same organisation (partnered with the same specialist). */
  neighbour: SignedInPerson;
  otherOrgSpecialist: SignedInPerson;
  otherOrgParticipant: SignedInPerson;
}

export async function createPlanCast(t: TestApp): Promise<PlanCast> {
  const cast = await createCast(t);
  const unpartnered = await invitePerson(t, cast.admin, 'specialist', { name: 'Una Unpartnered' });
  const neighbour = await invitePerson(t, cast.specialist, 'participant', { name: 'Ned Neighbour' });
  const other = await createCast(t, 'Other Org');
  return {
    ...cast,
    unpartnered,
    neighbour,
    otherOrgSpecialist: other.specialist,
    otherOrgParticipant: other.participant,
  };
}

/** Those who must not be able to tell the plan exists — the 404 columns of the matrix. */
export const outsiderNames = [
  'unpartnered specialist',
  'supervisor',
  'admin',
  'participant of the same org',
  'other-org specialist',
  'other-org participant',
  'anonymous',
] as const;
export type Outsider = (typeof outsiderNames)[number];

export function outsider(cast: PlanCast, name: Outsider): As {
  const people: Record<Outsider, As> = {
    'unpartnered specialist': cast.unpartnered,
    supervisor: cast.supervisor,
    admin: cast.admin,
    'participant of the same org': cast.neighbour,
    'other-org specialist': cast.otherOrgSpecialist,
    'other-org participant': cast.otherOrgParticipant,
    anonymous: undefined,
  };
  return people[name];
}
