// What the local server answers in the runtime smoke suite, and so what the suite expects: one
// table read by both sides (the Node server in test/runtimes/server.ts, and the suite in each
// runtime). Bodies are the vendors' documented shapes (each spec's own examples, trimmed).
// Plain data only: this file is bundled into a Cloudflare Worker.

/** The credential every client of the suite sends; no error may ever show it. */
export const SECRET = 'sk_live_smoke7f3a9c1e5b2d8f4a6c0e9b7d5f3a1c8e';

/** A group of scenarios: the clients of a group use `<origin>/<run>/<group>/<vendor>` as their base URL. */
export type Group = 'typed' | 'errors' | 'retry' | 'pages' | 'secrets' | 'webhooks';
export type Vendor = 'inbox' | 'inbox-v2' | 'inbound' | 'helpscout' | 'lines';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  /** the server puts the request's Authorization header into the body's `echo` (as a careless vendor might) */
  echoAuthorization?: true;
}

export interface Scenario {
  group: Group;
  vendor: Vendor;
  method: 'GET';
  /** path and query, after the base URL */
  path: string;
  /** the n-th request gets the n-th reply (the last one repeats) */
  replies: Reply[];
}

export const INBOX_TAG = { id: 'mom75wbbr4qmw2wxfogo4mvn', name: 'VIP', color: '#a855f7' };
export const INBOX_V2_TEAM = {
  id: 't4km8q2xv7n1p9hd3wzc6ryb',
  name: 'Acme',
  slug: 'acme',
  imageUrl: null,
  currency: 'USD',
  allowSupportAccess: false,
  createdAt: '2026-09-14T10:32:00.000Z',
};
export const INBOUND_DOMAINS = {
  data: [
    {
      id: 'indm_a9SkpXz9w3QlY7Zkuvqdt',
      domain: 'acme.io',
      status: 'verified',
      canReceiveEmails: true,
      createdAt: '2025-08-02T13:55:21.000Z',
    },
  ],
  pagination: { limit: 50, offset: 0, total: 1, hasMore: false },
};
export const HELPSCOUT_ME = { id: 4, firstName: 'Vernon', lastName: 'Bear', email: 'bear@acme.com', role: 'owner', type: 'user' };
export const LINES_LINES = {
  data: [
    { id: 'ln_yk3deg1dqcf54esf5dhrd3drcjw4khxn', handle: '+15551234567', label: 'Support line', service: 'imessage', is_active: true },
  ],
  has_more: false,
  next_cursor: null,
  request_id: 'req_2d8f0b4a6c13',
};

const chat = (id: string, name: string) => ({
  id,
  line_id: 'ln_yk3deg1dqcf54esf5dhrd3drcjw4khxn',
  identifier: '+15559876543',
  service: 'iMessage',
  name,
  is_group: false,
  participants: ['+15559876543'],
  has_received_inbound: true,
  last_message_at: 1778077870000,
});
/** The line whose chats the suite pages through (`GET /chats?from=`). */
export const LINE_HANDLE = '+15551234567';
const chats = `/chats?from=${encodeURIComponent(LINE_HANDLE)}`;

/** Three pages of Messages.dev chats, linked by `next_cursor`. */
export const CHAT_PAGES = [
  {
    data: [chat('cht_eyz097efv8edx6w20b70mh9dqwjs339f', 'one'), chat('cht_33g83dpeq6mhzdgakg1beq2kt018hh97', 'two')],
    has_more: true,
    next_cursor: 'cur_page2',
  },
  { data: [chat('cht_4m1xq8z0v2r6t9w3y5u7i1o3p5a7s9d1', 'three')], has_more: true, next_cursor: 'cur_page3' },
  { data: [chat('cht_8k2j4h6g8f0d2s4a6q8w0e2r4t6y8u0i', 'four')], has_more: false, next_cursor: null },
];

/** The requests for the three pages, in order. */
export const PAGE_PATHS = [chats, `${chats}&cursor=cur_page2`, `${chats}&cursor=cur_page3`];

