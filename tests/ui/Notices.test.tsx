import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeBanner } from '../../src/ui/notices/NoticeBanner';
import { decodeHash } from '../../src/url/codec';
import { renderWithStore } from './renderWithStore';

/** Notices about refused parameters say why in the reader's language, not the core's English. */
describe('Notice banner', () => {
  function show(hash: string, locale: 'en' | 'zh-CN') {
    const { store } = renderWithStore(<NoticeBanner />, { locale });
    act(() => store.getState().addNotices(decodeHash(hash).notices));
    return screen.getByRole('status');
  }

  it('a malformed parameter, in Chinese', () => {
    const banner = show('#/read-write?file=12x&v=1', 'zh-CN');
    expect(banner).toHaveTextContent(
      '已忽略“file”：file = “12x”不是数字；允许的值：1 到 17,179,869,184 之间的整数',
    );
    expect(banner.textContent).not.toMatch(/bad value|not a number/);
  });

  it('a combination that cannot work, in Chinese', () => {
    expect(show('#/direct-io?bufoff=8192&v=1', 'zh-CN')).toHaveTextContent(
      '为使参数能够一起使用，已去掉“bufoff”：bufoff = 8,192 必须小于页大小（4,096）',
    );
  });

  it('a value out of range, in English', () => {
    expect(show('#/read-write?file=0&v=1', 'en')).toHaveTextContent(
      '“file” was ignored: file = “0” is out of range; allowed: an integer from 1 to 17,179,869,184',
    );
  });
});
