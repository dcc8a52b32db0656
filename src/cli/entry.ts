import * as nodeModule from 'node:module';
import { prestartForArgv } from './early-worker.js';

// The CLI's first module, kept small: what runs here runs before the rest of the CLI (commander,
// the commands, their chunks) is read and compiled.

// Node >= 22.1 can keep the compiled code of every module loaded after this call (in the OS temp
// dir, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a later run skips most
// of their parse and compile, a large part of a small command's time. The Action runs on node24.
// Node 20 has no such call: there this line does nothing, at no measurable cost.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A verify of a large capsule: its hash worker boots on the second core while the CLI loads.
prestartForArgv(process.argv.slice(2));

await import('./main.js');
