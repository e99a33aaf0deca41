// Owns a parser process's side of the pool: one task at a time in, one outcome out, until the parent goes away.
import type { ParseTask } from './task.js';
import { runTask } from './task.js';

process.on('message', (task: ParseTask) => {
  void runTask(task).then((outcome) => process.send?.(outcome));
});
// The parent exited or closed the pool: nothing more will come.
process.on('disconnect', () => process.exit(0));

// For child-start.ts, which runs this module's bundle from V8's code cache.
export { setImporter } from '../load/external-modules.js';
