import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/index';
import { createAppStore, selectTrace } from '../../src/state/index';
import { COMMANDS, findCommand, runCommand, type Command } from '../../src/ui/commands';

const keyOf = (key: string, shiftKey = false) => ({
  key,
  shiftKey,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});
const press = (key: string, shiftKey = false, state = createAppStore().getState()) =>
  findCommand(keyOf(key, shiftKey), state)?.id;

/** The workspace, presenter mode, and presenter mode with chapters: the states keys can mean different things in. */
function keyStates() {
  const store = createAppStore();
  const states = [store.getState()];
  store.getState().enterPresenter();
  states.push(store.getState());
  store.getState().seek(3);
  store.getState().addChapter('Copy');
  states.push(store.getState());
  return states;
}

describe('command registry', () => {
  it('has a label in both locales for every command and state', () => {
    const store = createAppStore();
    const keys = new Set(COMMANDS.map((c) => c.label(store.getState())));
    store.getState().play();
    COMMANDS.forEach((c) => keys.add(c.label(store.getState())));
    store.getState().enterPresenter();
    store.getState().toggleBlank();
    COMMANDS.forEach((c) => keys.add(c.label(store.getState())));
    for (const k of keys) {
      expect(CATALOGS.en[k], k).toBeTruthy();
      expect(CATALOGS['zh-CN'][k], k).toBeTruthy();
    }
  });

  it('maps each key to one command in each state; only a mode’s own command shadows another', () => {
    for (const state of keyStates()) {
      const seen = new Map<string, Command>();
      for (const c of COMMANDS as readonly Command[]) {
        if (!(c.active?.(state) ?? true)) continue;
        for (const k of c.keys) {
          const id = `${k.key}/${k.shift ?? 'any'}`;
          const earlier = seen.get(id);
          // PgDn is "next chapter" in presenter mode with chapters, listed first: a deliberate override.
          if (earlier) expect(earlier.active, `${id}: ${earlier.id} and ${c.id}`).toBeDefined();
          else seen.set(id, c);
        }
      }
    }
  });

  it('in presenter mode + / − zoom and, with chapters, PgDn / PgUp jump between them', () => {
    const [workspace, presenting, withChapters] = keyStates();
    expect(press('+', true, workspace)).toBe('faster');
    expect(press('+', true, presenting)).toBe('zoomIn');
    expect(press('-', false, presenting)).toBe('zoomOut');
    expect(press('PageDown', false, presenting)).toBe('stepForward');
    expect(press('PageDown', false, withChapters)).toBe('nextChapter');
    expect(press('PageUp', false, withChapters)).toBe('prevChapter');
    expect(press('ArrowRight', false, withChapters)).toBe('stepForward');
  });

  it('binds the keys of DESIGN §8, presenter clickers included', () => {
    expect(press(' ')).toBe('togglePlay');
    expect(press('ArrowRight')).toBe('stepForward');
    expect(press('ArrowLeft')).toBe('stepBack');
    expect(press('ArrowRight', true)).toBe('nextSyscall');
    expect(press('ArrowLeft', true)).toBe('prevSyscall');
    expect(press('PageDown')).toBe('stepForward');
    expect(press('PageUp')).toBe('stepBack');
    expect(press('Home')).toBe('restart');
    expect(press('End')).toBe('end');
    expect(press('+', true)).toBe('faster');
    expect(press('-')).toBe('slower');
    expect(press('b')).toBe('toggleBlank');
    expect(press('B', true)).toBe('toggleBlank');
    expect(press('.')).toBe('toggleBlank');
    expect(press('Escape')).toBe('leavePresenter');
    expect(
      findCommand(
        { key: 'ArrowRight', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false },
        createAppStore().getState(),
      ),
    ).toBe(undefined);
  });

  it('enables stepping back only after the start and forward only before the end', () => {
    const store = createAppStore();
    const byId = (id: string) => COMMANDS.find((c) => c.id === id)!;
    const trace = { length: 20 } as never;
    expect(byId('stepBack').enabled(store.getState(), trace)).toBe(false);
    expect(byId('stepForward').enabled(store.getState(), trace)).toBe(true);
  });
});

describe('presenter and range commands', () => {
  const byId = (id: string) => COMMANDS.find((c) => c.id === id)!;

  it('B and Esc work only in presenter mode', () => {
    const store = createAppStore();
    const trace = selectTrace(store.getState());
    expect(runCommand(byId('toggleBlank'), store)).toBe(false);
    expect(runCommand(byId('leavePresenter'), store)).toBe(false);
    store.getState().enterPresenter();
    expect(byId('toggleBlank').enabled(store.getState(), trace)).toBe(true);
    runCommand(byId('toggleBlank'), store);
    expect(store.getState().blank).toBe(true);
    runCommand(byId('leavePresenter'), store);
    expect(store.getState()).toMatchObject({ present: false, blank: false });
  });

  it('while the screen is blanked, only B / . and Esc run: PgDn, play and the rest do nothing', () => {
    const store = createAppStore({ scenario: 'read-write', step: 5 });
    store.getState().enterPresenter();
    runCommand(byId('toggleBlank'), store);
    expect(store.getState().blank).toBe(true);
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', ' ', '+', '-']) {
      const command = findCommand(keyOf(key), store.getState())!;
      expect(runCommand(command, store), key).toBe(false);
    }
    expect(store.getState()).toMatchObject({ step: 5, playing: false, speed: 1, blank: true });
    // The buttons stay enabled (a focused one keeps its focus); only running is refused.
    expect(byId('stepForward').enabled(store.getState(), selectTrace(store.getState()))).toBe(true);
    expect(runCommand(byId('toggleBlank'), store)).toBe(true);
    expect(store.getState().blank).toBe(false);
    expect(runCommand(byId('stepForward'), store)).toBe(true);
    expect(store.getState().step).toBe(6);
    runCommand(byId('toggleBlank'), store);
    expect(runCommand(byId('leavePresenter'), store)).toBe(true);
    expect(store.getState()).toMatchObject({ present: false, blank: false });
  });

  it('stepping and play are enabled by the playback range, not the whole trace', () => {
    const store = createAppStore({ scenario: 'read-write', from: 4, to: 6, step: 4 });
    const trace = selectTrace(store.getState());
    expect(byId('stepBack').enabled(store.getState(), trace)).toBe(false);
    expect(byId('restart').enabled(store.getState(), trace)).toBe(false);
    store.getState().seek(6);
    expect(byId('stepForward').enabled(store.getState(), trace)).toBe(false);
    expect(byId('end').enabled(store.getState(), trace)).toBe(false);
    expect(byId('stepBack').enabled(store.getState(), trace)).toBe(true);
    const single = createAppStore({ scenario: 'read-write', from: 5, to: 5, step: 5 });
    expect(byId('togglePlay').enabled(single.getState(), trace)).toBe(false);
  });
});
