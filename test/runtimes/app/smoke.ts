// The runtime smoke suite: the package used as a user would use it, through its public subpaths,
// against the local server of test/runtimes/server.ts. The same source runs on Node, Bun, Deno
// (cli.ts) and workerd (worker.ts); it returns a report instead of throwing, so that every runtime
// hands back the same JSON to the harness (test/runtimes.test.ts).
import { createInboxClient } from 'messaging-contracts/inbox';
import { createInboxV2Client } from 'messaging-contracts/inbox-v2';
import { createInboundClient } from 'messaging-contracts/inbound';
import { createHelpScoutClient } from 'messaging-contracts/helpscout';
import { createLinesClient, paginate } from 'messaging-contracts/lines';
import { ApiError, isApiError } from 'messaging-contracts/runtime';
import { verifyWebhook as verifyHelpScoutWebhook } from 'messaging-contracts/helpscout/webhooks';
import { verifyWebhook as verifyInboxV2Webhook } from 'messaging-contracts/inbox-v2/webhooks';
import { verifyWebhook as verifyInboundWebhook } from 'messaging-contracts/inbound/webhooks';
import { verifyWebhook as verifyLinesWebhook, isWebhookVerificationError } from 'messaging-contracts/lines/webhooks';
import {
  CATALOGUED,
  CHAT_PAGES,
  HELPSCOUT_ME,
  INBOUND_DOMAINS,
  INBOX_TAG,
  INBOX_V2_TEAM,
  LINE_HANDLE,
  LINES_LINES,
  RETRY_AFTER_SECONDS,
  SECRET,
  TYPED_PATHS,
  WEBHOOK_DELIVERIES,
  WEBHOOK_SECRET,
  type Delivery,
  type Group,
  type SigningVendor,
  type Vendor,
} from './fixtures.ts';
import type { CheckResult, SmokeReport } from './report.ts';

export type { CheckResult, SmokeReport } from './report.ts';

/** Which runtime this is, from its own globals (Bun and Deno also define `process.versions.node`). */
export function whoAmI(): SmokeReport['runtime'] {
  const g = globalThis as {
    Bun?: { version: string };
    Deno?: { version: { deno: string } };
    process?: { versions?: { node?: string } };
    navigator?: { userAgent?: string };
  };
  if (g.Bun) return { name: 'bun', version: g.Bun.version };
  if (g.Deno) return { name: 'deno', version: g.Deno.version.deno };
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return { name: 'workerd', version: 'Cloudflare-Workers' };
  if (g.process?.versions?.node) return { name: 'node', version: g.process.versions.node };
  return { name: 'unknown', version: g.navigator?.userAgent ?? '' };
}

