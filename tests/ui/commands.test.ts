import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/index';
import { createAppStore } from '../../src/state/index';
import { COMMANDS, findCommand, type KeyBinding } from '../../src/ui/commands';

const press = (key: string, shiftKey = false) =>
  findCommand({ key, shiftKey, ctrlKey: false, metaKey: false, altKey: false })?.id;

describe('command registry', () => {
  it('has a label in both locales for every command and state', () => {
    const store = createAppStore();
    const keys = new Set(COMMANDS.map((c) => c.label(store.getState())));
    store.getState().play();
    COMMANDS.forEach((c) => keys.add(c.label(store.getState())));
    for (const k of keys) {
      expect(CATALOGS.en[k], k).toBeTruthy();
      expect(CATALOGS['zh-CN'][k], k).toBeTruthy();
    }
  });

  it('maps each key to exactly one command', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const k of c.keys as readonly KeyBinding[]) {
        const id = `${k.key}/${k.shift ?? 'any'}`;
        expect(seen.get(id), id).toBeUndefined();
        seen.set(id, c.id);
      }
    }
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
    expect(
      findCommand({ key: 'ArrowRight', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false }),
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
