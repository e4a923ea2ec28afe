// Dates and relative times: zh-CN in Asia/Shanghai whatever the machine's zone.
import { describe, expect, it } from 'vitest';
import { clockTime, dateTimeSeconds, dateTimeWithYear, relativeTime, shortDateTime } from '../src/shared/format';
import { iso, T0 } from './fixtures';

describe('format', () => {
  it('shows wall-clock times in Asia/Shanghai', () => {
    expect(clockTime(iso(T0 + 7_000))).toBe('14:00:07');
    expect(shortDateTime(iso(T0))).toBe('11/24 14:00');
    expect(dateTimeSeconds(iso(T0 + 16 * 3600_000))).toBe('11/25 06:00:00');
    expect(dateTimeWithYear(iso(T0))).toBe('2025/11/24 14:00');
  });

  it('says how long ago', () => {
    expect(relativeTime(iso(T0), T0 + 12_000)).toBe('12秒前');
    expect(relativeTime(iso(T0), T0 + 5 * 60_000)).toBe('5分钟前');
    expect(relativeTime(iso(T0), T0 + 3 * 3600_000)).toBe('3小时前');
    expect(relativeTime(iso(T0), T0 + 49 * 3600_000)).toBe('2天前');
    expect(relativeTime(null)).toBe('无定位');
  });

  it('answers — for a missing or bad time', () => {
    expect(clockTime(null)).toBe('—');
    expect(shortDateTime('nonsense')).toBe('—');
  });
});
