import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestions } from './questionSet';

describe('question sets: loading', () => {
  it('aQuestionWrittenAsABareNumber_isTheTextAsTyped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qset-'));
    try {
      const file = join(dir, 'set.yaml');
      writeFileSync(file, 'questions:\n  - q: 13.30\n    none: true\n  - q: 1400\n  - q: "wat is er om 14.00"\n    includes: [a]\n');
      expect(loadQuestions(file).map((x) => [x.q, x.none ?? null])).toEqual([['13.30', true], ['1400', null], ['wat is er om 14.00', null]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
