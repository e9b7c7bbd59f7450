// The call tables (generated/<vendor>/calls.ts, scripts/calls.ts) against the reading of the same
// `paths` that openapi-fetch's own types make: for every operation of every vendor, the same
// paths per method, the same parameters, request body, success body and error body, and the same
// answer to "must a call pass an init". Checked by tsc (npm run typecheck); the test body only
// reports what tsc proved, so a table that drifts from `paths` fails the build's typecheck step.
import type { FetchOptions } from 'openapi-fetch';
import type {
  ErrorResponse,
  HttpMethod,
  OperationRequestBodyContent,
  PathsWithMethod,
  RequiredKeysOf,
  SuccessResponse,
} from 'openapi-typescript-helpers';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createHelpScoutClient, type Calls as HelpScoutCalls, type paths as HelpScoutPaths } from '../src/helpscout.ts';
import type { Calls as InboundCalls, paths as InboundPaths } from '../src/inbound.ts';
import type { Calls as InboxCalls, paths as InboxPaths } from '../src/inbox.ts';
import type { Calls as InboxV2Calls, paths as InboxV2Paths } from '../src/inbox-v2.ts';
import type { Calls as LinesCalls, paths as LinesPaths } from '../src/lines.ts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type TableOf<Calls, M extends string> = M extends keyof Calls ? Calls[M] : {};
type InitOf<Entry> = Entry extends { args: [init?: infer Init] } ? Init : never;
type Field<T, K extends string> = T extends { [P in K]?: infer V } ? V : never;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- openapi-typescript-helpers' own constraint
type Responses<Op> = Op extends { responses: infer R extends Record<string | number, any> } ? R : never;

/** What openapi-fetch reads from an operation of `paths`. */
interface FetchReading<Op> {
  params: Op extends { parameters: infer P } ? P : never;
  body: NonNullable<OperationRequestBodyContent<Op>>;
  data: SuccessResponse<Responses<Op>>;
  error: ErrorResponse<Responses<Op>>;
  initRequired: RequiredKeysOf<FetchOptions<Op>> extends never ? false : true;
}

/** The same, read from a call table entry. */
interface TableReading<Entry> {
  params: Field<InitOf<Entry>, 'params'>;
  body: NonNullable<Field<InitOf<Entry>, 'body'>>;
  data: Entry extends { data: infer D } ? D : never;
  error: Entry extends { error: infer E } ? E : never;
  initRequired: Entry extends { args: [init?: unknown] } ? ([undefined] extends [Entry['args'][0]] ? false : true) : never;
}

/** `"METHOD /path: field"` for each operation and field where the table and openapi-fetch disagree; never when none. */
type Disagreements<Paths extends {}, Calls> = {
  [M in HttpMethod]: {
    [Path in PathsWithMethod<Paths, M> | keyof TableOf<Calls, Uppercase<M>>]: Path extends keyof TableOf<Calls, Uppercase<M>>
      ? Path extends PathsWithMethod<Paths, M>
        ? {
            [F in keyof FetchReading<never>]: Equal<
              FetchReading<Paths[Path][M & keyof Paths[Path]]>[F],
              TableReading<TableOf<Calls, Uppercase<M>>[Path]>[F]
            > extends true
              ? never
              : `${Uppercase<M>} ${Path & string}: ${F}`;
          }[keyof FetchReading<never>]
        : `${Uppercase<M>} ${Path & string}: only in the table`
      : `${Uppercase<M>} ${Path & string}: missing from the table`;
  }[PathsWith<Paths, Calls, M>];
}[HttpMethod];
type PathsWith<Paths extends {}, Calls, M extends HttpMethod> = PathsWithMethod<Paths, M> | keyof TableOf<Calls, Uppercase<M>>;

describe('call tables', () => {
  it('read every operation as openapi-fetch reads `paths`', () => {
    expectTypeOf<Disagreements<InboxPaths, InboxCalls>>().toEqualTypeOf<never>();
    expectTypeOf<Disagreements<InboxV2Paths, InboxV2Calls>>().toEqualTypeOf<never>();
    expectTypeOf<Disagreements<InboundPaths, InboundCalls>>().toEqualTypeOf<never>();
    expectTypeOf<Disagreements<HelpScoutPaths, HelpScoutCalls>>().toEqualTypeOf<never>();
    expectTypeOf<Disagreements<LinesPaths, LinesCalls>>().toEqualTypeOf<never>();
  });

  it('type data by parseAs where a body is not JSON (never called: tsc checks it)', () => {
    const neverCalled = async () => {
      const helpscout = createHelpScoutClient({ token: 'tok_0123456789abcdef' });
      const file = '/v2/conversations/{conversationId}/attachments/{attachmentId}/file';
      const params = { path: { conversationId: 1, attachmentId: 2 } };
      expectTypeOf((await helpscout.GET(file, { params, parseAs: 'blob' })).data).toEqualTypeOf<Blob | undefined>();
      expectTypeOf((await helpscout.GET(file, { params, parseAs: 'text' })).data).toEqualTypeOf<string | undefined>();
      // @ts-expect-error: parseAs takes only what openapi-fetch reads
      await helpscout.GET(file, { params, parseAs: 'formData' });
      // without parseAs, data is the schema's type of the body (`string` here)
      expectTypeOf((await helpscout.GET(file, { params })).data).toEqualTypeOf<string | undefined>();
    };
    expect(neverCalled).toBeTypeOf('function');
  });

  it('catch a table that drifts (the check itself can fail)', () => {
    type Drifted = Omit<LinesCalls, 'GET'> & {
      GET: Omit<LinesCalls['GET'], '/lines'> & { '/lines': Omit<LinesCalls['GET']['/lines'], 'data'> & { data: string } };
    };
    expectTypeOf<Disagreements<LinesPaths, Drifted>>().toEqualTypeOf<'GET /lines: data'>();
  });
});
