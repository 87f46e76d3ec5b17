// `npm run config:docs`: rewrites the README's configuration table and `.env.example` from the
// config schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEnvExample, withConfigTable } from './config-docs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = `${root}README.md`;
writeFileSync(readme, withConfigTable(readFileSync(readme, 'utf8')));
writeFileSync(`${root}.env.example`, renderEnvExample());
console.log('Wrote the configuration table in README.md and .env.example');
