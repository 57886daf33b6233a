import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface CaughtEmail {
  to: string[];
  /** The raw message (headers and text, as the SMTP client sent it). */
  data: string;
  /** The text part, decoded. */
  text: string;
}

/** The body of a one-part message, decoded from quoted-printable or base64. */
function decodeText(data: string): string {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split).toLowerCase();
  const body = data.slice(split + 4);
  if (headers.includes('content-transfer-encoding: base64')) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (!headers.includes('content-transfer-encoding: quoted-printable')) return body;
  const joined = body.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

export interface MailCatcher {
  url: string;
  emails: CaughtEmail[];
  /** Resolves with the first email to `to` caught so far or later. */
  next(to: string): Promise<CaughtEmail>;
  close(): Promise<void>;
}

/** A minimal SMTP server on a free port that keeps every email it is given (no TLS, no auth). */
export async function startMailCatcher(): Promise<MailCatcher> {
  const emails: CaughtEmail[] = [];
  const waiting: { to: string; resolve: (email: CaughtEmail) => void }[] = [];
  const caught = (email: CaughtEmail) => {
    emails.push(email);
    for (const waiter of [...waiting]) {
      if (email.to.includes(waiter.to)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(email);
      }
    }
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let inData = false;
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 catcher ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const data = buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
          caught({ to, data, text: decodeText(data) });
          buffer = buffer.slice(end + 5);
          inData = false;
          to = [];
          reply('250 OK');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 catcher');
        else if (verb === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('250 OK');
      }
    });
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    emails,
    next: (address) =>
      new Promise((resolve) => {
        const found = emails.find((email) => email.to.includes(address));
        if (found) resolve(found);
        else waiting.push({ to: address, resolve });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** A Nest logger keeping every line it is given, as text, to search for what must not be there. */
export class CapturingLogger {
  readonly lines: string[] = [];
  private keep(level: string, args: unknown[]) {
    this.lines.push(`${level} ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
  }
  log(...args: unknown[]) {
    this.keep('log', args);
  }
  error(...args: unknown[]) {
    this.keep('error', args);
  }
  warn(...args: unknown[]) {
    this.keep('warn', args);
  }
  debug(...args: unknown[]) {
    this.keep('debug', args);
  }
  verbose(...args: unknown[]) {
    this.keep('verbose', args);
  }
  get text(): string {
    return this.lines.join('\n');
  }
}
