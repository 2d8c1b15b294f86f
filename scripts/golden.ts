/**
 * `npm run golden`: (re)write the golden trajectories of src/model/__fixtures__/ from the
 * model as it is now. The only writer of those files: run it after a deliberate change to the
 * model, then review the fixture diff like any other change. The unit test never writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { GOLDEN_SCENARIOS, goldenOf } from '../src/model/testing/golden.ts';

const dir = join(import.meta.dirname, '..', 'src', 'model', '__fixtures__');
mkdirSync(dir, { recursive: true });
for (const [name, query] of Object.entries(GOLDEN_SCENARIOS)) {
  const file = join(dir, `${name}.json`);
  const options = (await resolveConfig(file)) ?? {};
  const text = await format(JSON.stringify(goldenOf(query)), { ...options, filepath: file });
  writeFileSync(file, text);
  console.log(`wrote src/model/__fixtures__/${name}.json`);
}
