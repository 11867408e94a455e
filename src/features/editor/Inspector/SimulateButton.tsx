/**
 * "Simula": opens the pattern's simulator in a dialog. Which simulator comes
 * from the registry (`BlockDefinition.simulator`), never from the node type.
 * The simulators (charts, CSV, generator, worker) are loaded only when the
 * button is used — or about to be, on hover or focus — so the editor's first
 * load does not carry them.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockSimulator } from '../../../blocks/types';
import { useDefinition, useNode } from '../../../store/useDocument';
import { Icon } from '../Icon';
import { LoadBoundary } from './LoadBoundary';

const loadDialog = () => import('../../simulators/SimulatorDialog');
const SimulatorDialog = lazy(() => loadDialog().then((m) => ({ default: m.SimulatorDialog })));

/** The dialog with the current service and node; mounted only while open. */
function OpenSimulator({ nodeId, kind, onClose }: { nodeId: string; kind: BlockSimulator; onClose(): void }) {
  const definition = useDefinition((d) => d);
  const node = useNode(nodeId);
  if (!node) return null;
  return <SimulatorDialog kind={kind} open onClose={onClose} definition={definition} node={node} />;
}

export function SimulateButton({ nodeId, kind }: { nodeId: string; kind: BlockSimulator }) {
  const { t } = useTranslation('editor');
  const [open, setOpen] = useState(false);
  // Warm the chunk up when the pointer or the focus reaches the button: by the click it is usually there.
  const preload = () => void loadDialog().catch(() => undefined);
  const hintId = `simulate-${nodeId}-hint`;
  return (
    <div className="inspector-simulate">
      <button
        type="button"
        className="btn btn-small"
        aria-haspopup="dialog"
        aria-describedby={hintId}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        <Icon name="chart" />
        {t('inspector.simulate')}
      </button>
      <span className="field-hint" id={hintId}>
        {t(`inspector.simulateHint.${kind}`)}
      </span>
      {open && (
        <LoadBoundary fallback={<p className="field-error" role="alert">{t('inspector.simulateFailed')}</p>}>
          <Suspense fallback={<p className="field-hint" role="status">{t('inspector.simulateLoading')}</p>}>
            <OpenSimulator nodeId={nodeId} kind={kind} onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
