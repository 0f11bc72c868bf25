import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('fileNameFor', () => {
  it('keeps a plain name and adds the suffix', () => {
    expect(fileNameFor('Branch office on ADSL (300 kbps up)', '.json')).toBe('Branch office on ADSL (300 kbps up).json');
    expect(fileNameFor('Zürich – HQ', ' - per-VM results.csv')).toBe('Zürich – HQ - per-VM results.csv');
  });

  it('replaces characters file systems refuse', () => {
    expect(fileNameFor('Branch / HQ: plan?', '.json')).toBe('Branch - HQ - plan.json');
    expect(fileNameFor('a\u0000b\nc', '.json')).toBe('a - b - c.json');
  });

  it('falls back to a default for an empty or dots-only name', () => {
    expect(fileNameFor('', '.json')).toBe('replica-plan.json');
    expect(fileNameFor(' ... ', '.json')).toBe('replica-plan.json');
    expect(fileNameFor('///', '.json')).toBe('replica-plan.json');
  });

  it('gives a short, safe name for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const file = fileNameFor(name, '.json');
        expect(file.endsWith('.json')).toBe(true);
        expect(file.length).toBeLessThanOrEqual(125);
        // eslint-disable-next-line no-control-regex -- checks that no control character is left
        expect(file).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
        expect(file.startsWith('.')).toBe(false);
      }),
    );
  });
});