/** Compiles only when `value` is typed (not `any`): the typed calls must stay typed. */
function typed<T>(value: T, ..._isAny: 0 extends 1 & T ? ['the client returned any'] : []): T {
  return value;
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

async function caught(call: () => Promise<unknown>): Promise<ApiError> {
  try {
    await call();
  } catch (error) {
    if (isApiError(error) && error instanceof ApiError) return error;
    throw new Error(`expected an ApiError, got ${String(error)}`);
  }
  throw new Error('expected an ApiError, but the call succeeded');
}

export async function smoke(origin: string, run: string): Promise<SmokeReport> {
  const base = (group: Group, vendor: Vendor) => `${origin}/${run}/${group}/${vendor}`;
  const noRetry = { retry: false } as const;
  const clients = (group: Group, extra: object = noRetry) => ({
    inbox: createInboxClient({ token: SECRET, baseUrl: base(group, 'inbox'), ...extra }),
    'inbox-v2': createInboxV2Client({ token: SECRET, baseUrl: base(group, 'inbox-v2'), ...extra }),
    inbound: createInboundClient({ apiKey: SECRET, baseUrl: base(group, 'inbound'), ...extra }),
    helpscout: createHelpScoutClient({ token: SECRET, baseUrl: base(group, 'helpscout'), ...extra }),
    lines: createLinesClient({ apiKey: SECRET, baseUrl: base(group, 'lines'), ...extra }),
  });

  /** A client of a vendor, untyped: for the checks that run the same call on every vendor. */
  type AnyClient = { unwrap(call: Promise<unknown>): Promise<unknown>; GET(path: string): Promise<unknown> };
  const anyClient = (group: Group, vendor: Vendor) => clients(group)[vendor] as unknown as AnyClient;

  const checks: [string, () => Promise<void>][] = [
    [
      'typed call: inbox GET /tags/{tagId}',
      async () => {
        const { inbox } = clients('typed');
        const tag = typed(await inbox.unwrap(inbox.GET('/tags/{tagId}', { params: { path: { tagId: INBOX_TAG.id } } })));
        const name: string = tag.name;
        expectEqual(name, INBOX_TAG.name, 'tag name');
        expectEqual(tag, INBOX_TAG, 'tag');
      },
    ],
    [
      'typed call: inbox-v2 GET /team',
      async () => {
        const { 'inbox-v2': inboxV2 } = clients('typed');
        const team = typed(await inboxV2.unwrap(inboxV2.GET('/team')));
        const slug: string = team.slug;
        expectEqual(slug, INBOX_V2_TEAM.slug, 'team slug');
        expectEqual(team, INBOX_V2_TEAM, 'team');
      },
    ],
    [
      'typed call: inbound GET /domains',
      async () => {
        const { inbound } = clients('typed');
        const { data, response } = await inbound.GET('/domains');
        expectEqual(response.status, 200, 'status');
        const domains = typed(data);
        expectEqual(
          domains?.data.map((d) => d.domain),
          INBOUND_DOMAINS.data.map((d) => d.domain),
          'domains',
        );
        expectEqual(domains, INBOUND_DOMAINS, 'body');
      },
    ],
    [
      'typed call: helpscout GET /v2/users/me',
      async () => {
        const { helpscout } = clients('typed');
        const me = typed(await helpscout.unwrap(helpscout.GET('/v2/users/me')));
        const email: string = me.email;
        expectEqual(email, HELPSCOUT_ME.email, 'email');
        expectEqual(me, HELPSCOUT_ME, 'user');
      },
    ],
    [
      'typed call: lines GET /lines',
      async () => {
        const { lines } = clients('typed');
        const page = typed(await lines.unwrap(lines.GET('/lines')));
        expectEqual(
          page.data.map((line) => line.handle),
          LINES_LINES.data.map((l) => l.handle),
          'handles',
        );
        expectEqual(page, LINES_LINES, 'body');
      },
    ],
    ...CATALOGUED.map((c): [string, () => Promise<void>] => [
      `catalogued error: ${c.vendor} ${c.code}`,
      async () => {
        const client = anyClient('errors', c.vendor);
        const error = await caught(() => client.unwrap(client.GET(c.path)));
        const { vendor, status, code, category } = error;
        expectEqual(
          { vendor, status, code, category },
          { vendor: c.vendor, status: c.status, code: c.code, category: c.category },
          'error',
        );
      },
    ]),
    [
      '429 with Retry-After retried to success',
      async () => {
        const { lines } = clients('retry', { retry: { maxAttempts: 3, baseDelayMs: 1 } });
        const started = Date.now();
        const page = await lines.unwrap(lines.GET('/lines'));
        const waited = Date.now() - started;
        expectEqual(page, LINES_LINES, 'body after the retry');
        // The wait is the server's Retry-After, not the 1 ms backoff (a little slack for coarse clocks).
        const said = RETRY_AFTER_SECONDS * 1000;
        expectTrue(waited >= said - 50, `waited ${waited} ms, Retry-After said ${said} ms`);
      },
    ],
    [
      'three pages through paginate',
      async () => {
        const { lines } = clients('pages');
        const ids: string[] = [];
        const chats = paginate(lines.GET, '/chats', { params: { query: { from: LINE_HANDLE } } });
        for await (const chat of chats) ids.push(typed(chat).id);
        expectEqual(
          ids,
          CHAT_PAGES.flatMap((p) => p.data.map((c) => c.id)),
          'chat ids across pages',
        );
      },
    ],
    ...(Object.keys(TYPED_PATHS) as Vendor[]).map((vendor): [string, () => Promise<void>] => [
      `secret kept out: ${vendor}`,
      async () => {
        const client = anyClient('secrets', vendor);
        const error = await caught(() => client.unwrap(client.GET(TYPED_PATHS[vendor])));
        expectEqual([error.status, error.category], [401, 'authentication'], 'status and category');
        const forms = {
          json: JSON.stringify(error),
          string: String(error),
          message: error.message,
          stack: String(error.stack),
          request: JSON.stringify(error.request),
          body: JSON.stringify(error.body),
        };
        // The server echoed the Authorization header into the body: the error still holds the field, not the secret.
        expectTrue(forms.body.includes('"echo"'), `the echoed header is missing from the body: ${forms.body}`);
        for (const [form, text] of Object.entries(forms)) expectTrue(!text.includes(SECRET), `the secret appears in the error's ${form}`);
      },
    ]),
  ];

  /** Verifies a delivery and returns its event's name (Inbox v2 names it `type`, the others `event`). */
  type Verifier = (body: string, headers: Record<string, string>) => Promise<string>;
  const verifiers: Record<SigningVendor, Verifier> = {
    'inbox-v2': async (body, headers) => (await verifyInboxV2Webhook(body, headers, WEBHOOK_SECRET)).event.type,
    helpscout: async (body, headers) => (await verifyHelpScoutWebhook(body, headers, WEBHOOK_SECRET)).event.event,
    inbound: async (body, headers) => (await verifyInboundWebhook(body, headers, WEBHOOK_SECRET, { scheme: 'signature' })).event.event,
    lines: async (body, headers) => (await verifyLinesWebhook(body, headers, WEBHOOK_SECRET)).event.event,
  };
  for (const vendor of Object.keys(WEBHOOK_DELIVERIES) as SigningVendor[]) {
    checks.push([
      `webhook verified: ${vendor} ${WEBHOOK_DELIVERIES[vendor].event}`,
      async () => {
        const response = await fetch(`${base('webhooks', vendor)}/delivery`);
        const delivery = (await response.json()) as Delivery;
        expectEqual(await verifiers[vendor](delivery.body, delivery.headers), WEBHOOK_DELIVERIES[vendor].event, 'event');
        // The same delivery with one byte of its body changed is refused.
        const tampered = delivery.body.replace('"', "'");
        try {
          await verifiers[vendor](tampered, delivery.headers);
        } catch (error) {
          if (isWebhookVerificationError(error) && error.reason === 'bad_signature') return;
          throw new Error(`a tampered body: expected bad_signature, got ${String(error)}`);
        }
        throw new Error('a tampered body was accepted');
      },
    ]);
  }

  const results: CheckResult[] = [];
  for (const [name, check] of checks) {
    try {
      await check();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return { runtime: whoAmI(), checks: results };
}
