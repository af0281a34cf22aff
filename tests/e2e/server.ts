/**
 * A test web server on 127.0.0.1: serves the project's fixture pages, with any extra headers a test
 * asks for. It records every request, so tests can show the extension made none of its own.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string;
  headers?: Record<string, string>;
  status?: number;
}

export interface TestServer {
  origin: string;
  requests: { url: string; headers: IncomingMessage['headers'] }[];
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    const route = routes.get((request.url ?? '/').split('?')[0]);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    route: (path, route) => routes.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
