import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * The smallest SMTP server a test needs: it accepts every message and keeps it raw (headers as
 * sent on the wire), so a test reads what a mail provider would receive.
 */
export class SmtpCapture {
  readonly messages: string[] = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((socket) => {
      let buffer = '';
      let inData = false;
      socket.setEncoding('utf8');
      socket.write('220 capture ESMTP\r\n');
      socket.on('data', (chunk: string) => {
        buffer += chunk;
        for (;;) {
          if (inData) {
            const end = buffer.indexOf('\r\n.\r\n');
            if (end === -1) return;
            this.messages.push(buffer.slice(0, end));
            buffer = buffer.slice(end + 5);
            inData = false;
            socket.write('250 queued\r\n');
            continue;
          }
          const lineEnd = buffer.indexOf('\r\n');
          if (lineEnd === -1) return;
          const line = buffer.slice(0, lineEnd);
          buffer = buffer.slice(lineEnd + 2);
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO') socket.write('250-capture\r\n250 8BITMIME\r\n');
          else if (verb === 'DATA') {
            inData = true;
            socket.write('354 go on\r\n');
          } else if (verb === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
