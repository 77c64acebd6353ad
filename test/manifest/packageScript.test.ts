import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip } from '../../scripts/lib/zip';

const dir = mkdtempSync(join(tmpdir(), 'g40-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runPackage(env: Record<string, string>, args: string[] = []) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BOT_|PUBLIC_BASE_URL)/.test(k)));
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/package.ts', ...args], {
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run package', () => {
  it('package_withBotIdAndHttpsUrl_writesValidZip', () => {
    const out = join(dir, 'app.zip');

    const run = runPackage(
      {
        BOT_ID: '7d3c1f0e-5a2b-4c6d-8e9f-0a1b2c3d4e5f',
        BOT_PASSWORD: 'geheim',
        BOT_TENANT_ID: '11111111-2222-3333-4444-555555555555',
        PUBLIC_BASE_URL: 'https://g40-bot.example.nl',
      },
      ['--out', out],
    );

    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`App-pakket geschreven: ${out}`);
    const manifest = JSON.parse(readZip(readFileSync(out)).find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    expect(manifest.bots[0].botId).toBe('7d3c1f0e-5a2b-4c6d-8e9f-0a1b2c3d4e5f');
    expect(manifest.validDomains).toEqual(['g40-bot.example.nl']);
  });

  it('package_withoutBotId_refusesWithReason', () => {
    const run = runPackage({ PUBLIC_BASE_URL: 'https://g40-bot.example.nl' });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('BOT_ID ontbreekt');
  });

  it('package_withLocalhostUrl_refusesWithReason', () => {
    const run = runPackage({ BOT_ID: '7d3c1f0e-5a2b-4c6d-8e9f-0a1b2c3d4e5f', BOT_TYPE: 'UserAssignedMSI' });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PUBLIC_BASE_URL moet het publieke https-adres van de bot zijn (nu http://localhost:3978)');
  });
});
