// Docker is not available where these tests run, so they check what can be checked without it:
// the compose file and the Dockerfile name only variables the config schema knows, run the
// entry points that exist, and the runtime image holds every file and package the server loads.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configVariables } from '../lib/config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const known = new Set(configVariables().map((v) => v.name));

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};

/** Dockerfile instructions by stage, with continuation lines joined. */
function dockerStages(): { name: string; lines: string[] }[] {
  const joined = read('Dockerfile')
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: { name: string; lines: string[] }[] = [];
  for (const line of joined) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ name: from[1] ?? `stage${stages.length}`, lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}
const runtime = dockerStages().at(-1)!;
const instruction = (word: string) => runtime.lines.filter((l) => l.startsWith(`${word} `));

describe('docker-compose.yml', () => {
  it('runs Postgres 15 with a health check, the app and a worker', () => {
    const { postgres, app, worker } = compose.services;
    expect(postgres?.image).toBe('postgres:15');
    expect(postgres?.healthcheck?.test?.join(' ')).toContain('pg_isready');
    expect(app?.build).toBeDefined();
    expect(app?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(worker?.command).toEqual(['node', '--import', 'tsx', 'lib/server/worker.ts']);
    expect(existsSync(join(root, 'lib/server/worker.ts'))).toBe(true);
    expect(Object.keys(compose.volumes)).toEqual(
      expect.arrayContaining(['postgres-data', 'waymark-data']),
    );
  });

  it('points the app and the worker at the Postgres service', () => {
    for (const name of ['app', 'worker']) {
      const url = compose.services[name]!.environment!.DATABASE_URL!;
      expect(new URL(url.replaceAll(/\$\{[^}]+\}/g, 'x')).host, name).toBe('postgres:5432');
    }
  });

  it('sets only variables the config schema knows', () => {
    for (const name of ['app', 'worker']) {
      for (const variable of Object.keys(compose.services[name]!.environment ?? {})) {
        expect(known, `${name}: ${variable}`).toContain(variable);
      }
    }
  });
});

describe('the Dockerfile', () => {
  it('builds in stages and runs the server as node, checking /healthz', () => {
    expect(dockerStages().length).toBeGreaterThanOrEqual(3);
    expect(instruction('USER')).toEqual(['USER node']);
    expect(instruction('HEALTHCHECK').join(' ')).toContain('/healthz');
    expect(instruction('CMD')).toEqual(['CMD ["node", "--import", "tsx", "lib/server/main.ts"]']);
  });

  it('builds the SPA from the whole context, since the SPA imports from lib/', () => {
    const web = dockerStages().find((stage) => stage.name === 'web')!;
    expect(web.lines).toContain('COPY . .');
    expect(web.lines).toContain('RUN npm run build:web');
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', '.waymark', '.env', 'frontend/dist']) {
      expect(ignored).toContain(entry);
    }
  });

  it('sets only variables the config schema knows', () => {
    const names = instruction('ENV').flatMap((line) =>
      [...line.matchAll(/([A-Z_][A-Z0-9_]*)=/g)].map((m) => m[1]!),
    );
    expect(names).toEqual(['NODE_ENV', 'PORT', 'WAYMARK_DATA_DIR']);
    for (const name of names) expect(known).toContain(name);
  });

  it('copies into the runtime image every file the server and the worker load', () => {
    const copied = instruction('COPY')
      .filter((line) => !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    for (const source of copied) expect(existsSync(join(root, source)), source).toBe(true);
    const { files, packages } = importGraph(['lib/server/main.ts', 'lib/server/worker.ts']);
    for (const file of files) {
      expect(
        copied.some((source) => file === source || file.startsWith(`${source}/`)),
        file,
      ).toBe(true);
    }
    // Production dependencies only (npm ci --omit=dev). Vite is loaded only to build a stale
    // SPA, and the image's SPA is built and has no sources to be stale against.
    const { dependencies } = JSON.parse(read('package.json')) as {
      dependencies: Record<string, string>;
    };
    for (const pkg of packages) {
      if (pkg === 'vite') continue;
      expect(dependencies, `${pkg} must be a dependency`).toHaveProperty([pkg]);
    }
    expect(dependencies).toHaveProperty(['tsx']);
  });
});

/** Every repository file and package reachable by static or dynamic imports from the entries. */
function importGraph(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = read(file);
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm),
      ...source.matchAll(/^\s*import\s+'([^']+)'/gm),
      ...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((match) => match[1]!);
    for (const specifier of specifiers) {
      if (specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) {
        pending.push(relative(root, resolve(dirname(join(root, file)), specifier)));
      } else {
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  }
  return { files, packages };
}
