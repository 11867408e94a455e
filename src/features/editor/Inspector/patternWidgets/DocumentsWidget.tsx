/**
 * "Documenti richiesti" of a permit (x-widget "documents"): what the citizen
 * attaches, each with its accepted file types, maximum size and whether it is
 * required. Each document's answer key is shown as compile() will give it.
 */
import { useState } from 'react';
import { permitDocuments } from '../../../../blocks/permit/documents';
import type { JsonSchema } from '../../../../blocks/types';
import type { FieldProps } from '../fieldTypes';
import { DocumentItem, type StoredDocument } from './DocumentItem';
import { useItemList } from './useItemList';
import { PatternList } from './PatternList';
import { usePatternStrings } from './usePatternStrings';
import './patternWidgets.css';

/** The key each document gets in the answers (documents without a name get none). */
function effectiveKeys(docs: readonly StoredDocument[]): Array<string | undefined> {
  const specs = permitDocuments(docs);
  let k = 0;
  return docs.map((d) => (typeof d.label === 'string' && d.label.trim() ? specs[k++]?.key : undefined));
}

export function DocumentsWidget({ id, label, schema, value, readOnly, onChange, onCommit }: FieldProps) {
  const { t } = usePatternStrings();
  const docs: StoredDocument[] = Array.isArray(value) ? (value as StoredDocument[]) : [];
  const list = useItemList(docs, onChange);
  // Open panels by position, moved along with their document.
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set());
  const itemSchema = ((schema as { items?: JsonSchema }).items ?? {}) as JsonSchema;
  const maxItems = (schema as { maxItems?: number }).maxItems ?? Infinity;
  const keys = effectiveKeys(docs);
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });

  return (
    <PatternList
      label={label}
      root={list.root}
      emptyText={t('documents.empty')}
      count={docs.length}
      maxItems={maxItems}
      readOnly={readOnly}
      addLabel={t('documents.add')}
      onAdd={() => list.add({ label: t('documents.newLabel'), acceptedTypes: ['application/pdf'], maxSizeMb: 5, required: true })}
    >
      {docs.map((doc, i) => (
        <li key={i} className="pattern-item" data-item={i}>
          <DocumentItem
            id={`${id}-${i}`}
            doc={doc}
            index={i}
            count={docs.length}
            itemSchema={itemSchema}
            effectiveKey={keys[i]}
            readOnly={readOnly}
            expanded={open.has(i)}
            onToggle={() => toggle(i)}
            onChange={(next, typing) => list.update(i, next, typing)}
            onCommit={onCommit}
            onMove={(from, to) => {
              // The open panel moves with its document.
              setOpen((prev) => new Set([...prev].map((j) => (j === from ? to : j === to ? from : j))));
              list.move(from, to);
            }}
            onRemove={(at) => {
              setOpen((prev) => new Set([...prev].filter((j) => j !== at).map((j) => (j > at ? j - 1 : j))));
              list.remove(at);
            }}
          />
        </li>
      ))}
    </PatternList>
  );
}
