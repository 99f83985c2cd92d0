import { describe, expect, it } from 'vitest';
import { arrange, hide, pin, show, unpin } from './cards.ts';

const all = ['situation', 'org:caf', 'org:cpam', 'resources'];

describe('dashboard arrangement', () => {
  it('puts pinned cards first in pin order and sets hidden ones apart', () => {
    const prefs = { pinned: ['resources', 'org:cpam'], hidden: ['situation'] };
    expect(arrange(all, prefs)).toEqual({
      visible: ['resources', 'org:cpam', 'org:caf'],
      hidden: ['situation'],
    });
  });

  it('ignores cards that no longer exist (an organisation gone)', () => {
    expect(arrange(all, { pinned: ['org:msa'], hidden: ['org:urssaf'] })).toEqual({
      visible: all,
      hidden: [],
    });
  });

  it('never keeps a card both pinned and hidden, as the server requires', () => {
    const hidden = hide(pin({ pinned: [], hidden: [] }, 'org:caf'), 'org:caf');
    expect(hidden).toEqual({ pinned: [], hidden: ['org:caf'] });
    expect(pin(hidden, 'org:caf')).toEqual({ pinned: ['org:caf'], hidden: [] });
    expect(show(hidden, 'org:caf')).toEqual({ pinned: [], hidden: [] });
    expect(unpin({ pinned: ['a', 'b'], hidden: [] }, 'a')).toEqual({ pinned: ['b'], hidden: [] });
  });
});
