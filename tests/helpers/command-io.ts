import type { CommandIO } from '../../scripts/lib/command-io.ts';

/** What an editor command printed, and the `CommandIO` that collects it, for a run in-process. */
export function capturedIO(contentRoot: string): { io: CommandIO; printed: { stdout: string; stderr: string } } {
  const printed = { stdout: '', stderr: '' };
  const io: CommandIO = {
    stdout: (text) => {
      printed.stdout += text;
    },
    stderr: (text) => {
      printed.stderr += text;
    },
    cwd: process.cwd(),
    contentRoot,
  };
  return { io, printed };
}
