/**
 * The announcement of a committed plan event: what the executor hands this instance's live hub
 * at commit, and what it sends every instance by NOTIFY. Written and read only here.
 *
 * The event travels as text — the PlanEvent exactly as `JSON.stringify` would write it — so a
 * room's sockets get it without it being parsed and written out again. The notification payload
 * is `{"participantId":"…","seq":N,"event":<event>}`, or without `event` when the event would
 * not fit in a notification (8,000 bytes); subscribers then read it back from the log.
 */
export interface PlanEventAnnouncement {
  readonly participantId: string;
  readonly seq: number;
  /** The PlanEvent as JSON text; absent when it has to be read back from the log. */
  readonly eventText?: string | undefined;
}

/** NOTIFY payloads are limited to 8,000 bytes; leave room for the envelope. */
const maxInlineEventBytes = 7000;

export function encodeAnnouncement(a: PlanEventAnnouncement): string {
  const head = `{"participantId":${JSON.stringify(a.participantId)},"seq":${a.seq}`;
  return a.eventText !== undefined && fits(a.eventText) ? `${head},"event":${a.eventText}}` : `${head}}`;
}

/** Whether the text fits in a notification, counted in bytes: 2,000 characters of CJK are 6,000. */
function fits(text: string): boolean {
  // Three bytes per UTF-16 unit is the most UTF-8 needs: most events are decided without counting.
  return text.length * 3 <= maxInlineEventBytes || Buffer.byteLength(text) <= maxInlineEventBytes;
}

// The envelope as `encodeAnnouncement` writes it; participant ids are UUIDs (no escapes).
const envelope = /^\{"participantId":"([0-9a-fA-F-]{1,64})","seq":(\d{1,15})(,"event":)?/;

/**
 * Reads a payload: the participant and seq from the envelope without parsing the event, and the
 * event's text. Anything else (a malformed or foreign payload) reads as undefined.
 */
export function decodeAnnouncement(payload: string): PlanEventAnnouncement | undefined {
  const head = envelope.exec(payload);
  if (!head?.[1] || !head[2] || !payload.endsWith('}')) return undefined;
  const seq = Number(head[2]);
  if (!head[3]) return payload.length === head[0].length + 1 ? { participantId: head[1], seq } : undefined;
  return { participantId: head[1], seq, eventText: payload.slice(head[0].length, -1) };
}
