// Entry point of the smoke suite on workerd: a Worker module whose fetch handler runs the suite
// against `?origin=…&run=…` (the harness's server on 127.0.0.1) and answers with the report.
import { smoke } from './smoke.ts';

export default {
  async fetch(request: Request): Promise<Response> {
    const params = new URL(request.url).searchParams;
    const origin = params.get('origin');
    const run = params.get('run');
    if (!origin || !run) return new Response('usage: ?origin=<url>&run=<name>', { status: 400 });
    return Response.json(await smoke(origin, run));
  },
};