/** A catalogued error per vendor: what the server sends, and the code and category the catalog gives it. */
export const CATALOGUED = [
  {
    vendor: 'inbox',
    path: '/threads/thread_invalid',
    code: 'THREAD_NOT_FOUND',
    category: 'not_found',
    status: 404,
    body: { error: { code: 'THREAD_NOT_FOUND', message: "Thread with ID 'thread_invalid' not found", status: 404 } },
  },
  {
    vendor: 'inbox-v2',
    path: '/threads/h2kx7m9q4vn1p8wz3dc6jt5r',
    code: 'threadNotFound',
    category: 'not_found',
    status: 404,
    body: { code: 'threadNotFound', message: 'The thread was not found.', details: null, requestId: 'rqmbfqcffcqtsnadmtbwttaq' },
  },
  {
    vendor: 'inbound',
    path: '/emails/email_missing',
    code: 'email_not_found',
    category: 'not_found',
    status: 404,
    body: { error: 'Email not found' },
  },
  {
    vendor: 'helpscout',
    path: '/v2/conversations/999',
    code: 'NotFound',
    category: 'not_found',
    status: 404,
    body: { logRef: '3e9f2a3b-5a3d-11f1-8c2e-0a58a9feac02', message: 'Resource not found' },
  },
  {
    vendor: 'lines',
    path: '/webhooks',
    code: 'insufficient_scope',
    category: 'permission',
    status: 403,
    body: {
      error: {
        type: 'authorization_error',
        code: 'insufficient_scope',
        message: "This API key is missing the 'webhooks:read' scope required by this endpoint.",
      },
      request_id: 'req_b41e0d9a6c27',
    },
  },
] as const satisfies readonly { vendor: Vendor; path: string; code: string; category: string; status: number; body: unknown }[];

/** Seconds the 429 asks the client to wait. */
export const RETRY_AFTER_SECONDS = 1;

/** A 401 per vendor whose body echoes the Authorization header it received. */
const UNAUTHORIZED: Record<Vendor, Reply> = {
  inbox: {
    status: 401,
    body: { error: { code: 'UNAUTHORIZED', message: 'Invalid or missing authentication token', status: 401 } },
    echoAuthorization: true,
  },
  'inbox-v2': {
    status: 401,
    body: { code: 'unauthorized', message: 'Invalid or missing API token.', details: null, requestId: 'rq9v2m5k1xn7p3wz8hd4jc6t' },
    echoAuthorization: true,
  },
  inbound: { status: 401, body: { error: 'Unauthorized' }, echoAuthorization: true },
  helpscout: {
    status: 401,
    body: { logRef: '2d8e192a-5a3d-11f1-8c2e-0a58a9feac02', message: 'Invalid or expired access token' },
    echoAuthorization: true,
  },
  lines: {
    status: 401,
    body: { error: { type: 'authentication_error', code: 'invalid_api_key', message: 'Invalid API key.' }, request_id: 'req_8a02f4c6d91b' },
    echoAuthorization: true,
  },
};

/** The call each vendor's typed-call and secrets checks make. */
export const TYPED_PATHS: Record<Vendor, string> = {
  inbox: `/tags/${INBOX_TAG.id}`,
  'inbox-v2': '/team',
  inbound: '/domains',
  helpscout: '/v2/users/me',
  lines: '/lines',
};

