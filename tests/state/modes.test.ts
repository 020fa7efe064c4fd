import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/index';

describe('presenter mode: every way out restores what presenting changed', () => {
  it('the Present button saves the theme; leaving brings it back and the scale to 1', () => {
    const store = createAppStore({ scenario: 'splice', theme: 'dark' });
    store.getState().enterPresenter();
    expect(store.getState()).toMatchObject({ present: true, theme: 'projector', themeBeforePresent: 'dark' });
    store.setState({ scale: 2 });
    store.getState().toggleBlank();
    store.getState().leavePresenter();
    expect(store.getState()).toMatchObject({
      present: false,
      blank: false,
      theme: 'dark',
      themeBeforePresent: null,
      scale: 1,
    });
  });

  it('a present=1 link (no earlier theme): its default projector theme gives way to light, scale to 1', () => {
    const store = createAppStore({ scenario: 'cow-fork', present: true, theme: 'projector', scale: 3 });
    expect(store.getState().themeBeforePresent).toBe(null);
    store.getState().leavePresenter();
    expect(store.getState()).toMatchObject({ present: false, theme: 'light', scale: 1 });
  });

  it('a theme the link chose other than projector stays after leaving', () => {
    const store = createAppStore({ scenario: 'cow-fork', present: true, theme: 'dark', scale: 2 });
    store.getState().leavePresenter();
    expect(store.getState()).toMatchObject({ present: false, theme: 'dark', scale: 1 });
  });

  it('leaving when not presenting changes nothing (an embed keeps its scale)', () => {
    const store = createAppStore({ scenario: 'sendfile', embed: true, scale: 1.5, theme: 'projector' });
    store.getState().leavePresenter();
    expect(store.getState()).toMatchObject({ embed: true, scale: 1.5, theme: 'projector' });
  });
});
