import { describe, expect, it } from 'vitest';
import { GROUP_WINDOW_MS, HISTORY_LIMIT, recordEdit, redo, startHistory, undo } from '../../src/studio/history.ts';

describe('studio history', () => {
  it('undoes and redoes every edit in order, and a new edit clears redo', () => {
    let h = startHistory('a', 0);
    h = recordEdit(h, 'b', 'edit', 1);
    h = recordEdit(h, 'c', 'delete-node', 2);
    h = undo(h);
    expect(h.present.text).toBe('b');
    h = undo(h);
    expect(h.present.text).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present.text).toBe('b');
    h = recordEdit(h, 'x', 'edit', 3);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('groups typing in one group within the window, not across it or across groups', () => {
    let h = startHistory('', 0);
    h = recordEdit(h, 'a', 'typing', 10, 'code');
    h = recordEdit(h, 'ab', 'typing', 20, 'code');
    h = recordEdit(h, 'abc', 'typing', 30, 'code');
    expect(h.past.map((e) => e.text)).toEqual(['']);
    h = recordEdit(h, 'abcd', 'typing', 30 + GROUP_WINDOW_MS + 1, 'code');
    h = recordEdit(h, 'abcde', 'edit', 30 + GROUP_WINDOW_MS + 2, 'form');
    expect(h.past.map((e) => e.text)).toEqual(['', 'abc', 'abcd']);
    // After an undo, typing starts a new step instead of replacing the one undone to.
    h = undo(h);
    h = recordEdit(h, 'abcdX', 'typing', 30 + GROUP_WINDOW_MS + 3, 'code');
    expect(h.past.map((e) => e.text)).toEqual(['', 'abc', 'abcd']);
  });

  it('ignores a change to the same text and keeps at most the limit of entries', () => {
    let h = startHistory('0', 0);
    expect(recordEdit(h, '0', 'edit', 1)).toBe(h);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = recordEdit(h, String(i), 'edit', i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]!.text).toBe('10');
  });
});
