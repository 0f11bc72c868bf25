import { describe, expect, it } from 'vitest';
import { setup } from './testing/setup-store';

describe('undo and redo', () => {
  it('walk back and forth across different actions', () => {
    const { s, tick } = setup();
    const drafts = [s().draft];
    const steps = [
      () => s().setField(['name'], 'Renamed'),
      () => s().addVm(),
      () => s().setStorageUnits('decimal'),
      () => s().moveVm(0, 2),
      () => s().deleteDisk(0, 2), // FS01 is first after the move
    ];
    for (const step of steps) {
      step();
      tick();
      expect(s().draft).not.toBe(drafts[drafts.length - 1]); // every step is a real change
      drafts.push(s().draft);
    }
    for (let k = drafts.length - 2; k >= 0; k--) {
      s().undo();
      expect(s().draft).toBe(drafts[k]);
    }
    expect(s().canUndo).toBe(false);
    expect(s().canRedo).toBe(true);
    s().undo(); // nothing left: no change
    expect(s().draft).toBe(drafts[0]);
    for (let k = 1; k < drafts.length; k++) {
      s().redo();
      expect(s().draft).toBe(drafts[k]);
    }
    expect(s().canRedo).toBe(false);
  });

  it('a new edit after undo clears the redo list', () => {
    const { s } = setup();
    s().addVm();
    s().undo();
    expect(s().canRedo).toBe(true);
    s().duplicateVm(0);
    expect(s().canRedo).toBe(false);
  });

  it('quick typing in one field is one step; a pause, another field or another action starts a new one', () => {
    const { s, tick } = setup();
    const path = ['link', 'uplinkMbps'] as const;
    for (const value of [1, 12, 120]) {
      s().setField(path, value);
      tick(300);
    }
    expect(s().history.past).toHaveLength(1);
    tick(2000);
    s().setField(path, 12); // after a pause
    tick(100);
    s().setField(['link', 'sharePercent'], 50); // another field
    tick(100);
    s().setField(['link', 'sharePercent'], 60);
    expect(s().history.past).toHaveLength(3);
    s().undo();
    expect(s().draft.link.sharePercent).toBe(100);
    s().undo();
    expect(s().draft.link.uplinkMbps).toBe(120);
    s().undo();
    expect(s().draft.link.uplinkMbps).toBe(0.3);
  });

  it('typing right after an undo starts a new step', () => {
    const { s } = setup();
    s().setField(['name'], 'A');
    s().undo();
    s().setField(['name'], 'AB');
    s().undo();
    expect(s().draft.name).toBe('Branch office on ADSL (300 kbps up)');
  });

  it('history is capped, oldest steps dropped first', () => {
    const { s, tick } = setup({ historyLimit: 5 });
    for (let k = 1; k <= 8; k++) {
      s().setField(['replication', 'growthPercent'], k);
      tick();
    }
    expect(s().history.past).toHaveLength(5);
    while (s().canUndo) s().undo();
    expect(s().draft.replication.growthPercent).toBe(3);
  });
});

describe('“Make this the plan” (SPEC §5.9)', () => {
  it('applies an option’s whole plan as one undo step, even right after an edit of the same field', async () => {
    const { applyChanges, adoptVariedPlan } = await import('@/scenario');
    const { s } = setup();
    s().setField(['link', 'uplinkMbps'], 2);
    const before = s().draft;
    const varied = applyChanges(before, [
      { path: 'link.uplinkMbps', value: 50 },
      { path: 'replication.compression', value: false },
    ]);
    if (!varied.ok) throw new Error('variant did not apply');
    s().applyOption(adoptVariedPlan(before, varied.plan, null));
    expect(s().draft.link.uplinkMbps).toBe(50);
    expect(s().draft.replication.compression).toBe(false);
    s().undo();
    expect(s().draft).toBe(before);
  });
});
