import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { Database, DbOrTx } from './db/client.js';
import { statementRunner } from './db/statement.js';
import { createUnitOfWork, repoBinder } from './db/unit-of-work.js';
import { type Clock, systemClock } from './lib/clock.js';
import { type AccessRevoked, createAnnouncer } from './lib/notify.js';
import { createMailer } from './mail/mailer.js';
import { createAccessLogRepo, createAccessLogService, createAudit } from './modules/access-log/index.js';
import {
  createAuthService,
  createKnownDevices,
  createSignInDevicesRepo,
  createSignInSessionsRepo,
  createSignInThrottle,
  verifyPassword,
} from './modules/auth/index.js';
import {
  type BundleFor,
  createConsentGate,
  createConsentRecord,
  createConsentsRepo,
  createConsentsService,
  createDisclosuresService,
} from './modules/consents/index.js';
import { createHealthRepo } from './modules/health/index.js';
import { createInvitationsRepo, createInvitationsService } from './modules/invitations/index.js';
import { createLanguageRepo, createLanguageService } from './modules/language/index.js';
import { createLiveHub, type LiveHubDeps } from './modules/live/index.js';
import { createLiveSessionsRepo, createLiveSessionsService } from './modules/live-sessions/index.js';
import { createNotesRepo, createNotesService } from './modules/notes/index.js';
import {
  createOrganisationService,
  createOrganisationsRepo,
  createReportThresholdsRepo,
} from './modules/organisation/index.js';
import { createOverviewRepo, createOverviewService } from './modules/overview/index.js';
import { createPasswordResetsRepo, createPasswordsService } from './modules/passwords/index.js';
import { createPartnershipsRepo, createPeopleService, createUsersRepo } from './modules/people/index.js';
import {
  createPlanExecutor,
  createPlanRepo,
  createPlanService,
  createPlanSteps,
  type PlanScope,
} from './modules/plan/index.js';
import { createQuestionnairesRepo, createQuestionnairesService } from './modules/questionnaires/index.js';
import { createRecordExport, createRecordService } from './modules/record/index.js';
import { createReportsRepo, createReportsService, createYearFactsRepo } from './modules/reports/index.js';
import { createResourcesRepo, createResourcesService } from './modules/resources/index.js';
import { createSecondFactorService, createSecondFactorsRepo, relyingPartyFor } from './modules/second-factor/index.js';
import { createOrganisationLinksRepo, createSetupService, createSetupTokensRepo } from './modules/setup/index.js';

/**
 * THE COMPOSITION ROOT: the one place the factories meet. Platform (database, clock, config,
 * logger) → repos, bound to the database or to a transaction → services, each handed only what it
 * uses → the plan executor and the live hub. Nothing here runs a query or listens: `buildApp`
 * registers the routes, and starts the hub.
 */
export interface Platform {
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
  readonly log: FastifyBaseLogger;
  /** Live-channel tuning (limits, heartbeat); defaults suit production. */
  readonly live?: Pick<LiveHubDeps, 'limits' | 'heartbeatMs' | 'socketsPerSignIn' | 'authorizePlan'> | undefined;
}

/** Every repo, and what writes through one handle: the audit writer, announcements, database steps. */
const bindRepos = repoBinder({
  users: createUsersRepo,
  partnerships: createPartnershipsRepo,
  invitations: createInvitationsRepo,
  passwordResets: createPasswordResetsRepo,
  organisations: createOrganisationsRepo,
  reportThresholds: createReportThresholdsRepo,
  setupTokens: createSetupTokensRepo,
  organisationLinks: createOrganisationLinksRepo,
  signIns: createSignInSessionsRepo,
  signInThrottle: createSignInThrottle,
  signInDevices: createSignInDevicesRepo,
  secondFactors: createSecondFactorsRepo,
  accessLog: createAccessLogRepo,
  audit: (handle: DbOrTx) => createAudit({ repo: createAccessLogRepo(handle) }),
  liveSessions: createLiveSessionsRepo,
  notes: createNotesRepo,
  consents: createConsentsRepo,
  overview: createOverviewRepo,
  reports: createReportsRepo,
  yearFacts: createYearFactsRepo,
  resources: createResourcesRepo,
  questionnaires: createQuestionnairesRepo,
  language: createLanguageRepo,
  health: createHealthRepo,
  plans: (handle: DbOrTx) => (scope: PlanScope) => createPlanRepo(handle, scope),
  planSteps: createPlanSteps,
  announce: createAnnouncer,
  statements: statementRunner,
});

/** The repos bound to the database, and the unit of work that binds them to a transaction. */
function composeData(database: Database) {
  return { repos: bindRepos(database.db), unitOfWork: createUnitOfWork(database, bindRepos) };
}

/** The first-run service alone: `server.ts` prints the setup link with it (tests make organisations). */
export function composeSetup(database: Database, clock: Clock = systemClock) {
  const { repos, unitOfWork } = composeData(database);
  const { organisations, setupTokens, organisationLinks } = repos;
  return createSetupService({ organisations, setupTokens, organisationLinks, unitOfWork, clock });
}

