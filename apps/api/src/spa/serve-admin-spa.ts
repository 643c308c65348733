import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const apiPrefix = '/api';

/**
 * Serves the built admin SPA at `/`. Any GET outside `/api` that is not a file falls back to
 * index.html, so the SPA's history-mode routes survive a reload or a shared link.
 */
export function serveAdminSpa(app: NestExpressApplication, distDir: string): void {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    new Logger('AdminSpa').warn(`No admin app at ${distDir}; run "npx nx run admin:build" to serve it.`);
    app.use(fallback((_req, res) => {
      res.status(503).type('text/plain').send('The admin app is not built. Run: npx nx run admin:build');
    }));
    return;
  }
  app.useStaticAssets(distDir, { index: false, maxAge: '1h', immutable: false });
  app.use(fallback((_req, res) => res.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } })));
}

function fallback(respond: (req: Request, res: Response) => void) {
  return (req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === apiPrefix || req.path.startsWith(`${apiPrefix}/`);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi) {
      next();
      return;
    }
    respond(req, res);
  };
}
