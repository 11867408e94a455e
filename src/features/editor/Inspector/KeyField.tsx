/**
 * The field key: snake_case, unique in the service. While it still matches
 * the label it follows the label (see `followLabelKey`); once the official
 * types their own key it stays. An invalid or taken key is never stored: it
 * stays in this input with an inline error until fixed; leaving the box then
 * gives back the key it had when the box got the focus.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectKeys, isValidKey } from '../../../model/keys';
import type { FlowNode } from '../../../model/types';
import { useEditorStores } from '../../../store/EditorStoresProvider';
import { useDocumentActions } from '../../../store/useDocument';
import { describedBy, FieldShell } from './FieldShell';

export function KeyField({ node, idPrefix, onEdited }: { node: FlowNode; idPrefix: string; onEdited(): void }) {
  const { t } = useTranslation('editor');
  const { document: doc } = useEditorStores();
  const { dispatch, commitTyping } = useDocumentActions();
  const [draft, setDraft] = useState<string | null>(null);
  // The key when the box got the focus: where a bad edit goes back to.
  const keyOnFocus = useRef(node.key);
  const id = `${idPrefix}-key`;
  const shown = draft ?? node.key;

  const problem = (key: string): string | null => {
    if (key === node.key) return null;
    if (key === '') return t('inspector.keyEmpty');
    if (!isValidKey(key)) return t('inspector.keyInvalid');
    if (collectKeys(doc.getState().definition).has(key)) return t('inspector.keyDuplicate', { key });
    return null;
  };
  const error = draft === null ? null : problem(draft);
  const hint = t('inspector.keyHint');

  return (
    <FieldShell id={id} label={t('inspector.key')} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        className="mono"
        spellCheck={false}
        autoCapitalize="off"
        value={shown}
        maxLength={64}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => {
          const key = e.target.value;
          onEdited();
          if (problem(key) === null) {
            setDraft(null);
            dispatch({ name: 'updateNode', args: { nodeId: node.id, patch: { key } } }, { coalesceKey: `key:${node.id}` });
          } else {
            setDraft(key);
          }
        }}
        onFocus={() => {
          keyOnFocus.current = node.key;
        }}
        onBlur={() => {
          if (draft !== null && node.key !== keyOnFocus.current) {
            dispatch({ name: 'updateNode', args: { nodeId: node.id, patch: { key: keyOnFocus.current } } }, { coalesceKey: `key:${node.id}` });
          }
          setDraft(null);
          commitTyping();
        }}
      />
    </FieldShell>
  );
}
