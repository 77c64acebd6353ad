import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppPackage, fillManifest, isWhiteOnTransparent, MANIFEST_DIR, validateAppPackage, zipAppPackage } from '../../scripts/lib/appPackage';
import { decodePng, encodePng, readPngHeader } from '../../scripts/lib/png';
import { readZip } from '../../scripts/lib/zip';
import { colorIcon, outlineIcon } from '../../scripts/icons';

const BOT_ID = '7d3c1f0e-5a2b-4c6d-8e9f-0a1b2c3d4e5f';
const inputs = (over: Partial<{ botId: string; publicBaseUrl: string; appVersion: string }> = {}) => ({
  botId: BOT_ID,
  publicBaseUrl: 'https://g40-bot.example.nl',
  appVersion: '1.2.3',
  ...over,
});

describe('Teams app package', () => {
  it('manifest_filledFromConfig_passesBundledSchema', async () => {
    const pkg = buildAppPackage(inputs());

    const errors = await validateAppPackage(pkg);

    expect(errors).toEqual([]);
    expect(pkg.manifest.id).toBe(BOT_ID);
    expect(pkg.manifest.version).toBe('1.2.3');
    expect(pkg.manifest.validDomains).toEqual(['g40-bot.example.nl']);
    expect([...pkg.files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
  });

  it('manifest_bot_inAllThreeScopesWithDutchCommands', () => {
    const bot = (buildAppPackage(inputs()).manifest.bots as any[])[0];

    const titles = new Set(bot.commandLists.flatMap((l: any) => l.commands.map((c: any) => c.title)));

    expect(bot.botId).toBe(BOT_ID);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    // Organisers send programme workbooks to the bot in the 1:1 chat; without this Teams offers no file upload.
    expect(bot.supportsFiles).toBe(true);
    expect([...titles].sort()).toEqual(['aankondiging', 'aanmelden', 'agenda', 'help', 'koppel', 'mijn programma', 'programma']);
    expect(bot.commandLists.map((l: any) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
  });

  it('icons_haveTeamsSizes_andOutlineIsWhiteOnTransparent', () => {
    const color = readFileSync(join(MANIFEST_DIR, 'color.png'));
    const outline = readFileSync(join(MANIFEST_DIR, 'outline.png'));

    const visible = decodePng(outline).pixels.filter((_, i) => i % 4 === 3 && _ > 0).length;

    expect(readPngHeader(color)).toEqual({ width: 192, height: 192, bitDepth: 8, colourType: 6 });
    expect(readPngHeader(outline)).toEqual({ width: 32, height: 32, bitDepth: 8, colourType: 6 });
    expect(isWhiteOnTransparent(outline)).toBe(true);
    expect(visible).toBeGreaterThan(100);
  });

  it('icons_committed_areWhatTheGeneratorDraws', () => {
    const color = readFileSync(join(MANIFEST_DIR, 'color.png'));
    const outline = readFileSync(join(MANIFEST_DIR, 'outline.png'));

    expect(color.equals(encodePng(colorIcon()))).toBe(true);
    expect(outline.equals(encodePng(outlineIcon()))).toBe(true);
  });

  it('validation_missingIcon_fails', async () => {
    const pkg = buildAppPackage(inputs());
    pkg.files.delete('outline.png');

    const errors = await validateAppPackage(pkg);

    expect(errors).toEqual(['icoon outline: bestand outline.png ontbreekt in het pakket']);
  });

  it('validation_iconOfWrongSize_fails', async () => {
    const pkg = buildAppPackage(inputs());
    pkg.files.set('color.png', pkg.files.get('outline.png')!);

    const errors = await validateAppPackage(pkg);

    expect(errors).toEqual(['icoon color: color.png is 32×32, moet 192×192 zijn']);
  });

  it('validation_colouredOutline_fails', async () => {
    const pkg = buildAppPackage(inputs());
    pkg.files.set('outline.png', encodePng({ width: 32, height: 32, pixels: new Uint8Array(32 * 32 * 4).fill(200) }));

    const errors = await validateAppPackage(pkg);

    expect(errors).toEqual(['icoon outline: outline.png moet wit op transparant zijn']);
  });

  it('validation_botIdNotAGuid_failsSchema', async () => {
    const pkg = buildAppPackage(inputs({ botId: 'mijn-bot' }));

    const errors = await validateAppPackage(pkg);

    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith('schema: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('schema: /id must match pattern'))).toBe(true);
  });

  it('validation_brokenFields_failSchema', async () => {
    const pkg = buildAppPackage(inputs());
    (pkg.manifest.bots as any[])[0].scopes = ['personal', 'overal'];
    delete pkg.manifest.icons;

    const errors = await validateAppPackage(pkg);

    expect(errors.some((e) => e.includes("must have required property 'icons'"))).toBe(true);
    expect(errors.some((e) => e.startsWith('schema: /bots/0/scopes/1 must be equal to one of the allowed values'))).toBe(true);
  });

  it('fillManifest_unknownPlaceholder_throws', () => {
    const template = '{"id": "${{BOT_ID}}", "x": "${{NIET_BESTAAND}}"}';

    expect(() => fillManifest(template, inputs())).toThrow('onbekende plaatshouder ${{NIET_BESTAAND}} in manifest.json');
  });

  it('fillManifest_valuesAreJsonEscaped', () => {
    const manifest = fillManifest('{"version": "${{APP_VERSION}}"}', inputs({ appVersion: '1"2\\3' }));

    expect(manifest).toEqual({ version: '1"2\\3' });
  });

  it('zip_roundTripsEveryFile', () => {
    const pkg = buildAppPackage(inputs());

    const entries = readZip(zipAppPackage(pkg));

    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    for (const e of entries) expect(e.data.equals(pkg.files.get(e.name)!)).toBe(true);
    expect(JSON.parse(entries[0]!.data.toString('utf8'))).toEqual(pkg.manifest);
  });
});
