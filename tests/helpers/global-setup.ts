import type { TestProject } from 'vitest/node';
import { removeSharedBuilds } from './fixture-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this run's shared fixture builds (tests/helpers/fixture-build.ts), so no run reads another's. */
    fixtureRunId: string;
  }
}

/** Gives the run an id for its shared fixture builds, and removes them when the run ends. */
export default function setup(project: TestProject): () => void {
  const runId = `${process.pid}-${Date.now().toString(36)}`;
  project.provide('fixtureRunId', runId);
  return () => removeSharedBuilds(runId);
}
