// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlanStore } from '@/store';
import { branchOffice } from '@/store/testing/example-plan';
import { AppCrashGuard } from './app-crash';

const saved = vi.hoisted(() => ({ files: [] as { name: string; text: string }[] }));
vi.mock('@/features/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/features/files')>()),
  downloadText: (name: string, text: string) => void saved.files.push({ name, text }),
}));

function Broken(): never {
  throw new Error('results provider lost its store');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  saved.files = [];
});

describe('AppCrashGuard', () => {
  it('shows what stopped the planner instead of a blank page, and hands over the plan being edited', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createPlanStore({ initialPlan: branchOffice() });
    store.getState().setField(['name'], 'Edited after the crash risk');
    render(
      <AppCrashGuard store={store}>
        <Broken />
      </AppCrashGuard>,
    );
    expect(screen.getByRole('alert').textContent).toContain('results provider lost its store');
    fireEvent.click(screen.getByRole('button', { name: 'Save the plan as a file' }));
    expect(saved.files).toHaveLength(1);
    expect(saved.files[0]!.name).toBe('Edited after the crash risk.json');
    expect(JSON.parse(saved.files[0]!.text)).toEqual(store.getState().draft);
  });

  it('renders its children untouched while nothing fails', () => {
    const store = createPlanStore({ initialPlan: branchOffice() });
    render(
      <AppCrashGuard store={store}>
        <p>planner</p>
      </AppCrashGuard>,
    );
    expect(screen.getByText('planner')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
