import { simulate } from '../../src/sim/index';
import { setSyncTraceBuilder } from '../../src/state/index';

// Tests build traces on the spot, as tools without a worker do; the app gets every trace from its worker.
setSyncTraceBuilder(simulate);
