import { describe, expect, it } from 'vitest';
import { openedPlanMessage } from './open-messages';

describe('openedPlanMessage', () => {
  it('says where the plan came from and where the previous one went', () => {
    expect(openedPlanMessage({ kind: 'opened', keptName: 'Old', saved: true }, 'New', '“new.json”', 'Ctrl+Z')).toBe(
      'Opened “New” from “new.json”. Your plan “Old” is kept in My plans.',
    );
    expect(openedPlanMessage({ kind: 'opened', keptName: null, saved: true }, 'New', '“new.json”', 'Ctrl+Z')).toBe('Opened “New” from “new.json”. It is saved in My plans.');
    expect(openedPlanMessage({ kind: 'opened', keptName: 'Old', saved: false }, 'New', 'the pasted JSON', 'Ctrl+Z')).toBe(
      "Opened “New” from the pasted JSON. It is not saved: this browser's storage is full or disabled (Undo brings your plan back). Your plan “Old” is unchanged in My plans.",
    );
    expect(openedPlanMessage({ kind: 'opened-existing', name: 'New' }, 'New', '“new.json”', 'Ctrl+Z')).toBe('Opened “New” from My plans: “new.json” holds the same plan.');
    expect(openedPlanMessage({ kind: 'already-open' }, 'New', '“new.json”', 'Ctrl+Z')).toBe('“New” from “new.json” is the plan already open.');
    expect(openedPlanMessage('replaced', '', '“x.json”', '⌘+Z')).toBe('Opened “Untitled plan” from “x.json”. Undo (⌘+Z) brings your previous plan back.');
  });
});
