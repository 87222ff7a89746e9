import type { DataClass, PlanEvent } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import type { AccessLogService } from '../access-log/index.js';
import type { ConsentRecord } from '../consents/index.js';
import { type LiveSessionsRepo, toLiveSession } from '../live-sessions/index.js';
import { type NotesRepo, toNote } from '../notes/index.js';
import type { OrganisationsRepo } from '../organisation/index.js';
import { type PlanRepo, type PlanScope, readPlanEvents, readPlanSnapshot } from '../plan/index.js';
import { toQuestionnaire } from '../questionnaires/index.js';
import { buildFhirBundle } from './fhir-bundle.js';
import type { Bundle } from './fhir-types.js';
import { allDataClasses, eventClass, limitPlan, type RecordData } from './record-data.js';
import { type RecordJsonSource, recordJsonChunks } from './record-json.js';

/** Events and access-log rows read per round trip while the JSON streams out. */
const pageSize = 200;
/** Sessions are read whole (a list screen shows the latest 200); this bound is only against a runaway. */
const allSessions = 100_000;

export interface RecordExportDeps {
  /** The plan is read in one repeatable-read transaction, so all of it is as of one seq. */
  unitOfWork: UnitOfWork<{ plans: (scope: PlanScope) => PlanRepo }>;
  /** History pages are read one by one as the download goes, each in its own short query. */
  plans: (scope: PlanScope) => PlanRepo;
  notes: Pick<NotesRepo, 'listReadable' | 'amendments'>;
  liveSessions: Pick<LiveSessionsRepo, 'listVisible'>;
  accessLog: Pick<AccessLogService, 'pageFor'>;
  organisations: Pick<OrganisationsRepo, 'findById'>;
  /** The consents module's reading of them: the same states and order as its API. */
  consents: ConsentRecord;
  clock: Clock;
}

export interface RecordExportOptions {
  /**
   * Only these classes (a disclosure under a consent). Without it, the person's own export: every
   * class, and their access log, consents and disclosures.
   */
  dataClasses?: readonly DataClass[];
}

/**
 * The record exports for a participant the caller has ALREADY authorized: nothing here checks who
 * asks or writes to the access log (the routes' service does, and so will a disclosure, which logs
 * itself). `fhirBundle` returns the whole Bundle; `json` returns the document as text chunks.
 */
export function createRecordExport(deps: RecordExportDeps) {
  const { unitOfWork, plans, notes, liveSessions, accessLog, organisations, consents, clock } = deps;

  /** The record as of now; `whole`: the person's own export, with their consents and disclosures. */
  async function gather(scope: PlanScope, classes: readonly DataClass[], whole: boolean): Promise<RecordData> {
    const organisation = await organisations.findById(scope.organisationId);
    const read = await unitOfWork.run(
      async (repos) => {
        const repo = repos.plans(scope);
        const name = (await repo.authorNames([scope.participantId])).get(scope.participantId);
        if (name === undefined) return null;
        const plan = await readPlanSnapshot(repo, { id: scope.participantId, name });
        const answered = await repo.questionnaires(plan.questionnaireResponses.map((r) => r.questionnaireId));
        return { name, plan, questionnaires: answered.map(toQuestionnaire) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    if (!read || !organisation) throw new NotFoundError();
    const withNotes = classes.includes('session-notes');
    // The person reads every note and session about them: read as them.
    const sessionRows = withNotes
      ? await liveSessions.listVisible(scope.organisationId, scope.participantId, scope.participantId, allSessions)
      : [];
    const noteRows = withNotes
      ? await notes.listReadable(scope.organisationId, scope.participantId, scope.participantId)
      : [];
    const amendments = await notes.amendments(noteRows.map((r) => r.note.id));
    return {
      participant: { id: scope.participantId, name: read.name },
      organisation: { id: organisation.id, name: organisation.name },
      dataClasses: classes,
      plan: limitPlan(read.plan, classes),
      questionnaires: classes.includes('check-ins') ? read.questionnaires : [],
      liveSessions: sessionRows.map(toLiveSession),
      notes: noteRows.map((r) => toNote(r, amendments)),
      consents: whole ? await consents.consents(scope) : [],
      disclosures: whole ? await consents.disclosures(scope) : [],
    };
  }

  /** The plan's events up to `seq`, of the classes asked for, a page at a time. */
  async function* history(scope: PlanScope, seq: number, classes: readonly DataClass[]): AsyncGenerator<PlanEvent[]> {
    const repo = plans(scope);
    let after = 0;
    for (;;) {
      const { events, more } = await readPlanEvents(repo, after, pageSize);
      const upTo = events.filter((e) => e.seq <= seq);
      yield upTo.filter((e) => classes.includes(eventClass(e)));
      const last = upTo.at(-1);
      if (!more || !last || upTo.length < events.length) return;
      after = last.seq;
    }
  }

  /** Who looked at the record, newest first, a page at a time (the person's own export only). */
  async function* accessLogPages(scope: PlanScope, name: string) {
    let before: string | undefined;
    do {
      const page = await accessLog.pageFor(
        { organisationId: scope.organisationId, id: scope.participantId, name },
        {
          limit: pageSize,
          before,
        },
      );
      yield page.entries;
      before = page.nextBefore ?? undefined;
    } while (before !== undefined);
  }

  return {
    async fhirBundle(scope: PlanScope, options: RecordExportOptions = {}): Promise<Bundle> {
      const data = await gather(scope, options.dataClasses ?? allDataClasses, options.dataClasses === undefined);
      return buildFhirBundle(data, clock.now().toISOString());
    },

    /**
     * The JSON document as chunks of text. The plan, sessions and notes are read before the first
     * chunk (so a refusal or a failure is still an error answer); history and the access log are
     * read a page at a time as the download goes, so the whole document is never in memory.
     */
    async json(scope: PlanScope, options: RecordExportOptions = {}): Promise<AsyncIterable<string>> {
      const whole = options.dataClasses === undefined;
      const classes = options.dataClasses ?? allDataClasses;
      const data = await gather(scope, classes, whole);
      const source: RecordJsonSource = {
        data,
        exportedAt: clock.now().toISOString(),
        history: history(scope, data.plan.seq, classes),
        accessLog: whole ? accessLogPages(scope, data.participant.name) : undefined,
      };
      return recordJsonChunks(source);
    },
  };
}

export type RecordExport = ReturnType<typeof createRecordExport>;
