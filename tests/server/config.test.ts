import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';

function errorFrom(env: Record<string, string>): Error {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('configuration', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://db.example/alongside' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'not a url' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['SESSION_IDLE_MINUTES_STAFF', { SESSION_IDLE_MINUTES_STAFF: '0' }],
    ['HEAP_GROWING_PERCENT', { HEAP_GROWING_PERCENT: '0' }],
    ['SMTP_URL', { SMTP_URL: 'http://mail.example.org', MAIL_FROM: 'a@example.org' }],
    ['MAIL_FROM', { SMTP_URL: 'smtp://mail.example.org', MAIL_FROM: 'not an address' }],
    ['MAIL_FROM', { SMTP_URL: 'smtp://mail.example.org' }],
    ['SMTP_URL', { MAIL_FROM: 'Alongside <a@example.org>' }],
  ])('a wrong %s is refused with a message naming it', (name, env) => {
    const error = errorFrom(env);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(name);
    // Only the offending variable is named.
    for (const other of ['PORT', 'DATABASE_URL', 'PUBLIC_URL', 'LOG_LEVEL'].filter((v) => !name.startsWith(v))) {
      expect(error.message).not.toContain(`${other}:`);
    }
  });

  it('mail is off unless both SMTP_URL and MAIL_FROM are set', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(
      loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'Alongside <no-reply@example.org>' }).mail,
    ).toEqual({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Alongside <no-reply@example.org>' });
  });

  it('every wrong variable is named at once', () => {
    const message = errorFrom({ PORT: 'x', DATABASE_URL: 'sqlite:alongside.db' }).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
  });

  it('with nothing set, it runs on embedded PGlite on localhost:3000 with the documented timeouts', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      session: { idleMinutesStaff: 30, idleMinutesParticipant: 120, absoluteHours: 12, reconfirmSeconds: 300 },
      heapGrowingPercent: 30,
    });
  });

  it('empty strings mean "not set"; TRUST_PROXY is a list; PUBLIC_URL loses its trailing slash', () => {
    const config = loadConfig({
      DATABASE_URL: '',
      PORT: '8080',
      TRUST_PROXY: '10.0.0.1, 10.0.0.0/8',
      PUBLIC_URL: 'https://alongside.example.org/',
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.port).toBe(8080);
    expect(config.trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8']);
    expect(config.publicUrl).toBe('https://alongside.example.org');
  });
});
