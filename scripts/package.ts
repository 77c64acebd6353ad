/**
 * `npm run package [-- --out pad.zip]`: builds the Teams app package (manifest.json
 * + icons) with the bot id and public host from config, validates it offline, and
 * writes the zip (default dist/g40-netwerkdag-teams-<versie>.zip).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfigOrExit } from '../src/config';
import { buildAppPackage, validateAppPackage, zipAppPackage } from './lib/appPackage';

async function main(): Promise<number> {
  const config = loadConfigOrExit();
  if (!config.BOT_ID) {
    console.error('BOT_ID ontbreekt: zet de Microsoft App ID van de Azure Bot-registratie in BOT_ID (zie README, "In Teams zetten").');
    return 2;
  }
  const base = new URL(config.PUBLIC_BASE_URL);
  if (base.protocol !== 'https:' || ['localhost', '127.0.0.1'].includes(base.hostname)) {
    console.error(`PUBLIC_BASE_URL moet het publieke https-adres van de bot zijn (nu ${config.PUBLIC_BASE_URL}); Teams en Outlook kunnen localhost niet bereiken.`);
    return 2;
  }
  const appVersion = (require('../package.json') as { version: string }).version;
  const pkg = buildAppPackage({ botId: config.BOT_ID, publicBaseUrl: config.PUBLIC_BASE_URL, appVersion });
  const errors = await validateAppPackage(pkg);
  if (errors.length > 0) {
    console.error(`Het app-pakket is ongeldig:\n- ${errors.join('\n- ')}`);
    return 1;
  }
  const outFlag = process.argv.indexOf('--out');
  const out = resolve(outFlag >= 0 && process.argv[outFlag + 1] ? process.argv[outFlag + 1]! : join('dist', `g40-netwerkdag-teams-${appVersion}.zip`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zipAppPackage(pkg));
  console.log(`App-pakket geschreven: ${out}`);
  console.log(`  bot ${config.BOT_ID}, domein ${base.hostname}, versie ${appVersion}, bestanden: ${[...pkg.files.keys()].join(', ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
