import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export interface Room {
  participantId: string;
  participantToken: string;
  specialistToken: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Seeds one organisation with `specialists` specialists and `rooms` participants (each partnered
 * with one specialist) and a signed-in session for every person, straight into the database:
 * signing 1,100 people in through the API would measure argon2, not the live channel.
 */
export async function seedRooms(databaseUrl: string, rooms: number, specialists: number): Promise<Room[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const org = await client.query<{ id: string }>(
      `insert into organisations (name, settings) values ('Bench Org', '{"smallCellThreshold":11,"defaultLanguage":"en"}') returning id`,
    );
    const orgId = org.rows[0]?.id;
    const now = new Date();
    const later = new Date(now.getTime() + 12 * 3600_000);
    const newUser = async (role: string, i: number) => {
      const res = await client.query<{ id: string }>(
        `insert into users (organisation_id, email, name, role, password_hash) values ($1, $2, $3, $4, 'x') returning id`,
        [orgId, `${role}${i}@bench.invalid`, `${role} ${i}`, role],
      );
      const id = res.rows[0]?.id ?? '';
      const token = randomBytes(32).toString('base64url');
      await client.query(
        `insert into sign_in_sessions (token_hash, user_id, organisation_id, created_at, last_seen_at, idle_timeout_seconds, absolute_expires_at)
         values ($1, $2, $3, $4, $4, 43200, $5)`,
        [hash(token), id, orgId, now, later],
      );
      return { id, token };
    };
    const staff = [];
    for (let i = 0; i < specialists; i++) staff.push(await newUser('specialist', i));
    const result: Room[] = [];
    for (let i = 0; i < rooms; i++) {
      const participant = await newUser('participant', i);
      const specialist = staff[i % specialists];
      if (!specialist) throw new Error('no specialist');
      await client.query(
        `insert into partnerships (organisation_id, specialist_id, participant_id, started_at) values ($1, $2, $3, $4)`,
        [orgId, specialist.id, participant.id, now],
      );
      result.push({
        participantId: participant.id,
        participantToken: participant.token,
        specialistToken: specialist.token,
      });
    }
    await client.query('commit');
    return result;
  } finally {
    await client.end();
  }
}
