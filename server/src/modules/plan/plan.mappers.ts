import type {
  CheckIn,
  Choice,
  Goal,
  PlanEvent,
  QuestionnaireResponse,
  Referral,
  SelfCheck,
  Step,
  Suggestion,
  Support,
  WellnessItem,
} from '@alongside/shared';
import type {
  checkIns,
  choiceOptions,
  choices,
  goals,
  planEvents,
  questionnaireResponses,
  referrals,
  selfChecks,
  steps,
  suggestions,
  supports,
  wellnessItems,
} from '../../db/schema/index.js';

/** Table rows → the shared response shapes (allow-lists: only these fields ever leave the server). */
type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
const iso = (d: Date) => d.toISOString();

export function toGoal(r: Row<typeof goals>): Goal {
  return {
    id: r.id,
    title: r.title,
    why: r.why,
    lifeArea: r.lifeArea,
    status: r.status,
    targetDate: r.targetDate,
    position: r.position,
    voice: r.voice,
    whyVoice: r.whyVoice ?? r.voice,
    fromSuggestionId: r.fromSuggestionId,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function toStep(r: Row<typeof steps>): Step {
  return {
    id: r.id,
    goalId: r.goalId,
    text: r.text,
    doneOn: r.doneOn,
    position: r.position,
    voice: r.voice,
    fromSuggestionId: r.fromSuggestionId,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function toReferral(r: Row<typeof referrals>): Referral {
  return {
    id: r.id,
    resourceId: r.resourceId,
    resourceName: r.resourceName,
    goalId: r.goalId,
    status: r.status,
    followUpOn: r.followUpOn,
    fromSuggestionId: r.fromSuggestionId,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function toSuggestion(r: Row<typeof suggestions>, authorName: string): Suggestion {
  return {
    id: r.id,
    proposal: r.proposal,
    rationale: r.rationale,
    author: { id: r.authorId, name: authorName },
    status: r.status,
    resourceName: r.resourceName,
    decisionNote: r.decisionNote,
    decidedAt: r.decidedAt ? iso(r.decidedAt) : null,
    resultId: r.resultId,
    createdAt: iso(r.createdAt),
  };
}

export function toChoice(r: Row<typeof choices>, options: Row<typeof choiceOptions>[]): Choice {
  return {
    id: r.id,
    question: r.question,
    goalId: r.goalId,
    options: options
      .filter((o) => o.choiceId === r.id)
      .sort((a, b) => a.position - b.position)
      .map((o) => ({
        id: o.id,
        label: o.label,
        notes: o.notes,
        pathway: o.pathway,
        raisedBy: o.raisedBy,
        voice: o.voice ?? o.raisedBy,
        notesVoice: o.notesVoice ?? o.voice ?? o.raisedBy,
        fromSuggestionId: o.fromSuggestionId,
      })),
    chosenOptionId: r.chosenOptionId,
    reasons: r.reasons,
    decidedOn: r.decidedOn,
    disagreesWithSpecialist: r.disagreesWithSpecialist,
    disagreementNote: r.disagreementNote,
    pastDecisions: r.pastDecisions,
    voice: r.voice,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function toCheckIn(r: Row<typeof checkIns>): CheckIn {
  return {
    id: r.id,
    goalId: r.goalId,
    confidence: r.confidence,
    wellbeing: r.wellbeing,
    note: r.note,
    recordedTogether: r.recordedTogether,
    recordedBy: r.recordedBy,
    at: iso(r.at),
  };
}

export function toSupport(r: Row<typeof supports>): Support {
  return {
    id: r.id,
    label: r.label,
    kind: r.kind,
    howToReach: r.howToReach,
    goalIds: r.goalIds,
    voice: r.voice,
    howToReachVoice: r.howToReachVoice ?? r.voice,
    fromSuggestionId: r.fromSuggestionId,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function toWellnessItem(r: Row<typeof wellnessItems>): WellnessItem {
  return {
    id: r.id,
    section: r.section,
    text: r.text,
    response: r.response,
    supportId: r.supportId,
    resourceId: r.resourceId,
    position: r.position,
    voice: r.voice,
    responseVoice: r.responseVoice,
    fromSuggestionId: r.fromSuggestionId,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function toPlanEvent(r: { event: Row<typeof planEvents>; actorName: string }): PlanEvent {
  const e = r.event;
  return {
    seq: e.seq,
    at: iso(e.at),
    actor: { id: e.actorId, name: r.actorName, role: e.actorRole },
    voice: e.voice,
    command: e.command,
    effects: e.effects,
    liveSessionId: e.liveSessionId,
    atOneScreen: e.atOneScreen,
  };
}

export function toSelfCheck(r: Row<typeof selfChecks>): SelfCheck {
  return {
    id: r.id,
    health: r.health,
    home: r.home,
    purpose: r.purpose,
    community: r.community,
    note: r.note,
    recordedTogether: r.recordedTogether,
    recordedBy: r.recordedBy,
    at: iso(r.at),
  };
}

export function toQuestionnaireResponse(r: Row<typeof questionnaireResponses>): QuestionnaireResponse {
  return {
    id: r.id,
    questionnaireId: r.questionnaireId,
    questionnaireTitle: r.questionnaireTitle,
    answers: r.answers,
    score: r.score,
    at: iso(r.at),
  };
}
