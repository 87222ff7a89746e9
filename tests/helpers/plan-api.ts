import type {
  AccessLogEntry,
  AccessLogPage,
  CommandResult,
  ErrorBody,
  PlanCommand,
  PlanEvent,
  PlanHistoryPage,
  PlanSnapshot,
} from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import type { SignedInPerson, TestApp } from './test-app.js';

/** Who sends a request: a signed-in person, or nobody (anonymous). */
export type As = SignedInPerson | undefined;

export const planUrl = (participantId: string) => `/api/participants/${participantId}/plan`;

/** The plan reads, each as the path after `/plan`. */
export const planReads = ['', '/goals', '/suggestions', '/choices', '/check-ins', '/supports', '/history'] as const;
export type PlanRead = (typeof planReads)[number];

/** What the access log calls each read. */
export const readActions: Record<PlanRead, string> = {
  '': 'plan.read',
  '/goals': 'plan.read.goals',
  '/suggestions': 'plan.read.suggestions',
  '/choices': 'plan.read.choices',
  '/check-ins': 'plan.read.check-ins',
  '/supports': 'plan.read.supports',
  '/history': 'plan.read.history',
};

/** Sends a command through the generic route, `POST …/plan/commands`. */
export function sendCommand(
  t: TestApp,
  as: As,
  participantId: string,
  command: PlanCommand | Record<string, unknown>,
  clientOpId?: string,
): Promise<LightMyRequestResponse> {
  return t.request({
    method: 'POST',
    url: `${planUrl(participantId)}/commands`,
    as,
    body: clientOpId === undefined ? { command } : { clientOpId, command },
  });
}

/** Sends a command through its own route, `POST …/plan/commands/<type>`, with the fields as the body. */
export function sendTypedCommand(
  t: TestApp,
  as: As,
  participantId: string,
  command: PlanCommand | ({ type: string } & Record<string, unknown>),
  clientOpId?: string,
): Promise<LightMyRequestResponse> {
  const { type, ...fields } = command;
  return t.request({
    method: 'POST',
    url: `${planUrl(participantId)}/commands/${type}`,
    as,
    body: clientOpId === undefined ? fields : { ...fields, clientOpId },
  });
}

/** Runs a command that must succeed and returns its result. */
export async function run(
  t: TestApp,
  as: As,
  participantId: string,
  command: PlanCommand,
  clientOpId?: string,
): Promise<CommandResult> {
  const res = await sendCommand(t, as, participantId, command, clientOpId);
  if (res.statusCode !== 200) throw new Error(`${command.type} failed: ${res.statusCode} ${res.body}`);
  return res.json<CommandResult>();
}

/** The id a successful command created or changed first. */
export async function runForId(t: TestApp, as: As, participantId: string, command: PlanCommand): Promise<string> {
  const [id] = (await run(t, as, participantId, command)).ids;
  if (id === undefined) throw new Error(`${command.type} returned no id`);
  return id;
}

export function readPlanPart(t: TestApp, as: As, participantId: string, read: PlanRead) {
  return t.request({ method: 'GET', url: `${planUrl(participantId)}${read}`, as });
}

/** The whole plan as `as` sees it; fails the test when the read is refused. */
export async function readPlan(t: TestApp, as: As, participantId: string): Promise<PlanSnapshot> {
  const res = await readPlanPart(t, as, participantId, '');
  if (res.statusCode !== 200) throw new Error(`plan read failed: ${res.statusCode} ${res.body}`);
  return res.json<PlanSnapshot>();
}

/** Every event of the plan, following `nextAfter` page by page. */
export async function readHistory(t: TestApp, as: As, participantId: string, pageSize = 100): Promise<PlanEvent[]> {
  const events: PlanEvent[] = [];
  let after = 0;
  for (;;) {
    const res = await t.request({
      method: 'GET',
      url: `${planUrl(participantId)}/history?after=${after}&limit=${pageSize}`,
      as,
    });
    if (res.statusCode !== 200) throw new Error(`history read failed: ${res.statusCode} ${res.body}`);
    const page = res.json<PlanHistoryPage>();
    events.push(...page.events);
    if (page.nextAfter === null) return events;
    after = page.nextAfter;
  }
}

/** The participant's view of who has accessed their record, newest first. */
export async function readAccessLog(t: TestApp, participant: SignedInPerson): Promise<AccessLogEntry[]> {
  const res = await t.request({ method: 'GET', url: '/api/access-log?limit=200', as: participant });
  if (res.statusCode !== 200) throw new Error(`access log read failed: ${res.statusCode} ${res.body}`);
  return res.json<AccessLogPage>().entries;
}

export function errorOf(res: LightMyRequestResponse): ErrorBody {
  return res.json<ErrorBody>();
}

/** A fresh, valid id that names nothing. */
export const nowhere = () => crypto.randomUUID();

/** Client operation ids that differ per call. */
let opCounter = 0;
export function opId(label = 'op'): string {
  opCounter += 1;
  return `${label}-${opCounter}-${Math.random().toString(36).slice(2, 10)}`;
}
