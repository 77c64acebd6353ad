/**
 * The Teams app package: fills manifest/manifest.json from config (bot id, public
 * host, version), checks it against the schema that @microsoft/app-manifest ships
 * in node_modules (no network) plus what the schema cannot see (the icons exist,
 * have Teams' sizes, the outline is white on transparent), and zips it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { decodePng, readPngHeader } from './png';
import { writeZip } from './zip';

export const MANIFEST_DIR = join(__dirname, '..', '..', 'manifest');
const SCHEMA_DIR = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');

export interface PackageInputs {
  botId: string;
  /** Public https address of the bot; its host goes into validDomains. */
  publicBaseUrl: string;
  appVersion: string;
}

export interface AppPackage {
  manifest: Record<string, unknown>;
  /** File name in the zip → content; manifest.json included. */
  files: Map<string, Buffer>;
}

/** Substitutes ${{NAME}} placeholders; a placeholder left unfilled is an error, not a silent blank. */
export function fillManifest(template: string, inputs: PackageInputs): Record<string, unknown> {
  const values: Record<string, string> = {
    BOT_ID: inputs.botId,
    APP_VERSION: inputs.appVersion,
    PUBLIC_HOST: new URL(inputs.publicBaseUrl).hostname,
  };
  const filled = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`onbekende plaatshouder ${whole} in manifest.json`);
    // Values land inside JSON strings; escape them as JSON would.
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Reads the template and icons from `dir` and fills the manifest. */
export function buildAppPackage(inputs: PackageInputs, dir = MANIFEST_DIR): AppPackage {
  const manifest = fillManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'), inputs);
  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8')]]);
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  for (const name of Object.values(icons)) {
    if (typeof name !== 'string') continue;
    try {
      files.set(name, readFileSync(join(dir, name)));
    } catch {
      // Left out on purpose: validateAppPackage reports the missing icon by name.
    }
  }
  return { manifest, files };
}

/** The bundled JSON schema for the manifest's own manifestVersion. */
export function bundledSchema(manifestVersion: string): Record<string, unknown> {
  if (!/^\d+\.\d+$/.test(manifestVersion)) throw new Error(`manifestVersion "${manifestVersion}" is geen versienummer`);
  const path = join(SCHEMA_DIR, `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const ICON_SIZES: Record<string, number> = { color: 192, outline: 32 };

/** Every problem Teams would refuse the package for that we can check offline; [] when it is fine. */
export async function validateAppPackage(pkg: AppPackage): Promise<string[]> {
  const { manifest, files } = pkg;
  const errors: string[] = [];
  let schema: Record<string, unknown>;
  try {
    schema = bundledSchema(String(manifest.manifestVersion));
  } catch (err) {
    return [`schema: ${(err as Error).message}`];
  }
  // The library's validator, given the schema from disk, never fetches anything.
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
  errors.push(...schemaErrors.map((e) => `schema: ${e}`));

  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = icons[kind];
    if (typeof name !== 'string') continue; // the schema already names a missing field
    const png = files.get(name);
    if (!png) {
      errors.push(`icoon ${kind}: bestand ${name} ontbreekt in het pakket`);
      continue;
    }
    try {
      const header = readPngHeader(png);
      if (header.width !== size || header.height !== size) {
        errors.push(`icoon ${kind}: ${name} is ${header.width}×${header.height}, moet ${size}×${size} zijn`);
      }
      if (kind === 'outline' && !isWhiteOnTransparent(png)) {
        errors.push(`icoon outline: ${name} moet wit op transparant zijn`);
      }
    } catch (err) {
      errors.push(`icoon ${kind}: ${name}: ${(err as Error).message}`);
    }
  }
  return errors;
}

/** Teams' rule for the outline icon: every pixel is white (any alpha) or fully transparent. */
export function isWhiteOnTransparent(png: Buffer): boolean {
  const { pixels } = decodePng(png);
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3]!;
    const white = pixels[i] === 255 && pixels[i + 1] === 255 && pixels[i + 2] === 255;
    if (alpha !== 0 && !white) return false;
  }
  return true;
}

export function zipAppPackage(pkg: AppPackage): Buffer {
  return writeZip([...pkg.files].map(([name, data]) => ({ name, data })));
}
