// Validates seeds/ without touching a database: `npm run seeds:check [dir]`.
import { loadSeedSet, SeedError } from '../src/programme/seedFiles';

const dir = process.argv[2] ?? 'seeds';
try {
  const set = loadSeedSet(dir);
  console.log(`${set.organisers.length} organisatoren`);
  for (const e of set.events) {
    const s = e.seed;
    console.log(`${e.file}: ${s.days.length} dag(en), ${s.rounds.length} rondes, ${s.sessions.length} onderdelen, ` +
      `${new Set(s.sessions.flatMap((x) => x.people.map((p) => p.name))).size} personen`);
  }
} catch (err) {
  if (err instanceof SeedError) {
    console.error(`Seed ongeldig: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
