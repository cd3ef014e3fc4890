// Shared by the compare tests: the two seed reports (A = 000, B = 002, which quotes A).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Bundled tests run from out/test/unit; the seeds live at the repository root.
const seedDir = join(__dirname, '..', '..', '..', 'seeds');
export const seedA = readFileSync(join(seedDir, '000_deca428bdd7aab90.txt'), 'utf8');
export const seedB = readFileSync(join(seedDir, '002_743d57c06baac69f.txt'), 'utf8');
