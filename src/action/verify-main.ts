import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyCapsule } from '../verify/capsule.js';
import { failStep } from './failure.js';
import { runnerPaths } from './inputs.js';
import { runVerify } from './run-verify.js';

// Bundled to dist/verify/index.js: the action's root is two folders up.
const paths = runnerPaths(process.env, path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));

runVerify({ verifyCapsule }, paths).catch((err: unknown) => failStep(err, paths.workspace));
