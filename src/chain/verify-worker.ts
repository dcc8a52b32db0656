// A worker thread of `verifyChainFile`: reads the batches of lines it is sent into records
// (parallel.ts). Built as its own bundle beside the CLI's (scripts/package.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { LineBatchReader } from './line-records.js';
import { readBatch, type BatchJob } from './parallel.js';
import { Counter, type ChainWorkerData } from './workers.js';

const { maxLine, counters } = workerData as ChainWorkerData;
const reader = new LineBatchReader({ maxLine });
parentPort!.on('message', (job: BatchJob & { id: number }) => {
  parentPort!.postMessage({ id: job.id, ...readBatch(reader, job) });
  Atomics.add(counters, Counter.Finished, 1);
});
Atomics.store(counters, Counter.Ready, 1);
