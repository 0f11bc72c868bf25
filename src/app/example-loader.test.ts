import { describe, expect, it } from 'vitest';
import { loadPlanFile } from './example-loader';

const respond = (body: string, status = 200) => () => Promise.resolve(new Response(body, { status }));
const validPlan = JSON.stringify({ name: 'Tiny', vms: [{ id: 'a', disks: [{ sizeGB: 10 }] }] });

describe('loadPlanFile', () => {
  it('returns a trusted plan with defaults filled', async () => {
    const result = await loadPlanFile('/p.json', respond(validPlan));
    expect(result.status).toBe('ready');
    if (result.status === 'ready') {
      expect(result.plan.name).toBe('Tiny');
      expect(result.plan.link.uplinkMbps).toBe(20);
    }
  });

  it('returns the field issues of an invalid plan', async () => {
    const result = await loadPlanFile('/p.json', respond(JSON.stringify({ vms: [{ frequencySeconds: 60, disks: [{ sizeGB: 1 }] }] })));
    expect(result).toEqual({ status: 'invalid', issues: [expect.objectContaining({ path: 'vms[0].frequencySeconds' })] });
  });

  it('reports a file that is not JSON', async () => {
    expect(await loadPlanFile('/p.json', respond('<html>'))).toEqual({ status: 'unreadable', message: '/p.json is not a JSON file' });
  });

  it('reports an HTTP error and a network failure', async () => {
    expect(await loadPlanFile('/p.json', respond('', 404))).toMatchObject({ status: 'unreadable', message: expect.stringContaining('404') });
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await loadPlanFile('/p.json', offline)).toMatchObject({ status: 'unreadable', message: expect.stringContaining('Failed to fetch') });
  });

  it('rethrows an abort so a stale load shows nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const aborted = () => Promise.reject(new DOMException('aborted', 'AbortError'));
    await expect(loadPlanFile('/p.json', aborted, controller.signal)).rejects.toThrow('aborted');
  });
});
