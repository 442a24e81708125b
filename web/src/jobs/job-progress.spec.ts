import { percentOf, phaseOf } from './job-progress';

describe('A job’s progress bar', () => {
  it('reads the states BullMQ reports', () => {
    expect(phaseOf('active')).toBe('active');
    expect(phaseOf('delayed')).toBe('waiting');
    expect(phaseOf('waiting-children')).toBe('waiting');
    expect(phaseOf('failed')).toBe('failed');
  });

  it('reads a number or an object, clamped to 0–100, and is full once done', () => {
    expect(percentOf(42.4, 'active')).toBe(42);
    expect(percentOf({ done: 1, total: 4 }, 'active')).toBe(25);
    expect(percentOf({ percent: 130 }, 'active')).toBe(100);
    expect(percentOf(null, 'waiting')).toBe(0);
    expect(percentOf(10, 'completed')).toBe(100);
  });
});
