// Each vendor's runtime definition (catalog + body reader), by vendor key.
import type { VendorDefinition } from '../../src/client.ts';
import { inboxDefinition } from '../../src/inbox.ts';
import { inboxV2Definition } from '../../src/inbox-v2.ts';
import { inboundDefinition } from '../../src/inbound.ts';
import { helpScoutDefinition } from '../../src/helpscout.ts';
import { linesDefinition } from '../../src/lines.ts';

export const definitions: Record<string, VendorDefinition> = {
  inbox: inboxDefinition,
  'inbox-v2': inboxV2Definition,
  inbound: inboundDefinition,
  helpscout: helpScoutDefinition,
  lines: linesDefinition,
};
