import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../pipeline/run.js';
import { failStep } from './failure.js';
import { runnerPaths } from './inputs.js';
import { runAction } from './run-action.js';

// Bundled to dist/index.js: the action's root (examples/, dist/cli.js) is one folder up.
const actionRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const paths = runnerPaths(process.env, actionRoot);

runAction({ runPipeline }, paths).catch((err: unknown) => failStep(err, paths.workspace));
