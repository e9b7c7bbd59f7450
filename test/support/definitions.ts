// Each vendor's runtime definition (catalog + body reader), by vendor key.
import type { VendorDefinition } from '../../src/client.ts';
import { inboxDefinition } from '../../src/inbox.ts';
import { inboundDefinition } from '../../src/inbound.ts';
import { helpScoutDefinition } from '../../src/helpscout.ts';
import { linesDefinition } from '../../src/lines.ts';

export const definitions: Record<string, VendorDefinition> = {
  inbox: inboxDefinition,
  inbound: inboundDefinition,
  helpscout: helpScoutDefinition,
  lines: linesDefinition,
};
