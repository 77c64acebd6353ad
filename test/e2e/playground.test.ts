import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPlayground } from '../../scripts/playground.mjs';

const dir = mkdtempSync(join(tmpdir(), 'g40-playground-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run playground (startPlayground)', () => {
  it('startPlayground_shippedConfig_servesTheEmulatorPage', async () => {
    const playground = await startPlayground({ botEndpoint: 'http://127.0.0.1:9/api/messages', port: 0, openBrowser: false, output: () => {} });

    try {
      const page = await fetch(playground.url);

      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Microsoft 365 Agents Playground</title>');
    } finally {
      playground.child.kill('SIGTERM');
      rmSync(playground.workDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('startPlayground_invalidConfig_rejectsWithTheEmulatorsReason', async () => {
    const configPath = join(dir, 'kapot.yml');
    writeFileSync(configPath, 'version: "0.1.1"\n');

    const start = startPlayground({ botEndpoint: 'http://127.0.0.1:9/api/messages', port: 0, configPath, openBrowser: false, output: () => {} });

    await expect(start).rejects.toThrow(/de emulator stopte \(code 1\):\nerror Failed to start Microsoft 365 Agents Playground\.[\s\S]*must have required property 'tenantId'/);
  }, 30_000);
});
