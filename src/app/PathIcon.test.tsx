// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Icon as CatalogIcon } from '../features/catalog/ui/Icon';
import { Icon as EditorIcon } from '../features/editor/Icon';
import { PathIcon } from './PathIcon';

afterEach(cleanup);

describe('PathIcon', () => {
  it('draws the path, is hidden from screen readers and never takes focus', () => {
    const { container } = render(<PathIcon d="M12 5v14M5 12h14" size={22} />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg).toHaveAttribute('width', '22');
    expect(svg).toHaveAttribute('class', 'icon');
    expect(svg.querySelector('path')).toHaveAttribute('d', 'M12 5v14M5 12h14');
  });

  it('draws the editor’s and the catalogue’s icons alike', () => {
    const { container } = render(
      <>
        <EditorIcon name="up" />
        <CatalogIcon name="plus" />
      </>,
    );
    const [editor, catalog] = [...container.querySelectorAll('svg')];
    for (const attr of ['viewBox', 'width', 'stroke', 'stroke-width', 'fill', 'class', 'aria-hidden']) {
      expect(editor.getAttribute(attr), attr).toBe(catalog.getAttribute(attr));
    }
    expect(catalog.querySelector('path')).toHaveAttribute('d', 'M12 5v14M5 12h14');
  });
});
