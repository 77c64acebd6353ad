// The programme workbook from the command line, for whoever runs the server (until the Teams steps exist):
//   npm run programme -- template <uit.xlsx>            an empty programme with one example row
//   npm run programme -- export <slug> <uit.xlsx>       the stored programme of a netwerkdag
//   npm run programme -- preview <werkboek.xlsx>        what publishing would change (changes nothing)
//   npm run programme -- publish <werkboek.xlsx>        publish it, as an admin (notices go out via the running bot's outbox)
// DATABASE_PATH and SEEDS_DIR from the environment, as for the bot.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { systemClock } from '../src/clock';
import { ConfigError, loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { previewPublish, publish } from '../src/programme/publish';
import { loadSeedSet } from '../src/programme/seedFiles';
import { ProgrammeStore } from '../src/programme/store';
import { emptyWorkbook, programmeToWorkbook, workbookToSeed } from '../src/programme/workbook';
import { Roles } from '../src/roles/roles';
import { publishTexts as p } from '../src/texts/programme';

const USAGE = 'Gebruik: npm run programme -- template <uit.xlsx> | export <slug> <uit.xlsx> | preview <werkboek.xlsx> | publish <werkboek.xlsx>';

async function main(): Promise<number> {
  const [command, a, b] = process.argv.slice(2);
  const config = loadConfig();
  const organisers = loadSeedSet(config.SEEDS_DIR).organisers;
  if (command === 'template' && a) {
    writeFileSync(a, await emptyWorkbook({ organisers }));
    console.log(`Geschreven: ${a}`);
    return 0;
  }
  if (!existsSync(config.DATABASE_PATH)) throw new Error(`Database niet gevonden: ${config.DATABASE_PATH} (start de bot eerst één keer)`);
  const db = openDatabase(config.DATABASE_PATH);
  try {
    if (command === 'export' && a && b) {
      const seed = new ProgrammeStore(db).eventSeed(a);
      if (!seed) throw new Error(`Geen netwerkdag met code ${a}`);
      writeFileSync(b, await programmeToWorkbook(seed, { organisers }));
      console.log(`Geschreven: ${b}`);
      return 0;
    }
    if ((command === 'preview' || command === 'publish') && a) {
      const read = await workbookToSeed(readFileSync(a), { organisers });
      if (!read.ok) {
        console.error([p.workbookErrors, ...read.errors.map((e) => `- ${e.text}`)].join('\n'));
        return 1;
      }
      const preview = previewPublish(db, read.seed);
      console.log(p.previewTitle(preview.title));
      if (preview.unchanged) console.log(p.previewUnchanged);
      if (preview.isNew) console.log(p.previewNew(preview.added.length));
      for (const c of preview.eventChanges) console.log(`  ${p.change(c.field, c.before, c.after)}`);
      for (const s of preview.added) console.log(`${p.added}: ${s.title} (${s.code})`);
      for (const s of preview.changed) {
        console.log(`${p.changed}: ${s.title} (${s.code}) – ${p.affected(s.confirmed, s.waiting)}`);
        for (const c of s.changes) console.log(`  ${p.change(c.field, c.before, c.after)}`);
      }
      for (const s of preview.removed) console.log(`${p.removed}: ${s.title} (${s.code}) – ${p.affected(s.confirmed, s.waiting)}`);
      if (command === 'preview') return 0;
      // The person at the server is the office: an admin for this one publication.
      const actor = { userId: 'command-line' };
      const out = publish(db, read.seed, systemClock, { actor, roles: new Roles(db, [actor.userId], () => new Date().toISOString()), token: preview.token, source: basename(a) });
      if (out.kind === 'published') console.log(p.published(preview.title, out.notices, out.report.promoted.reduce((n, x) => n + x.userIds.length, 0)));
      else if (out.kind === 'alreadyPublished') console.log(p.alreadyPublished);
      else if (out.kind === 'stale') console.log(p.stale);
      else if (out.kind === 'invalid') console.log(p.invalid(out.message));
      else console.log(p.forbiddenNetwerkdag);
      return out.kind === 'published' || out.kind === 'alreadyPublished' ? 0 : 1;
    }
  } finally {
    db.close();
  }
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError ? err.message : `Mislukt: ${(err as Error).message}`);
    process.exit(1);
  },
);
