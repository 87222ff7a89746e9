import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps. */
const period = 30;

function totpFor(secretBase32: string, label = '', issuer = 'Alongside'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secretBase32) });
}

/** A new 160-bit secret (RFC 4226's recommended length), as base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URL an app scans, and the same as a QR code (an SVG data URL, drawn here: no third party sees the secret). */
export async function totpEnrolmentCodes(
  secretBase32: string,
  account: string,
  issuer: string,
): Promise<{ otpauthUrl: string; qrCode: string }> {
  const otpauthUrl = totpFor(secretBase32, account, issuer).toString();
  const svg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { otpauthUrl, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step a code belongs to, when it is right for now or the step either side (clocks
 * drift); otherwise null. Whether that step was already used is the caller's to check.
 */
export function totpStepOf(secretBase32: string, code: string, now: Date): number | null {
  const timestamp = now.getTime();
  const delta = totpFor(secretBase32).validate({ token: code, timestamp, window: 1 });
  if (delta === null) return null;
  return TOTP.counter({ period, timestamp }) + delta;
}
