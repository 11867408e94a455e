/**
 * Test support: renders an exported form with the real @formio/js 5 in jsdom
 * and moves our answers into Form.io's data shape (through the exporter's
 * path map). Only imported by tests.
 */
import type { FormioForm } from './exportFormio';

/** What the tests read of a rendered Form.io component. */
export interface RenderedComponent {
  key: string;
  path: string;
  visible: boolean;
  dataValue: unknown;
  component: Record<string, unknown>;
}

export interface RenderedForm {
  /** Every component, nested forms included, by its data path from the form's data. */
  components: Map<string, RenderedComponent>;
  setData(data: Record<string, unknown>): Promise<void>;
  /** Errors Form.io logged while rendering or recomputing. */
  errors: unknown[];
  pageCount: number;
  destroy(): void;
}

const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

let formioModule: Promise<typeof import('@formio/js')> | undefined;

/** @formio/js needs matchMedia, which jsdom lacks (its input-mask library reads it at load). */
function loadFormio(): Promise<typeof import('@formio/js')> {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
  }
  formioModule ??= import('@formio/js');
  return formioModule;
}

type Instance = {
  key: string;
  visible: boolean;
  dataValue: unknown;
  component: Record<string, unknown>;
  subForm?: Instance & { everyComponent(fn: (c: Instance) => void): void };
  everyComponent?(fn: (c: Instance) => void): void;
};

/** Data path of every component: containers and nested forms (`<key>.data`) nest, panels do not. */
function collect(root: { everyComponent(fn: (c: Instance) => void): void }, prefix: string, into: Map<string, RenderedComponent>, seen: Set<Instance>) {
  root.everyComponent((c) => {
    if (seen.has(c)) return;
    seen.add(c);
    const parents: string[] = [];
    let p = (c as unknown as { parent?: Instance }).parent;
    while (p && p !== (root as unknown)) {
      const type = p.component?.type;
      if (type === 'container' || type === 'datagrid') parents.unshift(p.key);
      p = (p as unknown as { parent?: Instance }).parent;
    }
    const path = [prefix, ...parents, c.key].filter(Boolean).join('.');
    into.set(path, { key: c.key, path, visible: c.visible, dataValue: c.dataValue, component: c.component });
    if (c.component?.type === 'form' && c.subForm) collect(c.subForm, `${path}.data`, into, seen);
  });
}

/** Renders `form` in a fresh element; resolves once nested forms are built. */
export async function renderFormio(form: FormioForm): Promise<RenderedForm> {
  const { Formio } = await loadFormio();
  const element = document.createElement('div');
  document.body.appendChild(element);
  const errors: unknown[] = [];
  const original = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => errors.push(args);
  // Form.io reports template failures as warnings ("Error interpolating template …").
  console.warn = (...args: unknown[]) => {
    if (args.some((a) => a instanceof Error || /error/i.test(String(a)))) errors.push(args);
  };
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  try {
    const instance = (await Formio.createForm(element, structuredClone(form))) as unknown as {
      everyComponent(fn: (c: Instance) => void): void;
      setValue(value: unknown): void;
      pages?: unknown[];
      allPages?: unknown[];
      formReady: Promise<unknown>;
      destroy(): void;
    };
    await instance.formReady;
    await settle();
    const read = () => {
      const map = new Map<string, RenderedComponent>();
      collect(instance, '', map, new Set());
      return map;
    };
    const rendered: RenderedForm = {
      components: read(),
      errors,
      pageCount: (instance.allPages ?? instance.pages ?? []).length,
      async setData(data) {
        instance.setValue({ data });
        // Form.io recomputes conditions and calculated values in debounced passes: wait until they stop changing.
        const snapshot = () => JSON.stringify([...read()].map(([path, c]) => [path, c.visible, c.dataValue]));
        let last = '';
        let stable = 0;
        for (let waited = 0; waited < 5000 && stable < 3; waited += 150) {
          await settle(150);
          const now = snapshot();
          stable = now === last ? stable + 1 : 0;
          last = now;
        }
        rendered.components = read();
      },
      destroy() {
        instance.destroy();
        element.remove();
        console.error = original;
        console.warn = originalWarn;
        window.removeEventListener('error', onError);
      },
    };
    return rendered;
  } catch (error) {
    console.error = original;
    console.warn = originalWarn;
    window.removeEventListener('error', onError);
    throw error;
  }
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    if (node[segment] === null || typeof node[segment] !== 'object') node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[segments[segments.length - 1]] = value;
}

function readAt(source: unknown, path: string): unknown {
  let node = source;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** An uploaded file as Form.io's file component holds it (we keep a data URL, with its name). */
function formioFile(dataUrl: string): Record<string, unknown> {
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const name = /;name=([^;,]+)/.exec(dataUrl)?.[1] ?? 'allegato';
  return { storage: 'base64', name, originalName: name, url: dataUrl, type, size: dataUrl.length };
}

/** Files become Form.io's lists of file objects; everything else stays. */
function formioValue(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('data:')) return [formioFile(value)];
  if (Array.isArray(value) && value.length && value.every((v) => typeof v === 'string' && v.startsWith('data:'))) return value.map((v) => formioFile(v as string));
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === 'object' ? Object.fromEntries(Object.entries(item).map(([k, v]) => [k, formioValue(v)])) : item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, formioValue(v)]));
  return value;
}

/**
 * Our answers in Form.io's shape: each answer moved from our path to its
 * Form.io path (the deepest known path wins, so the applicant's parts land in
 * its nested forms); list items are copied as they are (their keys are ours).
 */
export function toFormioData(answers: Record<string, unknown>, paths: Record<string, string>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const ours = Object.keys(paths).sort((a, b) => a.split('.').length - b.split('.').length);
  const lists: string[] = [];
  for (const path of ours) {
    if (lists.some((list) => path.startsWith(`${list}.`))) continue;
    const value = readAt(answers, path);
    if (Array.isArray(value) && ours.some((other) => other.startsWith(`${path}.`))) {
      // A list's items keep our keys: written whole.
      lists.push(path);
      setAt(data, paths[path], formioValue(value));
      continue;
    }
    const leaf = !ours.some((other) => other.startsWith(`${path}.`));
    if (leaf && value !== undefined) setAt(data, paths[path], formioValue(value));
  }
  return data;
}

/** The Form.io path of any answer path: its deepest mapped prefix, rewritten (`isee.value` → `isee.value`). */
export function formioPathOf(path: string, paths: Record<string, string>): string | undefined {
  for (let prefix = path; prefix; prefix = prefix.includes('.') ? prefix.slice(0, prefix.lastIndexOf('.')) : '') {
    if (paths[prefix] !== undefined) return paths[prefix] + path.slice(prefix.length);
  }
  return undefined;
}
