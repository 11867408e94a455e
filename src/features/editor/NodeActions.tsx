/** Buttons of the selected card: move up/down, duplicate, delete. */
import { useTranslation } from 'react-i18next';
import { useDefinition } from '../../store/useDocument';
import { getNodeIndex, siblingsOf } from '../../store/nodeIndex';
import { useEditorActions } from './editorActions';
import { Icon, type IconName } from './Icon';

interface Props {
  nodeId: string;
  label: string;
}

function ActionButton({ icon, label, onClick, disabled, danger }: { icon: IconName; label: string; onClick(): void; disabled?: boolean; danger?: boolean }) {
  return (
    <button
      type="button"
      className={danger ? 'btn btn-icon btn-icon-danger' : 'btn btn-icon'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}

export function NodeActions({ nodeId, label }: Props) {
  const { t } = useTranslation('editor');
  const actions = useEditorActions();
  const place = useDefinition((d) => {
    const at = getNodeIndex(d).get(nodeId);
    if (!at) return 'none';
    const count = siblingsOf(d, at.stepId, at.parentId)?.length ?? 0;
    return `${at.index}/${count}`;
  });
  const [index, count] = place.split('/').map(Number);
  return (
    <div className="node-actions" role="group" aria-label={t('node.actions', { label })}>
      <ActionButton icon="up" label={t('node.moveUp', { label })} disabled={!(index > 0)} onClick={() => actions.moveNodeBy(nodeId, -1)} />
      <ActionButton
        icon="down"
        label={t('node.moveDown', { label })}
        disabled={!(index < count - 1)}
        onClick={() => actions.moveNodeBy(nodeId, 1)}
      />
      <ActionButton icon="copy" label={t('node.duplicate', { label })} onClick={() => actions.duplicateNode(nodeId)} />
      <ActionButton icon="trash" label={t('node.remove', { label })} danger onClick={() => actions.removeNode(nodeId)} />
    </div>
  );
}
