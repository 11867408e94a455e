// @vitest-environment jsdom
/** The run both simulators share: when it starts again, and when it does not. */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from './serviceContext';
import { rankingSettingsOf, type PatternNode, type RankingSettings } from './settings';
import type { SimulationRunner } from './simulationRunner';
import type { SimulationRequest, SimulationResult } from './simulationTypes';
import { nidoRanking, nidoService } from './testing/fixtures';
import type { Applicant, SimulatorProps } from './types';
import { useSimulatorSession } from './useSimulatorSession';

afterEach(cleanup);

const applicants: Applicant[] = [{ id: 'd1', submittedAt: '2026-03-01T09:00:00Z', answers: {} }];

function rankingRequest(list: Applicant[], settings: RankingSettings, context: ServiceContext): SimulationRequest {
  return { kind: 'ranking', applicants: list, config: settings.config, now: context.window.closesAt };
}

/** A runner that never finishes and records every request it is given. */
function recordingRunner() {
  const requests: SimulationRequest[] = [];
  const runner: SimulationRunner = (request) => {
    requests.push(request);
    return { promise: new Promise<SimulationResult>(() => undefined), cancel: () => undefined };
  };
  return { runner, requests };
}

function session(node: PatternNode, runner: SimulationRunner) {
  const definition = nidoService();
  return renderHook((props: SimulatorProps) => useSimulatorSession(props, rankingSettingsOf, rankingRequest), {
    initialProps: { definition, node, runner, titleId: 'sim-title' } as SimulatorProps,
  });
}

describe('useSimulatorSession', () => {
  it('waits for applications, then runs once with the block’s settings', () => {
    const { runner, requests } = recordingRunner();
    const { result } = session(nidoRanking, runner);
    expect(requests).toEqual([]);
    expect(result.current.frame.state).toEqual({ status: 'idle' });
    expect(result.current.frame.titleId).toBe('sim-title');
    act(() => result.current.frame.onApplicants(applicants));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'ranking', applicants });
    expect(result.current.frame.applicants).toBe(applicants);
    expect(result.current.frame.state.status).toBe('running');
  });

  it('does not run again when the parent hands over an equal copy of the node, but does when a setting changes', () => {
    const { runner, requests } = recordingRunner();
    const { result, rerender } = session(nidoRanking, runner);
    act(() => result.current.frame.onApplicants(applicants));
    const definition = nidoService();
    rerender({ definition, node: structuredClone(nidoRanking), runner });
    // A new definition object rebuilds the context, so one more run; a copy of the node alone does not.
    const afterDefinition = requests.length;
    rerender({ definition, node: structuredClone(nidoRanking), runner });
    expect(requests).toHaveLength(afterDefinition);
    rerender({ definition, node: { ...nidoRanking, props: { ...nidoRanking.props, places: 1 } }, runner });
    expect(requests).toHaveLength(afterDefinition + 1);
    expect((requests.at(-1) as { config: { places: number } }).config.places).toBe(1);
  });

  it('does not run settings with a blocking problem, and hands the problems to the frame', () => {
    const { runner, requests } = recordingRunner();
    const { result } = session({ type: 'ranking', props: { places: 3 } }, runner);
    act(() => result.current.frame.onApplicants(applicants));
    expect(requests).toEqual([]);
    expect(result.current.frame.problems).toContainEqual(expect.objectContaining({ blocking: true }));
  });

  it('runs the same request again on «Ricalcola»', () => {
    const { runner, requests } = recordingRunner();
    const { result } = session(nidoRanking, runner);
    act(() => result.current.frame.onApplicants(applicants));
    act(() => result.current.frame.onRerun());
    expect(requests).toHaveLength(2);
    expect(requests[1]).toEqual(requests[0]);
  });
});
