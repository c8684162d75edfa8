import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from './config.js';
import { handleCors, readOrigins } from './cors.js';

const CONSOLE = 'http://localhost:5173';
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (handleCors(request, response, [CONSOLE])) return;
    response.end('answered');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('CORS for the console', () => {
  test("a preflight from the console's origin is answered with what a GraphQL client sends", async () => {
    const response = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: CONSOLE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('a request from the console carries its origin back; another origin gets no CORS header', async () => {
    const allowed = await fetch(url, { method: 'POST', headers: { origin: CONSOLE } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(await allowed.text()).toBe('answered');
    const other = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('CORS_ALLOWED_ORIGINS lists origins, and refuses anything that is not one', () => {
    expect(readOrigins({}, 'CORS_ALLOWED_ORIGINS', [CONSOLE])).toEqual([CONSOLE]);
    expect(readOrigins({ CORS_ALLOWED_ORIGINS: 'https://a.example, http://localhost:5174' }, 'CORS_ALLOWED_ORIGINS', [])).toEqual([
      'https://a.example',
      'http://localhost:5174',
    ]);
    expect(() => readOrigins({ CORS_ALLOWED_ORIGINS: 'https://a.example/console' }, 'CORS_ALLOWED_ORIGINS', [])).toThrow(
      ConfigurationError,
    );
    expect(() => readOrigins({ CORS_ALLOWED_ORIGINS: 'not a url' }, 'CORS_ALLOWED_ORIGINS', [])).toThrow(/CORS_ALLOWED_ORIGINS/);
  });
});
