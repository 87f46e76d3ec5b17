// What every service operation runs with: the request's transaction (RLS already set for the
// caller) and who the caller is. GraphQL, MCP tools and automation all build one.
import type { Tx } from './port.ts';

export interface ServiceContext {
  tx: Tx;
  userId: string;
}
