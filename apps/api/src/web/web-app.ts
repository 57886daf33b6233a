import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Paths the API answers itself; the web app never shadows them. */
const API_PREFIXES = ['/graphql', '/health', '/calendar', '/digest', '/admin', '/follow-up'];

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self'; " +
    "script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The built web app (`npm run build:web`), looked up from where the process runs, like schema.graphql. */
export function webDistDirectory(): string {
  return join(process.cwd(), 'apps', 'web', 'dist');
}

/**
 * Serves the single-page app at `/` beside the API: hashed assets are cached for a year, and
 * any other GET that asks for HTML gets `index.html` so that a deep link (an invitation email's
 * `/invitation/<token>`, say) opens the right page after a reload. In production no source map is
 * served (the build keeps them beside the bundles, unreferenced, for an error tracker).
 */
export function serveWebApp(
  app: NestExpressApplication,
  { production, directory = webDistDirectory() }: { production: boolean; directory?: string },
): void {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) {
    new Logger('WebApp').warn(`No web app at ${directory}: run "npm run build" to serve it at /`);
    return;
  }
  const assets = express.static(directory, {
    index: false,
    setHeaders: (res, path) => {
      const hashed = path.includes(`${join(directory, 'assets')}`);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (production && req.path.endsWith('.map')) return next();
    assets(req, res, () => {
      if (!req.accepts('html') || req.path.startsWith('/assets/')) return next();
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
