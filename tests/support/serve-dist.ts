import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * A running static server over a built site, as a static host would serve it (directory index, 404 page, text
 * compressed with gzip when the browser accepts it, as every static host does), so what Lighthouse weighs is what
 * readers download.
 */
export interface DistServer {
	origin: string;
	close(): Promise<void>;
}

/** Serves `dist/` on a free localhost port. */
export async function serveDist(root = 'dist'): Promise<DistServer> {
	const base = resolve(root);
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const target = normalize(join(base, path));
		const file = !target.startsWith(base)
			? undefined
			: existsSync(target) && statSync(target).isDirectory()
				? join(target, 'index.html')
				: target;
		const found = file !== undefined && existsSync(file) && statSync(file).isFile();
		const served = found ? file : join(base, '404.html');
		const type = TYPES[extname(served)] ?? 'application/octet-stream';
		const gzip =
			/^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		response.writeHead(found ? 200 : 404, {
			'Content-Type': type,
			Vary: 'Accept-Encoding',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
		});
		const stream = createReadStream(served);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
