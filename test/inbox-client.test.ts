// Inbox-specific client behaviour against a real HTTP server on 127.0.0.1 (test/clients.test.ts
// covers what every vendor shares): the typed body, the welcome page's flat auth bodies, field
// details, the query's bracket notation, and what a bad token or base URL says.
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, createInboxClient, type InboxErrorCode, type components } from '../src/inbox.ts';
import { ConfigurationError } from '../src/auth.ts';
import { exampleValue } from './support/catalog-cases.ts';
import { responseExample } from './support/response-examples.ts';
import { startServer, type TestServer } from './support/server.ts';

const token = 'inbox_test_token_0123456789';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createInboxClient', () => {
  it('sends the bearer token and returns the typed body', async () => {
    const team = exampleValue('inbox', 'InboxTeam');
    server = await startServer(() => ({ status: 200, body: team }));
    const client = createInboxClient({ token, baseUrl: server.url });
    const { data, error, response } = await client.GET('/team');
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(team);
    expect(server.received[0]).toMatchObject({ method: 'GET', url: '/team' });
    expect(server.received[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expectTypeOf(data).toEqualTypeOf<components['schemas']['Team'] | undefined>();
  });

  it.each([
    ['InboxUnauthorizedFlat', 401, 'UNAUTHORIZED'],
    ['InboxForbiddenFlat', 403, 'FORBIDDEN'],
  ] as const)('reads the flat auth body %s of the welcome page', async (example, status, code) => {
    server = await startServer(() => ({ status, body: exampleValue('inbox', example) }));
    const client = createInboxClient({ token, baseUrl: server.url });
    const error = (await client.unwrap(client.GET('/team')).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe(code);
  });

  it('keeps field details of a validation error', async () => {
    server = await startServer(() => ({ status: 400, body: exampleValue('inbox', 'InboxValidationError') }));
    const client = createInboxClient({ token, baseUrl: server.url });
    const error = (await client.unwrap(client.GET('/team')).catch((e: unknown) => e)) as ApiError<InboxErrorCode>;
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.details.length).toBeGreaterThan(0);
    expect(error.details[0]!.path).not.toBe('');
  });

  it("sends GET /threads' nested filters in the bracket notation of the API description", async () => {
    server = await startServer(() => ({ status: 200, body: responseExample('inbox', 'GET', '/threads') }));
    const client = createInboxClient({ token, baseUrl: server.url });
    const accountLinkIds = ['df6jbw4h36qm5d9iu2sgn7kx', 'g7ht2kw9xr5m8fp3yjnbqvce'];
    const filters = { tags: { selectedIds: ['t8rvk2m5j0xn4wq7ybftcael'] }, sortOrder: 'asc' as const };
    const { error } = await client.GET('/threads', { params: { query: { accountLinkIds, filters, cursorId: undefined } } });
    expect(error).toBeUndefined();
    // The description's own example, `filters[tags][selectedIds][0]=t8rvk2m5j0xn4wq7ybftcael&filters[sortOrder]=asc`,
    // after the repeated key the spec declares for accountLinkIds; the undefined cursor is left out.
    expect(server.received[0]!.url).toBe(
      '/threads?accountLinkIds=df6jbw4h36qm5d9iu2sgn7kx&accountLinkIds=g7ht2kw9xr5m8fp3yjnbqvce' +
        '&filters[tags][selectedIds][0]=t8rvk2m5j0xn4wq7ybftcael&filters[sortOrder]=asc',
    );
    // A call's own serializer still wins.
    await client.GET('/threads', { params: { query: { filters } }, querySerializer: () => 'filters=raw' });
    expect(server.received[1]!.url).toBe('/threads?filters=raw');
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['abc def ghi jkl', /whitespace/],
    ['abc123\n', /whitespace/],
    ['short', /truncated/],
  ])('rejects the token %j at construction', (bad, why) => {
    expect(() => createInboxClient({ token: bad })).toThrowError(ConfigurationError);
    expect(() => createInboxClient({ token: bad })).toThrowError(why);
  });

  it('rejects a missing token and a bad base URL', () => {
    expect(() => createInboxClient({} as never)).toThrowError(/must be a string/);
    expect(() => createInboxClient({ token, baseUrl: 'inboxapp.com/api' })).toThrowError(/absolute URL/);
  });

  it('rejects a wrong path, path parameter or body field at compile time', () => {
    const client = createInboxClient({ token, baseUrl: 'http://127.0.0.1:9' });
    // These lines never run; `tsc` (npm run typecheck) fails if any of them compiles.
    const neverCalled = () => {
      // @ts-expect-error: no such path
      void client.GET('/teams');
      // @ts-expect-error: the path parameter is threadId, not id
      void client.GET('/threads/{threadId}', { params: { path: { id: 'x' } } });
      // @ts-expect-error: tags are created from a name, not a title
      void client.POST('/tags', { body: { title: 'VIP' } });
    };
    expect(neverCalled).toBeTypeOf('function');
  });
});