export function compose(platform: Platform) {
  const { config, database, clock, log } = platform;
  const { repos, unitOfWork } = composeData(database);
  const { audit } = repos;
  const mailer = createMailer(config.mail);

  // When someone's access ends, every instance's live hub closes their sockets (within a second).
  const revokeAccess = (event: AccessRevoked) => {
    repos.announce.accessRevoked(event).catch((err: unknown) => log.error({ err }, 'could not announce revocation'));
  };

  const secondFactors = createSecondFactorService({
    repo: repos.secondFactors,
    signIns: repos.signIns,
    users: repos.users,
    throttle: repos.signInThrottle,
    accessLog: repos.accessLog,
    audit,
    verifyPassword,
    clock,
    rp: relyingPartyFor(config.publicUrl),
    onAccessRevoked: revokeAccess,
  });
  const auth = createAuthService({
    signIns: repos.signIns,
    secondFactors,
    users: repos.users,
    throttle: repos.signInThrottle,
    devices: createKnownDevices({ repo: repos.signInDevices }),
    verifyPassword,
    clock,
    config,
    onAccessRevoked: revokeAccess,
  });
  const setup = createSetupService({
    organisations: repos.organisations,
    setupTokens: repos.setupTokens,
    organisationLinks: repos.organisationLinks,
    unitOfWork,
    clock,
  });
  const invitations = createInvitationsService({
    users: repos.users,
    invitations: repos.invitations,
    unitOfWork,
    mailer,
    clock,
    config,
    log,
  });
  const passwords = createPasswordsService({
    users: repos.users,
    partnerships: repos.partnerships,
    resets: repos.passwordResets,
    throttle: repos.signInThrottle,
    audit,
    unitOfWork,
    verifyPassword,
    mailer,
    clock,
    config,
    log,
    onAccessRevoked: revokeAccess,
  });
  const people = createPeopleService({
    users: repos.users,
    partnerships: repos.partnerships,
    audit,
    unitOfWork,
    clock,
    onAccessRevoked: revokeAccess,
  });
  const accessLog = createAccessLogService({ accessLog: repos.accessLog });
  const organisation = createOrganisationService({
    organisations: repos.organisations,
    unitOfWork,
    clock,
    staffWithoutSecondFactor: (organisationId) => repos.secondFactors.staffWithout(organisationId),
    onAccessRevoked: revokeAccess,
  });
  const plan = createPlanService({ unitOfWork, audit });
  const liveSessions = createLiveSessionsService({
    liveSessions: repos.liveSessions,
    partnerships: repos.partnerships,
    audit,
    unitOfWork,
    clock,
    idleMinutes: config.liveSessionIdleMinutes,
  });
  const executor = createPlanExecutor({
    unitOfWork,
    audit,
    plans: repos.plans,
    clock,
    liveSessions: liveSessions.gate,
    log,
  });
  const notes = createNotesService({
    notes: repos.notes,
    liveSessions: repos.liveSessions,
    partnerships: repos.partnerships,
    audit,
    unitOfWork,
    clock,
  });
  const consentGate = createConsentGate({ consents: repos.consents, partnerships: repos.partnerships, audit });
  const consents = createConsentsService({ consents: repos.consents, gate: consentGate, unitOfWork, clock });
  const overview = createOverviewService({ overview: repos.overview, audit, clock });
  const reports = createReportsService({
    reports: repos.reports,
    yearFacts: repos.yearFacts,
    reportThresholds: repos.reportThresholds,
    audit,
    clock,
    maxAgeMs: config.reportsMaxAgeSeconds * 1000,
  });
  const resources = createResourcesService({ resources: repos.resources, unitOfWork, clock });
  const questionnaires = createQuestionnairesService({ questionnaires: repos.questionnaires, clock });
  const language = createLanguageService({ language: repos.language, clock });
  // The exports a disclosure also builds on; the route's service adds who may and the access log.
  const recordExport = createRecordExport({
    unitOfWork,
    plans: repos.plans,
    notes: repos.notes,
    liveSessions: repos.liveSessions,
    accessLog,
    organisations: repos.organisations,
    consents: createConsentRecord({ consents: repos.consents, clock }),
    clock,
  });
  const record = createRecordService({ exports: recordExport, audit, clock });
  // What a recipient gets: the same FHIR builder as the person's own export, limited to the disclosed classes.
  const bundleFor: BundleFor = async (scope, _participantId, dataClasses) => ({
    ...(await recordExport.fhirBundle(scope, { dataClasses })),
  });
  const disclosures = createDisclosuresService({
    consents: repos.consents,
    gate: consentGate,
    unitOfWork,
    bundleFor,
    clock,
  });
  const hub = createLiveHub({ database, executor, plan, auth, sessions: liveSessions, log, ...platform.live });

  return {
    audit,
    health: repos.health,
    auth,
    secondFactors,
    setup,
    invitations,
    passwords,
    people,
    accessLog,
    organisation,
    plan,
    liveSessions,
    executor,
    notes,
    consents,
    disclosures,
    overview,
    reports,
    resources,
    questionnaires,
    language,
    recordExport,
    record,
    hub,
  };
}

export type Composed = ReturnType<typeof compose>;
