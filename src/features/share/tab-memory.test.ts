import { describe, expect, it } from 'vitest';
import { openedLinkMessage } from './link-messages';
import { REMEMBERED_HASHES, TAB_MEMORY_KEY, isOwnLink, readTabMemory, rememberOwnLink, writeTabMemory } from './tab-memory';

function fakeSession(initial: Record<string, string> = {}, failWrites = false) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
  } as Storage;
}

describe('tab memory', () => {
  it('round trip, and garbage or missing storage reads as none', () => {
    const storage = fakeSession();
    writeTabMemory({ planId: 'p1', hashes: ['#plan=1.abc'] }, storage);
    expect(readTabMemory(storage)).toEqual({ planId: 'p1', hashes: ['#plan=1.abc'] });
    for (const raw of ['{', '[]', '{"planId":1,"hash":"#x"}', '{"planId":"p","hashes":[1]}', 'null']) expect(readTabMemory(fakeSession({ [TAB_MEMORY_KEY]: raw }))).toBeNull();
    expect(readTabMemory(null)).toBeNull();
    expect(() => writeTabMemory({ planId: 'p', hashes: [''] }, fakeSession({}, true))).not.toThrow();
    expect(() => rememberOwnLink('p', '', fakeSession({}, true))).not.toThrow();
  });

  it('reads the one hash written by a release before the list', () => {
    const storage = fakeSession({ [TAB_MEMORY_KEY]: '{"planId":"p1","hash":"#plan=1.abc"}' });
    expect(readTabMemory(storage)).toEqual({ planId: 'p1', hashes: ['#plan=1.abc'] });
  });

  it('remembers the last few links of the open plan, newest last; another plan starts afresh', () => {
    const storage = fakeSession();
    for (let i = 1; i <= REMEMBERED_HASHES + 2; i++) rememberOwnLink('p1', `#plan=1.h${i}`, storage);
    rememberOwnLink('p1', '#plan=1.h5', storage); // written again: moves to the end, not listed twice
    // 7 links written, 5 kept: h3…h7, then h5 moved last.
    expect(readTabMemory(storage)).toEqual({ planId: 'p1', hashes: ['#plan=1.h3', '#plan=1.h4', '#plan=1.h6', '#plan=1.h7', '#plan=1.h5'] });
    rememberOwnLink('p2', '#plan=1.other', storage);
    expect(readTabMemory(storage)).toEqual({ planId: 'p2', hashes: ['#plan=1.other'] });
  });

  it('own link only when both the hash and the open plan match', () => {
    const memory = { planId: 'p1', hashes: ['#plan=1.old', '#plan=1.abc'] };
    expect(isOwnLink('#plan=1.abc', 'p1', memory)).toBe(true);
    expect(isOwnLink('#plan=1.old', 'p1', memory)).toBe(true); // a reload that began before the last write
    expect(isOwnLink('#plan=1.abd', 'p1', memory)).toBe(false);
    expect(isOwnLink('#plan=1.abc', 'p2', memory)).toBe(false);
    expect(isOwnLink('#plan=1.abc', 'p1', null)).toBe(false);
  });
});

describe('link messages', () => {
  it('name the shared plan and the kept one, and say when nothing could be saved', () => {
    expect(openedLinkMessage({ kind: 'already-open' }, 'X')).toBeNull();
    expect(openedLinkMessage({ kind: 'opened', keptName: 'Y', saved: true }, 'X')).toBe('Opened the shared plan “X”. Your plan “Y” is kept in My plans.');
    expect(openedLinkMessage({ kind: 'opened', keptName: null, saved: true }, '')).toBe('Opened the shared plan “Untitled plan”. It is saved in My plans.');
    expect(openedLinkMessage({ kind: 'opened', keptName: 'Y', saved: false }, 'X')).toBe(
      'Opened the shared plan “X”. It is not saved: this browser\'s storage is full or disabled (Undo brings your plan back). Your plan “Y” is unchanged in My plans.',
    );
    expect(openedLinkMessage({ kind: 'opened-existing', name: 'X' }, 'X')).toBe('Opened “X” from My plans: the shared link holds the same plan.');
  });
});
