/**
 * "The engine has stored a pulled copy of service X": told to every open
 * session of X in this browser. The engine runs in one tab only (Web Lock),
 * so other tabs hear it on a BroadcastChannel, and this tab through an
 * in-page event (a channel never delivers to the object that posted).
 * Where BroadcastChannel does not exist only the in-page event is used.
 */
export const PULLED_CHANNEL = 'mattoncini-sync';

type Listener = (serviceId: string) => void;
type Channel = Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener'>;

export interface PulledNotices {
  /** Tells this tab and the others that the stored copy of `serviceId` changed. */
  publish(serviceId: string): void;
  /** Calls `listener` with the id of each pulled service; returns how to stop. */
  subscribe(listener: Listener): () => void;
}

const openChannel = (): Channel | undefined =>
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(PULLED_CHANNEL);

/** Notices over one channel (opened on first use) and an in-page event target. */
export function createPulledNotices(makeChannel: () => Channel | undefined = openChannel): PulledNotices {
  const local = new EventTarget();
  let channel: Channel | undefined | null = null;
  const channelOf = () => (channel === null ? (channel = makeChannel()) : channel);
  const idOf = (data: unknown) => (data && typeof (data as { pulled?: unknown }).pulled === 'string' ? (data as { pulled: string }).pulled : null);
  return {
    publish(serviceId) {
      channelOf()?.postMessage({ pulled: serviceId });
      local.dispatchEvent(new CustomEvent('pulled', { detail: { pulled: serviceId } }));
    },
    subscribe(listener) {
      const onEvent = (event: Event) => {
        const id = idOf(event instanceof MessageEvent ? event.data : (event as CustomEvent).detail);
        if (id) listener(id);
      };
      const shared = channelOf();
      shared?.addEventListener('message', onEvent);
      local.addEventListener('pulled', onEvent);
      return () => {
        shared?.removeEventListener('message', onEvent);
        local.removeEventListener('pulled', onEvent);
      };
    },
  };
}

/** This page's notices, shared by the engine and the open sessions. */
export const pulledNotices: PulledNotices = createPulledNotices();