export const SCENARIOS: Scenario[] = [
  { group: 'typed', vendor: 'inbox', method: 'GET', path: TYPED_PATHS.inbox, replies: [{ status: 200, body: INBOX_TAG }] },
  { group: 'typed', vendor: 'inbox-v2', method: 'GET', path: TYPED_PATHS['inbox-v2'], replies: [{ status: 200, body: INBOX_V2_TEAM }] },
  { group: 'typed', vendor: 'inbound', method: 'GET', path: TYPED_PATHS.inbound, replies: [{ status: 200, body: INBOUND_DOMAINS }] },
  { group: 'typed', vendor: 'helpscout', method: 'GET', path: TYPED_PATHS.helpscout, replies: [{ status: 200, body: HELPSCOUT_ME }] },
  { group: 'typed', vendor: 'lines', method: 'GET', path: TYPED_PATHS.lines, replies: [{ status: 200, body: LINES_LINES }] },
  ...CATALOGUED.map((c): Scenario => ({
    group: 'errors',
    vendor: c.vendor,
    method: 'GET',
    path: c.path,
    replies: [{ status: c.status, body: c.body }],
  })),
  {
    group: 'retry',
    vendor: 'lines',
    method: 'GET',
    path: '/lines',
    replies: [
      {
        status: 429,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        body: {
          error: {
            type: 'rate_limit_error',
            code: 'rate_limit_exceeded',
            message: 'Hourly API rate limit exceeded. Retry after the Retry-After header value.',
          },
          request_id: 'req_6a0e4c8b2f91',
        },
      },
      { status: 200, body: LINES_LINES },
    ],
  },
  ...PAGE_PATHS.map((path, i): Scenario => ({
    group: 'pages',
    vendor: 'lines',
    method: 'GET',
    path,
    replies: [{ status: 200, body: CHAT_PAGES[i] }],
  })),
  ...(Object.keys(UNAUTHORIZED) as Vendor[]).map((vendor): Scenario => ({
    group: 'secrets',
    vendor,
    method: 'GET',
    path: TYPED_PATHS[vendor],
    replies: [UNAUTHORIZED[vendor]],
  })),
];

/** The signing secret of the webhook deliveries the server hands out. */
export const WEBHOOK_SECRET = 'whsec_smoke_2b7e151628aed2a6abf7158809cf4f3c';

/**
 * One delivery per signing vendor: `GET <origin>/<run>/webhooks/<vendor>/delivery` answers
 * `{ body, headers }`, the body below signed by the server (node:crypto, the vendor's scheme) with
 * WEBHOOK_SECRET; Messages.dev's and Inbox v2's are stamped with the time of the request. Inbox v1
 * documents no signature, so it has none.
 */
export const WEBHOOK_DELIVERIES = {
  'inbox-v2': {
    event: 'thread.archived',
    body: {
      id: 'vddvdadctadmedftamwvaqbv',
      seq: 48214,
      type: 'thread.archived',
      apiVersion: '2',
      createdAt: '2026-11-20T15:34:00.000Z',
      object: { type: 'thread', id: 'h2kx7m9q4vn1p8wz3dc6jt5r', url: '/threads/h2kx7m9q4vn1p8wz3dc6jt5r' },
      data: {},
    },
  },
  helpscout: {
    event: 'convo.created',
    body: { id: 2391938111, number: 349, subject: 'Need help with my order', status: 'active', mailboxId: 85, type: 'email' },
  },
  inbound: {
    event: 'email.received',
    body: {
      event: 'email.received',
      timestamp: '2025-09-15T06:00:00.000Z',
      email: {
        id: 'inbm_Q8xYt2rLs0WkVb3nP9cJd',
        messageId: '<CAF=42@mail.example.com>',
        from: 'Ada <ada@example.com>',
        subject: 'Order 1042',
        recipient: 'support@acme.io',
      },
    },
  },
  lines: {
    event: 'message.received',
    body: {
      event: 'message.received',
      data: {
        id: 'msg_88xfkgzt2v1c0b9n8m7l6k5j4h3g2f1d',
        chat_id: 'cht_eyz097efv8edx6w20b70mh9dqwjs339f',
        text: 'Thursday works for me',
        from: '+15559876543',
      },
      delivery_id: 'dlv_5t4r3e2w1q0p9o8i',
    },
  },
} as const;
export type SigningVendor = keyof typeof WEBHOOK_DELIVERIES;

/** A delivery as the server hands it to the suite. */
export interface Delivery {
  body: string;
  headers: Record<string, string>;
}
