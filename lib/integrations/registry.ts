// The connector of each channel. Adapters live in lib/integrations/<kind>/; the generic parts
// (webhooks, pulls, ingestion, replies) find them here by a connection's kind.
import type { Channel } from '../conversations/message.ts';
import type { Connector } from './connector.ts';

const connectors = new Map<Channel, Connector>();

export function registerConnector<C, S>(connector: Connector<C, S>): void {
  connectors.set(connector.kind, connector as unknown as Connector);
}

export function connectorFor(kind: Channel): Connector {
  const connector = connectors.get(kind);
  if (!connector) throw new Error(`No connector is registered for ${kind}`);
  return connector;
}
