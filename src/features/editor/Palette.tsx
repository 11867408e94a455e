/**
 * The palette ("Elementi"): every registered type as a button named by its
 * Italian label, grouped as the registry groups them, with a filter box.
 * A button can be dragged onto the canvas (mouse, or Space then arrows), or
 * activated (click, Enter) to add the block right after the selection.
 */
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import { PALETTE_GROUPS, type BlockDefinition } from '../../blocks/types';
import { useUi, useUiActions } from '../../store/useUi';
import { announce, useEditorServices } from './editorServices';
import { useEditorActions } from './editorActions';
import { Icon, PathIcon } from './Icon';
import { paletteDragId, type DragData } from './dnd/ids';
import { matchesQuery } from './searchText';

const PaletteItem = memo(function PaletteItem({ block, language }: { block: BlockDefinition; language: 'it' | 'en' }) {
  const { t } = useTranslation('editor');
  const services = useEditorServices();
  const actions = useEditorActions();
  const data: DragData = { kind: 'palette', blockType: block.type };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: paletteDragId(block.type),
    data,
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  const label = block.label[language];
  const insert = () => {
    // A keyboard drop (Space) or a drag released on the button must not also insert.
    if (Date.now() - services.drag.getState().endedAt < 400) return;
    const id = actions.insertBlock(block.type);
    if (id) announce(services, t('palette.inserted', { label }));
  };
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={isDragging ? 'palette-item is-dragging' : 'palette-item'}
        {...attributes}
        {...listeners}
        aria-label={label}
        title={block.description[language]}
        onClick={insert}
      >
        <span className="palette-icon">
          <PathIcon d={block.icon} size={18} />
        </span>
        <span className="palette-label">{label}</span>
      </button>
    </li>
  );
});

export function Palette() {
  const { t, i18n } = useTranslation('editor');
  const language = i18n.language === 'en' ? 'en' : 'it';
  const { registry } = useEditorServices();
  const query = useUi((s) => s.searchFilter);
  const { setSearchFilter } = useUiActions();
  const filterId = useId();

  const groups = useMemo(
    () =>
      PALETTE_GROUPS.map((g) => ({
        ...g,
        blocks: registry.byGroup(g.id).filter((b) => matchesQuery(query, [b.label.it, b.label.en, b.description[language], b.type])),
      })).filter((g) => g.blocks.length > 0),
    [registry, query, language],
  );

  return (
    <aside className="editor-palette" aria-label={t('areas.palette')}>
      <div className="palette-top">
        <div className="panel-header">
          <h2>{t('palette.heading')}</h2>
        </div>
        <div className="palette-search">
          <label htmlFor={filterId} className="visually-hidden">
            {t('palette.filter')}
          </label>
          <Icon name="search" size={16} />
          <input
            id={filterId}
            type="search"
            className="input"
            placeholder={t('palette.filterPlaceholder')}
            value={query}
            onChange={(e) => setSearchFilter(e.target.value)}
          />
        </div>
      </div>
      <p className="palette-hint">{t('palette.hint')}</p>
      <div className="palette-groups">
        {groups.map((g) => (
          <section key={g.id} className="palette-group" aria-labelledby={`palette-group-${g.id}`}>
            <h3 id={`palette-group-${g.id}`}>{g[language]}</h3>
            <ul>
              {g.blocks.map((b) => (
                <PaletteItem key={b.type} block={b} language={language} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && (
          <p className="palette-empty" role="status">
            {t('palette.noMatch', { query })}
          </p>
        )}
      </div>
    </aside>
  );
}
