// The local server the runtime smoke suite calls: answers `/<run>/<group>/<vendor><path>` from the
// scenario table of app/fixtures.ts, counting requests per run, and records what it received so
// the harness can check what each runtime sent.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SCENARIOS, WEBHOOK_DELIVERIES, WEBHOOK_SECRET, type Delivery, type Scenario, type SigningVendor } from './app/fixtures.ts';

export interface Seen {
  run: string;
  /** `<group> <vendor> GET <path>` */
  key: string;
  headers: IncomingHttpHeaders;
}

export interface SmokeServer {
  origin: string;
  seen: Seen[];
  close(): Promise<void>;
}

/**
 * Signs a delivery the way each vendor does, with Node's own HMAC (not the package's Web Crypto code
 * under test): Help Scout base64 HMAC-SHA1 of the body; Inbound (legacy webhooks) `sha256=` and hex
 * HMAC-SHA256 of the body; Messages.dev hex HMAC-SHA256 of `<timestamp ms>.<body>`; Inbox v2
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 */
export function signedDelivery(vendor: SigningVendor, now: number): Delivery {
  switch (vendor) {
    case 'helpscout': {
      const { body: payload, event } = WEBHOOK_DELIVERIES.helpscout;
      const body = JSON.stringify(payload);
      const signature = createHmac('sha1', WEBHOOK_SECRET).update(body).digest('base64');
      return { body, headers: { 'X-HelpScout-Signature': signature, 'X-HelpScout-Event': event } };
    }
    case 'inbound': {
      const { body: payload } = WEBHOOK_DELIVERIES.inbound;
      const body = JSON.stringify(payload);
      const signature = createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');
      return { body, headers: { 'X-Webhook-Signature': `sha256=${signature}`, 'X-Webhook-Timestamp': payload.timestamp } };
    }
    case 'inbox-v2': {
      const body = JSON.stringify(WEBHOOK_DELIVERIES['inbox-v2'].body);
      const t = Math.floor(now / 1000);
      const signature = createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${body}`).digest('hex');
      return { body, headers: { 'X-Inbox-Signature': `t=${t},v1=${signature}` } };
    }
    case 'lines': {
      const body = JSON.stringify({ ...WEBHOOK_DELIVERIES.lines.body, timestamp: now });
      const signature = createHmac('sha256', WEBHOOK_SECRET).update(`${now}.${body}`).digest('hex');
      return { body, headers: { 'X-Webhook-Signature': signature, 'X-Webhook-Timestamp': String(now) } };
    }
  }
}

const keyOf = (s: Pick<Scenario, 'group' | 'vendor' | 'method' | 'path'>) => `${s.group} ${s.vendor} ${s.method} ${s.path}`;
const table = new Map(SCENARIOS.map((s) => [keyOf(s), s]));

export async function startSmokeServer(): Promise<SmokeServer> {
  const seen: Seen[] = [];
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const match = /^\/([^/]+)\/([^/]+)\/([^/]+)(\/.*)$/.exec(req.url ?? '');
      const [, run = '', group = '', vendor = '', path = ''] = match ?? [];
      const key = `${group} ${vendor} ${req.method} ${path}`;
      seen.push({ run, key, headers: req.headers });
      if (group === 'webhooks' && path === '/delivery' && vendor in WEBHOOK_DELIVERIES) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(signedDelivery(vendor as SigningVendor, Date.now())));
        return;
      }
      const scenario = table.get(key);
      if (!scenario) {
        res.writeHead(599, { 'content-type': 'text/plain' });
        res.end(`smoke server: no scenario for ${key}`);
        return;
      }
      const n = counts.get(`${run} ${key}`) ?? 0;
      counts.set(`${run} ${key}`, n + 1);
      const reply = scenario.replies[Math.min(n, scenario.replies.length - 1)]!;
      const echo = `you sent: ${req.headers.authorization ?? ''}`;
      const body = reply.echoAuthorization ? { ...(reply.body as object), echo } : reply.body;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
