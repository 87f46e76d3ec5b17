// Who the connection is on Slack: its workspace and its bot. Normalizing needs both (handles are
// `slack:<team>:<user>`, and a message from our own bot is outbound), so auth.test is asked once
// per connection and credentials, then remembered for the life of the process.
import { callSlack, createSlackClient, type SlackEnv } from './client.ts';

export interface SlackIdentity {
  teamId: string;
  team: string;
  botUserId: string;
  botId?: string;
  botName: string;
}

const known = new Map<string, Promise<SlackIdentity>>();

/** auth.test, unmemoized: the check `test()` runs. */
export async function fetchSlackIdentity(env: SlackEnv): Promise<SlackIdentity> {
  const client = createSlackClient(env, 'patient');
  const result = await callSlack('auth.test', () => client.auth.test());
  if (!result.team_id || !result.user_id)
    throw new Error('Slack auth.test answered without a team or a user id');
  return {
    teamId: result.team_id,
    team: result.team ?? result.team_id,
    botUserId: result.user_id,
    botId: result.bot_id,
    botName: result.user ?? result.user_id,
  };
}

/** The connection's identity, asked of Slack the first time only (a failure is not remembered). */
export function slackIdentity(env: SlackEnv): Promise<SlackIdentity> {
  // Keyed by the token's tail too, so new credentials on the connection are asked again.
  const key = `${env.connectionId}:${env.credentials.botToken.slice(-4)}`;
  let identity = known.get(key);
  if (!identity) {
    identity = fetchSlackIdentity(env);
    known.set(key, identity);
    identity.catch(() => known.delete(key));
  }
  return identity;
}
