/**
 * Catches a failed lazy load (a chunk missing after an update, the network
 * gone) so that one control or dialog that cannot load says so in words
 * instead of taking the whole inspector down.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the children once loading them failed. */
  fallback: ReactNode;
  children: ReactNode;
}

export class LoadBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
