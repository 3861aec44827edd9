/** A fault test file in one call: a fault system for the file, then one phase per fault, each asserting every invariant. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultSystem, type FaultSystem, type FaultSystemOptions } from './fault-system.js';
import { phaseFailure } from './fault-report.js';
import { FAULTS, phaseTimeoutMs, runFaultPhase, type FaultName } from './faults.js';

/** Enough roadmaps for faults to hit jobs in every state, few enough for a phase to take well under 3 minutes. */
export const FAULT_TEST_ROADMAPS = 8;

export function describeFaults(title: string, system: FaultSystemOptions, cases: ReadonlyArray<{ fault: FaultName; then: string }>): void {
  describe(title, () => {
    let sys: FaultSystem;
    beforeAll(async () => {
      sys = await startFaultSystem(system);
    });
    afterAll(async () => {
      await sys?.close();
    });
    for (const c of cases) {
      it(`${FAULTS[c.fault].title}: ${c.then}`, async () => {
        const phase = await runFaultPhase(sys, c.fault, FAULT_TEST_ROADMAPS);
        expect(phase.report.violations, phaseFailure(phase, sys.diagnostics())).toEqual([]);
      }, phaseTimeoutMs(c.fault, FAULT_TEST_ROADMAPS));
    }
  });
}
