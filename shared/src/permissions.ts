import type { Role } from './roles.js';

/**
 * Role → capability table. The server enforces it (every route declares one capability);
 * the web app reads the same table to decide what to offer, so the two never drift apart.
 * Relationship to a participant (self / active partnership) is checked by the server inside
 * the query itself: a capability here is necessary, never sufficient, for participant data.
 */
export const capabilities = {
  /** Manage accounts, invitations of any role, partnerships and organisation settings. */
  'org:manage': ['admin'],
  /**
   * Create and list invitations. Admins invite any role; specialists invite participants only
   * (acceptance then creates the partnership) — the service enforces that finer rule.
   */
  'invitations:create': ['admin', 'specialist'],
  /**
   * Issue a password-reset link: admins for anyone in the organisation, specialists for the
   * participants they partner with (the service enforces that finer rule).
   */
  'accounts:reset': ['admin', 'specialist'],
  /** Partnerships: admins see the organisation's, the others only their own. */
  'partnerships:read': ['admin', 'specialist', 'participant'],
  /**
   * A participant's plan: their own (participant) or a partner's (specialist with an active
   * partnership). What each may change is decided by the partnership rules in the server's
   * plan policy; everyone else gets 404.
   */
  'plan:read': ['participant', 'specialist'],
  'plan:change': ['participant', 'specialist'],
  /** The specialist's home: each partner's last session, suggestions waiting and next steps. */
  'overview:read': ['specialist'],
  /** The person's own home: what is waiting for them in their plan, notes and referrals. */
  'overview:own': ['participant'],
  /** Peer-support sessions: specialists start them; both take part. */
  'live-sessions:start': ['specialist'],
  'live-sessions:use': ['specialist', 'participant'],
  /** Session notes, written with the person. */
  'notes:use': ['specialist', 'participant'],
  /** The live channel (/api/live). */
  'live:connect': ['specialist', 'participant'],
  /**
   * Consents to disclose (42 CFR Part 2): the person drafts, signs and revokes their own; a
   * partnered specialist drafts with them and records an oral request to revoke. The service
   * enforces who may sign (the person only).
   */
  'consents:use': ['participant', 'specialist'],
  /** Disclose part of a record outside Alongside, under the person's active consent. */
  'disclosures:make': ['specialist'],
  /** The person's own record: printable plan and downloads (JSON, FHIR), their right of access. */
  'record:own': ['participant'],
  /** Read the access log of one's own record. */
  'access-log:own': ['participant'],
  /** The organisation's own questionnaires, offered to its people (admins manage them with org:manage). */
  'questionnaires:read': ['participant', 'specialist'],
  /** Aggregate reports, never a person. */
  'reports:read': ['supervisor'],
  /** The organisation's community-resource directory: admins and specialists keep it up to date. */
  'resources:manage': ['admin', 'specialist'],
  'resources:read': ['admin', 'specialist', 'participant'],
  /** The organisation's respectful-language terms, read by those who write or manage them. */
  'language-terms:read': ['admin', 'specialist'],
  /** What became of a respectful-language nudge (counts for the reports; staff who write only). */
  'language-nudges:record': ['specialist'],
  /** Anything a signed-in person does to their own account (profile, sessions, sign-out). */
  'account:self': ['specialist', 'participant', 'supervisor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof capabilities;

export function can(role: Role, capability: Capability): boolean {
  return (capabilities[capability] as readonly Role[]).includes(role);
}
