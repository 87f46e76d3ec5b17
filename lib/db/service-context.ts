// What every service operation runs with: the request's transaction (RLS already set for the
// caller) and who the caller is. GraphQL and automation build one (and MCP tools, with issue 15).
import type { Tx } from './port.ts';

export interface ServiceContext {
  tx: Tx;
  userId: string;
}
