// Rule 10 in the views: bytes a program sends in front of a file's (nginx's response header) are no page of
// the file, so the socket box labels them hdr, not p0.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/index';
import { toMachineView } from '../../../src/ui/machine/toMachineView';

describe("nginx's header in the socket box", () => {
  it("is labelled hdr alone and hdr+p0 in front of the body's first page", () => {
    const labels = (params: Record<string, string | number>) => {
      const t = simulate('nginx-static', { file: 8192, buf: 1024, cache: 'warm', ...params });
      const out = new Set<string>();
      for (let i = 0; i < t.length; i++)
        for (const b of toMachineView(t, i, 'en').skb?.blocks ?? []) out.add(b.label);
      return out;
    };
    expect(labels({})).toContain('hdr');
    expect(labels({ sendfile: 'off' })).toContain('hdr+p0');
    expect([...labels({ sendfile: 'off' })].some((l) => l.startsWith('p-'))).toBe(false);
  });
});
