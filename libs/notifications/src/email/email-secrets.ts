import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Names a secret (an invitation link, a calendar link) to its value, for one email. */
export type EmailSecrets = Record<string, string>;

const MARKER = /\[redacted:([\w-]+)\]/g;

/** What an email shows in the log and in `sent_emails` instead of a secret. */
export function secretMarker(name: string): string {
  return `[redacted:${name}]`;
}

/** The text with every secret value replaced by its marker. */
export function withholdSecrets(text: string, secrets: EmailSecrets): string {
  let out = text;
  // Longest first, so a secret containing another is withheld whole.
  for (const [name, value] of Object.entries(secrets).sort((a, b) => b[1].length - a[1].length)) {
    if (value) out = out.split(value).join(secretMarker(name));
  }
  return out;
}

/** The text with its markers replaced by the secrets (markers with no secret stay). */
export function restoreSecrets(text: string, secrets: EmailSecrets): string {
  return text.replace(MARKER, (marker, name: string) => secrets[name] ?? marker);
}

/**
 * Secrets wait for delivery encrypted (AES-256-GCM, a key derived from JWT_SECRET), so a copy of
 * the database alone does not open them; the sender clears them once the email left.
 */
export class SecretSeal {
  private readonly key: Buffer;

  constructor(jwtSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', jwtSecret, 'passerelle', 'sent-email-secrets', 32));
  }

  seal(secrets: EmailSecrets): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url')).join('.');
  }

  /** Throws when the secrets were sealed with another JWT_SECRET (or altered). */
  open(sealed: string): EmailSecrets {
    const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return JSON.parse(
      Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'),
    ) as EmailSecrets;
  }
}
