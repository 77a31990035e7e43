import type { Command } from '../io.ts';

/** `hardcall package`: placeholder replaced below. */
export const runPackage: Command = async (_args, io) => {
  io.stderr('hardcall package: not built yet\n');
  return 2;
};
