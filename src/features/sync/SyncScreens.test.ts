import { describe, expect, it } from 'vitest';
import { screenOf } from './SyncScreens';

describe('screenOf', () => {
  it('maps the path under /sincronizzazione to the panel or a conflict screen', () => {
    expect(screenOf('')).toEqual({ screen: 'panel' });
    expect(screenOf('conflitti/svc-1')).toEqual({ screen: 'conflict', serviceId: 'svc-1' });
    expect(screenOf('conflitti/svc%20a/')).toEqual({ screen: 'conflict', serviceId: 'svc a' });
    expect(screenOf('altro')).toBeNull();
    expect(screenOf('conflitti/a/b')).toBeNull();
  });
});
