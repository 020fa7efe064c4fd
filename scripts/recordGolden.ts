/**
 * Records tests/sim/golden/traces.json: the digest of every canonical scenario's trace over a spread of
 * parameters. Run it only to accept a deliberate change of the model; the golden test compares against it.
 */
import { writeFileSync } from 'node:fs';
import { simulate } from '../src/sim/index';
import { caseKey, digestTrace, goldenCases } from '../tests/sim/golden/digest';

const out: Record<string, unknown> = {};
for (const c of goldenCases()) out[caseKey(c)] = digestTrace(simulate(c.scenario, c.params));
writeFileSync('tests/sim/golden/traces.json', JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`${Object.keys(out).length} cases\n`);
