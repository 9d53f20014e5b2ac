// A tiny static file server for the look-alike pages in e2e/pages: started by the e2e fixtures
// (port 0, one per worker) and by `npm start` for the demo. Plain JS so scripts/start.mjs can use
// it without a TypeScript loader; types are in static-server.d.mts.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIRECTORY = fileURLToPath(new URL('./pages/', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on `host:port` (port 0 picks a free one). Resolves once listening.
 * @param {{ root?: string, host?: string, port?: number }} [options]
 */
export async function startStaticServer({ root = PAGES_DIRECTORY, host = '127.0.0.1', port = 0 } = {}) {
  const rootDirectory = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(rootDirectory, pathname));
      if (file !== rootDirectory && !file.startsWith(rootDirectory + sep)) {
        response.writeHead(403).end('Forbidden');
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(400).end('Bad request');
    }
  });
  await new Promise((resolveListening, rejectListening) => {
    server.once('error', rejectListening);
    server.listen(port, host, () => resolveListening(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    // The manifest matches http://localhost/* (any port), so pages are addressed by that name.
    origin: `http://localhost:${actualPort}`,
    /** @param {string} path */
    url: (path) => new URL(path, `http://localhost:${actualPort}/`).href,
    close: () =>
      new Promise((resolveClosed) => {
        server.closeAllConnections();
        server.close(() => resolveClosed(undefined));
      }),
  };
}
