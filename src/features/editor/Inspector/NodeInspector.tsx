/** The inspector of one node: type, key, and the form generated from its props schema. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectKeys } from '../../../model/keys';
import { propsCoalesceKey } from '../../../store/coalesceKeys';
import { useEditorStores } from '../../../store/EditorStoresProvider';
import { useDocumentActions, useNode } from '../../../store/useDocument';
import { useRole } from '../../../store/useSession';
import { useRegistry } from '../editorServices';
import { Icon, PathIcon } from '../Icon';
import { KeyField } from './KeyField';
import { SimulateButton } from './SimulateButton';
import { PropsForm } from './PropsForm';
import { isDerivedKey, keyForLabel } from './followLabelKey';
import { VisibilitySection } from './VisibilitySection';
import './ruleWidgets';
import './patternWidgets';

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const { t, i18n } = useTranslation('editor');
  const language = i18n.language === 'en' ? 'en' : 'it';
  const node = useNode(nodeId);
  const registry = useRegistry();
  const role = useRole();
  const { document: doc } = useEditorStores();
  const { dispatch, commitTyping } = useDocumentActions();
  const block = node ? registry.get(node.type) : undefined;
  const labelNow = (n: typeof node) => {
    const label = n?.props.label;
    return typeof label === 'string' && label.trim() ? label : (block?.label.it ?? '');
  };
  // Decided when the node is opened: an empty label on the way must not stop the key following.
  const [keyFollowsLabel, setKeyFollowsLabel] = useState(() => !!node && isDerivedKey(node.key, labelNow(node)));
  if (!node) return null;
  const idPrefix = `insp-${node.id}`;

  const onChange = (patch: Record<string, unknown>, typing: boolean, prop: string) => {
    const coalesceKey = typing ? propsCoalesceKey(node.id, prop) : undefined;
    dispatch({ name: 'updateNodeProps', args: { nodeId: node.id, props: patch } }, { coalesceKey });
    if (keyFollowsLabel && typeof patch.label === 'string') {
      const current = doc.getState().definition;
      const key = keyForLabel(node, patch.label, collectKeys(current));
      // Same coalescing key: label and key change as ONE undo step.
      if (key) dispatch({ name: 'updateNode', args: { nodeId: node.id, patch: { key } } }, { coalesceKey });
    }
  };

  return (
    <div className="inspector-node">
      <div className="inspector-type">
        <span className="inspector-type-icon">{block ? <PathIcon d={block.icon} size={22} /> : <Icon name="alert" size={22} />}</span>
        <div>
          <h3>{block ? block.label[language] : node.type}</h3>
          {block && <p className="field-hint">{block.description[language]}</p>}
        </div>
      </div>
      {!block && <p className="notice notice-warning">{t('inspector.unknownType', { type: node.type })}</p>}
      {block?.simulator && <SimulateButton nodeId={node.id} kind={block.simulator} />}
      {block && (
        <form className="inspector-form" onSubmit={(e) => e.preventDefault()} noValidate>
          <PropsForm
            idPrefix={idPrefix}
            schema={block.propsSchema}
            props={node.props}
            technicalProps={block.technicalProps}
            technicalReadOnly={role === 'official'}
            onChange={onChange}
            onCommit={commitTyping}
            afterLabel={<KeyField node={node} idPrefix={idPrefix} onEdited={() => setKeyFollowsLabel(false)} />}
          />
        </form>
      )}
      <VisibilitySection node={node} />
      {!block && <KeyField node={node} idPrefix={idPrefix} onEdited={() => setKeyFollowsLabel(false)} />}
    </div>
  );
}
