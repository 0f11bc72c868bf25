import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, parsePlan, type Plan } from '@/plan';
import { arbPlanInput } from '@/test/arbitraries';
import { makePlan, makeVm, makeDisk } from '@/test/factories';
import branchOffice from '../../../public/examples/branch-office.json';
import datacenter from '../../../public/examples/datacenter.json';
import { MAX_PLAN_FILE_BYTES, issueLines, planToJson, readPlanJson } from './plan-json';

const parsed = (input: unknown): Plan => {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
};

describe('planToJson → readPlanJson', () => {
  it.each([
    ['branch office', branchOffice],
    ['datacenter', datacenter],
  ])('gives back the identical %s example', (_, example) => {
    const plan = parsed(example);
    const read = readPlanJson(planToJson(plan));
    expect(read).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it('gives back the identical plan for any valid plan', () => {
    fc.assert(
      fc.property(arbPlanInput, (input) => {
        const plan = parsed(input);
        const read = readPlanJson(planToJson(plan));
        expect(read.ok && read.plan).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });

  it('writes a readable file that carries the schema version', () => {
    const json = planToJson(parsed(makePlan({ name: 'Zürich – HQ' })));
    expect(json.startsWith(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "name": "Zürich – HQ",`)).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('readPlanJson refuses bad files with a message naming the field', () => {
  it('names a disk size out of range', () => {
    const input = makePlan({ vms: [makeVm({ id: 'a' }), makeVm({ id: 'b' }), makeVm({ id: 'c', disks: [makeDisk({ sizeGB: -5 })] })] });
    const read = readPlanJson(JSON.stringify(input));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      // The editor's words first, then where to look in the file.
      expect(issueLines(read.issues, 20, read.data as object)).toContain('VM1, disk Data: Size (GiB) must be greater than 0 (vms[2].disks[0].sizeGB in the file)');
    }
  });

  it('tells where the JSON breaks, when the browser gives a position', () => {
    const read = readPlanJson('{\n  "name": "x"\n  "vms": []\n}');
    expect(read).toEqual({ ok: false, issues: [{ path: 'plan', message: "is not valid JSON (Expected ',' or '}' after property value, line 3)" }] });
  });

  it('keeps a JSON error short when the browser quotes the text', () => {
    const read = readPlanJson('{\n  "name": "x",\n  "vms": [\n}');
    expect(read).toEqual({ ok: false, issues: [{ path: 'plan', message: "is not valid JSON (Unexpected token '}')" }] });
  });

  it('refuses an empty text, a non-object and a plan from a newer version', () => {
    expect(readPlanJson('  ')).toMatchObject({ ok: false, issues: [{ path: 'plan', message: expect.stringContaining('empty') }] });
    expect(readPlanJson('[1,2]')).toMatchObject({ ok: false, issues: [{ path: 'plan' }] });
    expect(readPlanJson('{"schemaVersion": 99, "vms": []}')).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion' }] });
  });

  it('reads a file that starts with a byte-order mark', () => {
    const plan = parsed(branchOffice);
    expect(readPlanJson(`\uFEFF${planToJson(plan)}`)).toMatchObject({ ok: true, plan });
  });

  it('refuses a file past the size limit without parsing it', () => {
    const read = readPlanJson(' '.repeat(MAX_PLAN_FILE_BYTES + 1));
    expect(read).toMatchObject({ ok: false, issues: [{ path: 'plan', message: expect.stringContaining('too large') }] });
  });

  it('never throws on hostile text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ vms: [v] }))), (text) => {
        const read = readPlanJson(text);
        if (!read.ok) expect(read.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('issueLines', () => {
  it('caps a long list and says how many more', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ path: `vms[${i}].name`, message: 'x' }));
    const lines = issueLines(issues);
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('…and 5 more');
  });
});
