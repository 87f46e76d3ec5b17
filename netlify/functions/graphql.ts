import type { Config } from '@netlify/functions';
import { deployedApp } from '../../lib/server/deployed-app.ts';

export default async (request: Request) => (await deployedApp())(request);

export const config: Config = { path: '/graphql' };
