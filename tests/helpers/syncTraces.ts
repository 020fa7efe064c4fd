import { loadNarration } from '../../src/i18n/index';
import { simulate } from '../../src/sim/index';
import { setSyncTraceBuilder } from '../../src/state/index';

// Tests build traces on the spot, as tools without a worker do; the app gets every trace from its worker.
setSyncTraceBuilder(simulate);
// The narration loads on demand in the app (loadNarration); tests that narrate need it.
await loadNarration();
