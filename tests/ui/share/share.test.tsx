import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PARAMS, simulate } from '../../../src/sim/index';
import { CopyLinkButton } from '../../../src/ui/share/CopyLinkButton';
import { MachinePane } from '../../../src/ui/panes/MachinePane';
import { EmbedButton } from '../../../src/ui/share/EmbedButton';
import { EmbedShell } from '../../../src/ui/share/EmbedShell';
import { LinkSourceProvider } from '../../../src/ui/share/LinkSourceContext';
import { embedSnippet } from '../../../src/ui/share/embedSnippet';
import { renderWithStore } from '../renderWithStore';

const params = { ...DEFAULT_PARAMS, file: 10000 };
const total = simulate('read-write', params).length;
const links = (link = 'https://lab.example/#/read-write?file=10000&step=11&lang=en&v=1') => ({
  currentLink: vi.fn(() => link),
  baseUrl: () => 'https://lab.example/',
});

describe('Copy link', () => {
  it('copies the flushed link and says what it copied', async () => {
    const user = userEvent.setup();
    const source = links();
    renderWithStore(
      <LinkSourceProvider source={source}>
        <CopyLinkButton />
      </LinkSourceProvider>,
      { scenario: 'read-write', params, step: 11 },
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(source.currentLink).toHaveBeenCalledOnce();
    expect(await navigator.clipboard.readText()).toBe(source.currentLink());
    expect(await screen.findByRole('status')).toHaveTextContent(
      `Copied the link to read-write, step 12 of ${total}.`,
    );
  });

  it('in Chinese too', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <LinkSourceProvider source={links()}>
        <CopyLinkButton />
      </LinkSourceProvider>,
      { scenario: 'read-write', params, step: 11, locale: 'zh-CN' },
    );
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      `已复制链接：read-write，第 12 步（共 ${total} 步）。`,
    );
  });

  it('where the clipboard refuses, shows the link selected in a read-only field', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('no', 'NotAllowedError'));
    renderWithStore(
      <LinkSourceProvider source={links('https://lab.example/#/syscall?lang=en&v=1')}>
        <CopyLinkButton />
      </LinkSourceProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this state' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue('https://lab.example/#/syscall?lang=en&v=1');
    expect(screen.getByRole('status')).toHaveTextContent(/Could not copy automatically/);
  });
});

describe('Embed mode', () => {
  it('shows the machine view, the controls and the counters, without the view tabs', () => {
    renderWithStore(
      <LinkSourceProvider source={links()}>
        <EmbedShell />
      </LinkSourceProvider>,
      { scenario: 'read-write', params, step: 4, embed: true },
    );
    expect(screen.getByTestId('machine')).toBeInTheDocument();
    expect(document.querySelector('svg.mv')).not.toBeNull();
    expect(document.querySelectorAll('[data-counter]').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('the machine pane keeps its tabs elsewhere', () => {
    renderWithStore(<MachinePane />, { scenario: 'read-write', params });
    expect(screen.getAllByRole('tab')).toHaveLength(3);
  });
});

describe('Embed dialog', () => {
  it('is a labelled modal: focus inside, Tab wraps, Esc closes and returns focus', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <LinkSourceProvider source={links()}>
        <EmbedButton />
      </LinkSourceProvider>,
      { scenario: 'read-write', params, step: 4 },
    );
    const opener = screen.getByRole('button', { name: 'Embed' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Embed this animation' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const from = within(dialog).getByRole('spinbutton', { name: 'From step' });
    expect(from).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(from).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('generates the iframe for the current state and the chosen options, escaped', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <LinkSourceProvider source={links()}>
        <EmbedButton />
      </LinkSourceProvider>,
      { scenario: 'read-write', params, step: 4, theme: 'dark' },
    );
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog');
    const to = within(dialog).getByRole('spinbutton', { name: 'To step' });
    await user.clear(to);
    await user.type(to, '9');
    await user.click(within(dialog).getByRole('checkbox', { name: /Loop/ }));
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'Width (px)' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Width (px)' }), '640');
    const code = within(dialog).getByRole('textbox', { name: 'HTML code' });
    expect(code).toHaveValue(
      '<iframe src="https://lab.example/#/read-write?file=10000&amp;step=4&amp;lang=en&amp;theme=dark&amp;' +
        'from=4&amp;to=8&amp;embed=1&amp;autoplay=1&amp;v=1" width="640" height="600" ' +
        'title="Data Path Lab: read() + write()" loading="lazy" style="border:0" ' +
        'allow="fullscreen; clipboard-write"></iframe>',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value);
    await act(async () => {});
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Copied the embed code: 640×600, steps 5–9.',
    );
  });

  it('rejects From after To and a size out of range with messages, and makes no snippet until fixed', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <LinkSourceProvider source={links()}>
        <EmbedButton />
      </LinkSourceProvider>,
      { scenario: 'read-write', params, step: 4 },
    );
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog');
    const field = (name: string) => within(dialog).getByRole('spinbutton', { name });
    await user.clear(field('From step'));
    await user.type(field('From step'), '9');
    await user.clear(field('To step'));
    await user.type(field('To step'), '5');
    expect(field('To step')).toHaveAttribute('aria-invalid', 'true');
    expect(field('To step')).toHaveAccessibleDescription(
      'To (5) is before From (9): the range would be empty.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'HTML code' })).toHaveValue('');
    expect(within(dialog).getByRole('button', { name: 'Copy code' })).toBeDisabled();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Fix the fields marked above');

    await user.clear(field('To step'));
    await user.type(field('To step'), '12');
    await user.clear(field('Width (px)'));
    await user.type(field('Width (px)'), '10');
    expect(field('To step')).not.toHaveAttribute('aria-invalid');
    expect(field('Width (px)')).toHaveAccessibleDescription(
      'Between 320 and 1920 px: an embed is laid out for that.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'HTML code' })).toHaveValue('');
    await user.clear(field('Width (px)'));
    await user.type(field('Width (px)'), '480');
    await user.click(within(dialog).getByRole('checkbox', { name: /narration/ }));
    const code = (within(dialog).getByRole('textbox', { name: 'HTML code' }) as HTMLTextAreaElement).value;
    expect(code).toContain('from=8&amp;to=11&amp;embed=1&amp;narration=1&amp;autoplay=1');
    expect(code).toContain('width="480" height="600"');
  });

  it('escapes quotes and markup in the title and link', () => {
    expect(embedSnippet('https://x/#/a?b="c"&d=<e>', 'T "quoted" <b>', { width: 1, height: 2 })).toBe(
      '<iframe src="https://x/#/a?b=&quot;c&quot;&amp;d=&lt;e&gt;" width="1" height="2" ' +
        'title="T &quot;quoted&quot; &lt;b&gt;" loading="lazy" style="border:0" allow="fullscreen; clipboard-write"></iframe>',
    );
  });
});
