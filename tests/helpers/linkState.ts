import { DEFAULT_PARAMS } from '../../src/sim/index';
import { DEFAULT_MODES, type LinkState } from '../../src/url/fields';

/** A link's state with every field at its default (read-write, step 0, English, light), overridden by `over`. */
export function linkState(over: Partial<LinkState> = {}): LinkState {
  return {
    scenario: 'read-write',
    params: DEFAULT_PARAMS,
    program: null,
    step: 0,
    locale: 'en',
    theme: 'light',
    speed: 1,
    unit: 'event',
    pane: 'machine',
    ...DEFAULT_MODES,
    ...over,
  };
}
