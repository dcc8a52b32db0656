import { failStep } from './failure.js';
import { runReviewCheck } from './run-review-check.js';

// Bundled to dist/review-check/index.js (review-check/action.yml).
runReviewCheck().catch((err: unknown) => failStep(err, process.env.GITHUB_WORKSPACE || process.cwd()));
