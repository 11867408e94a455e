/**
 * An iframe that hosts the citizen's pages, rendered by React through a
 * portal into the frame's document.
 *
 * Why an iframe: Bootstrap Italia's CSS must style the citizen pages and
 * nothing else (the back office keeps its own look), and the width switch
 * must give real responsive behaviour — media queries answer to the frame's
 * width, not the window's. The frame is laid out at the device width and
 * scaled down when the host is narrower; its height follows its content, so
 * the host scrolls.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { citizenCssUrl } from './assets';

export interface PreviewFrameProps {
  /** Accessible name of the frame. */
  title: string;
  /** Width the citizen page is laid out at, in CSS px (scaled down when the host is narrower). */
  deviceWidth: number;
  /** Use the host's width when it is wider than `deviceWidth` (a desktop on a large screen). */
  fitWide?: boolean;
  /** Language of the citizen page (`lang` of its document). */
  language: string;
  children: ReactNode;
}

// A document of its own (srcdoc inherits the app's base URL, so the asset
// URLs resolve); the viewport meta makes media queries follow the frame.
const SRC_DOC =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body></body></html>';

/** Keeps links from navigating the frame away: in-page anchors scroll, others open in a new tab. */
function interceptLinks(doc: Document): () => void {
  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!anchor || event.defaultPrevented) return;
    const href = anchor.getAttribute('href') ?? '';
    event.preventDefault();
    if (href.startsWith('#')) {
      const target = href.length > 1 ? doc.getElementById(decodeURIComponent(href.slice(1))) : null;
      if (target) {
        target.scrollIntoView({ block: 'start' });
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
      }
      return;
    }
    if (/^(https?:|mailto:|tel:)/i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}

export function PreviewFrame({ title, deviceWidth, fitWide = false, language, children }: PreviewFrameProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [mount, setMount] = useState<HTMLElement | null>(null);
  const [hostWidth, setHostWidth] = useState(0);
  const [contentHeight, setContentHeight] = useState(600);

  const onLoad = useCallback(() => {
    const doc = frameRef.current?.contentDocument;
    if (!doc) return;
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = citizenCssUrl;
    doc.head.appendChild(link);
    const root = doc.createElement('div');
    root.id = 'citizen-root';
    // flow-root: the children's margins stay inside, so the root's height is the content's.
    root.style.display = 'flow-root';
    doc.body.appendChild(root);
    setMount(root);
  }, []);

  useEffect(() => {
    if (!mount) return;
    const doc = mount.ownerDocument;
    doc.documentElement.lang = language;
    return interceptLinks(doc);
  }, [mount, language]);

  // The frame is as tall as its content.
  useEffect(() => {
    if (!mount) return;
    const doc = mount.ownerDocument;
    const view = doc.defaultView;
    if (!view) return;
    // The root, not the document: a document is never shorter than its frame, so it could not shrink.
    const measure = () => setContentHeight(Math.max(200, Math.ceil(mount.getBoundingClientRect().height)));
    const observer = new view.ResizeObserver(measure);
    observer.observe(mount);
    measure();
    return () => observer.disconnect();
  }, [mount]);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const measure = () => setHostWidth(host.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(host);
    measure();
    return () => observer.disconnect();
  }, []);

  const width = fitWide && hostWidth > deviceWidth ? hostWidth : deviceWidth;
  const scale = hostWidth > 0 && width > hostWidth ? hostWidth / width : 1;

  return (
    <div ref={hostRef} className="preview-frame-host" style={{ height: Math.ceil(contentHeight * scale) }}>
      <iframe
        ref={frameRef}
        title={title}
        srcDoc={SRC_DOC}
        onLoad={onLoad}
        className="preview-frame"
        style={{
          width,
          height: contentHeight,
          transform: scale === 1 ? undefined : `scale(${scale})`,
          // Centred when narrower than the host (a phone on a desk).
          marginLeft: scale === 1 && hostWidth > width ? (hostWidth - width) / 2 : 0,
        }}
      />
      {mount && createPortal(children, mount)}
    </div>
  );
}
