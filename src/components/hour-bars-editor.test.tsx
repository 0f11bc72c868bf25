// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HourBarsEditor, hourRangeLabel, parseHourValues, stepFor } from './hour-bars-editor';

afterEach(cleanup);

const flat = (v: number) => Array<number>(24).fill(v);

/** The editor with its values held in state, as a caller would; `spy` sees every change. */
function Harness({ initial, max = 100, unit = '%', spy }: { initial: number[]; max?: number; unit?: string; spy: (v: number[]) => void }) {
  const [values, setValues] = useState(initial);
  return (
    <HourBarsEditor
      label="Share of the link by hour"
      values={values}
      max={max}
      unit={unit}
      idPrefix="share"
      onChange={(next) => {
        spy(next);
        setValues(next);
      }}
    />
  );
}

const bar = (name: string) => within(screen.getByRole('group', { name: 'Share of the link by hour' })).getByRole('slider', { name: name });

describe('HourBarsEditor', () => {
  it('names each bar by its hour and says its value', () => {
    render(<Harness initial={flat(40)} spy={vi.fn()} />);
    const eight = bar('08:00–09:00');
    expect(eight.getAttribute('aria-valuenow')).toBe('40');
    expect(eight.getAttribute('aria-valuemax')).toBe('100');
    expect(eight.getAttribute('aria-valuetext')).toBe('08:00–09:00: 40 %');
    expect(screen.getAllByRole('slider')).toHaveLength(24);
  });

  it('changes one hour by keyboard: arrows ±1, Shift and Page keys ±10, Home/End to the ends', () => {
    const spy = vi.fn();
    render(<Harness initial={flat(40)} spy={spy} />);
    const eight = bar('08:00–09:00');
    fireEvent.keyDown(eight, { key: 'ArrowUp' });
    expect(eight.getAttribute('aria-valuenow')).toBe('41');
    fireEvent.keyDown(eight, { key: 'ArrowDown', shiftKey: true });
    expect(eight.getAttribute('aria-valuenow')).toBe('31');
    fireEvent.keyDown(eight, { key: 'PageUp' });
    expect(eight.getAttribute('aria-valuenow')).toBe('41');
    fireEvent.keyDown(eight, { key: 'End' });
    expect(eight.getAttribute('aria-valuenow')).toBe('100');
    fireEvent.keyDown(eight, { key: 'ArrowUp' }); // already at the top: no change reported
    fireEvent.keyDown(eight, { key: 'Home' });
    expect(eight.getAttribute('aria-valuenow')).toBe('0');
    expect(spy).toHaveBeenCalledTimes(5);
    const last = spy.mock.calls.at(-1)?.[0] as number[];
    expect(last[8]).toBe(0);
    expect(last.filter((v, h) => h !== 8 && v === 40)).toHaveLength(23);
  });

  it('moves between hours with the left and right arrows, keeping one bar in the tab order', () => {
    render(<Harness initial={flat(40)} spy={vi.fn()} />);
    const first = bar('00:00–01:00');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = bar('01:00–02:00');
    expect(document.activeElement).toBe(second);
    expect(second.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
  });

  it('paints every bar a drag crosses, even those a fast pointer skips', () => {
    const spy = vi.fn();
    const { container } = render(<Harness initial={flat(100)} spy={spy} />);
    const plot = container.querySelector<HTMLElement>('.hour-bars-plot')!;
    // 240 px wide, 100 px tall: 10 px per hour, 1 px per percent.
    plot.getBoundingClientRect = () => ({ left: 0, top: 0, right: 240, bottom: 100, width: 240, height: 100, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(plot, { clientX: 85, clientY: 70, button: 0, pointerId: 1 });
    fireEvent.pointerMove(plot, { clientX: 175, clientY: 50, pointerId: 1 }); // jumps from hour 8 to hour 17
    fireEvent.pointerUp(plot, { pointerId: 1 });
    fireEvent.pointerMove(plot, { clientX: 5, clientY: 90, pointerId: 1 }); // after release: ignored
    const last = spy.mock.calls.at(-1)?.[0] as number[];
    // Hour 8 at 30 %, hour 17 at 50 %, the hours between on the line joining them.
    expect(last.slice(7, 19)).toEqual([100, 30, 32, 34, 37, 39, 41, 43, 46, 48, 50, 100]);
    expect(document.activeElement).toBe(bar('17:00–18:00'));
  });

  it('steps by a tenth on a small scale (weights)', () => {
    render(<Harness initial={flat(1)} max={4} unit="" spy={vi.fn()} />);
    const noon = bar('12:00–13:00');
    fireEvent.keyDown(noon, { key: 'ArrowUp' });
    fireEvent.keyDown(noon, { key: 'ArrowUp' });
    fireEvent.keyDown(noon, { key: 'ArrowUp' });
    expect(noon.getAttribute('aria-valuenow')).toBe('1.3');
    expect(noon.getAttribute('aria-valuetext')).toBe('12:00–13:00: 1.3');
  });

  it('applies 24 typed values and reports a wrong count without changing anything', () => {
    const spy = vi.fn();
    render(<Harness initial={flat(100)} spy={spy} />);
    const box = screen.getByLabelText(/24 values in %/);
    const typed = [...flat(50).slice(0, 8), ...flat(20).slice(0, 10), ...flat(50).slice(0, 6)];
    fireEvent.change(box, { target: { value: typed.slice(0, 23).join(' ') } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toBe('Expected 24 values (hour 00 first), got 23');
    expect(spy).not.toHaveBeenCalled();

    fireEvent.change(box, { target: { value: typed.join('\t') } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(spy).toHaveBeenLastCalledWith(typed);
    expect(bar('09:00–10:00').getAttribute('aria-valuenow')).toBe('20');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('fills every hour from one typed value, applied with Ctrl+Enter', () => {
    const spy = vi.fn();
    render(<Harness initial={flat(100)} spy={spy} />);
    const box = screen.getByLabelText(/24 values in %/);
    fireEvent.change(box, { target: { value: '60 %' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(spy).toHaveBeenLastCalledWith(flat(60));
  });
});

describe('parseHourValues', () => {
  it('accepts commas, semicolons and new lines as separators', () => {
    const text = `${flat(10).slice(0, 12).join(', ')};\n${flat(30).slice(0, 12).join(',')}`;
    const parsed = parseHourValues(text, 100);
    expect(parsed).toEqual({ ok: true, values: [...flat(10).slice(0, 12), ...flat(30).slice(0, 12)] });
  });

  it('refuses a value out of the scale or not a number, naming it', () => {
    expect(parseHourValues([...flat(10).slice(0, 23), 120].join(' '), 100, '%')).toEqual({ ok: false, message: 'Value 24 ("120") must be from 0 to 100 %' });
    expect(parseHourValues('ten', 100)).toEqual({ ok: false, message: 'Value 1 ("ten") is not a number' });
    expect(parseHourValues('  ', 100).ok).toBe(false);
  });
});

describe('helpers', () => {
  it('labels the last hour as ending at 24:00', () => {
    expect(hourRangeLabel(23)).toBe('23:00–24:00');
  });

  it('picks about a hundred steps over the scale', () => {
    expect(stepFor(100)).toBe(1);
    expect(stepFor(4)).toBeCloseTo(0.1);
    expect(stepFor(1000)).toBe(10);
  });
});
