import { describe, expect, it, vi } from 'vitest';
import { createPulledNotices, PULLED_CHANNEL } from './pulledNotice';

describe('pulled notices', () => {
  it('tells a listener in this tab which service was pulled', () => {
    const notices = createPulledNotices(() => undefined);
    const heard: string[] = [];
    const stop = notices.subscribe((id) => heard.push(id));
    notices.publish('nido-comunale');
    stop();
    notices.publish('mensa-scolastica');
    expect(heard).toEqual(['nido-comunale']);
  });

  it('works without BroadcastChannel (guarded): only this tab hears it', () => {
    const original = globalThis.BroadcastChannel;
    vi.stubGlobal('BroadcastChannel', undefined);
    try {
      const notices = createPulledNotices();
      const heard: string[] = [];
      notices.subscribe((id) => heard.push(id));
      expect(() => notices.publish('nido-comunale')).not.toThrow();
      expect(heard).toEqual(['nido-comunale']);
    } finally {
      vi.stubGlobal('BroadcastChannel', original);
    }
  });

  it('reaches another tab over the named BroadcastChannel, once per notice', async () => {
    const tabA = createPulledNotices();
    const tabB = createPulledNotices();
    const heardInB: string[] = [];
    const heardInA: string[] = [];
    const stopB = tabB.subscribe((id) => heardInB.push(id));
    const stopA = tabA.subscribe((id) => heardInA.push(id));
    tabA.publish('nido-comunale');
    await vi.waitFor(() => expect(heardInB).toEqual(['nido-comunale']));
    // The publishing tab hears its own in-page event, not an echo of the channel too.
    expect(heardInA).toEqual(['nido-comunale']);
    stopA();
    stopB();
  });

  it('posts on the channel named mattoncini-sync and ignores foreign messages', () => {
    const posted: unknown[] = [];
    const target = new EventTarget();
    const channel = {
      postMessage: (m: unknown) => posted.push(m),
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    };
    const notices = createPulledNotices(() => channel as unknown as BroadcastChannel);
    const heard: string[] = [];
    notices.subscribe((id) => heard.push(id));
    notices.publish('nido-comunale');
    target.dispatchEvent(new MessageEvent('message', { data: { other: 1 } }));
    target.dispatchEvent(new MessageEvent('message', { data: { pulled: 'mensa-scolastica' } }));
    expect(PULLED_CHANNEL).toBe('mattoncini-sync');
    expect(posted).toEqual([{ pulled: 'nido-comunale' }]);
    expect(heard).toEqual(['nido-comunale', 'mensa-scolastica']);
  });
});
