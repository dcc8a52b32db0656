import type { ChainRecorder } from '../chain/recorder.js';
import { canonicalJson } from '../json/canonical.js';
import { sha256Hex } from '../hash/sha256.js';
import type { RunExtension } from '../manifest/types.js';
import type { StageEvent, StageName, PipelineResult } from './types.js';

type StageStatus = 'pass' | 'fail' | 'warn';

interface StageRecord {
  stage: StageName;
  status: StageStatus;
  message: string;
  durationMs: number;
  startedAt: string;
  finishedAt: string;
  argsHash: string;
  resultHash: string;
}

const hashOf = (value: unknown) => sha256Hex(canonicalJson(value ?? null));

/**
 * Times each pipeline stage, reports it to the caller (progress, log groups) and records it in
 * the chain as TOOL_CALL then TOOL_RESULT (or TOOL_ERROR). Arguments and results are hashed,
 * not stored: the chain proves order and content without holding either.
 */
export class StageLog {
  private readonly records: StageRecord[] = [];
  private chain: ChainRecorder | undefined;

  constructor(private readonly onStage?: (event: StageEvent) => void) {}

  /** Stages that finished before the chain existed (validate, place) are recorded first, in order. */
  attach(chain: ChainRecorder): void {
    this.chain = chain;
    for (const r of this.records) {
      chain.append('TOOL_CALL', { tool_name: r.stage, args_hash: r.argsHash, started_at: r.startedAt });
      chain.append('TOOL_RESULT', { tool_name: r.stage, status: r.status, result_hash: r.resultHash, duration_ms: r.durationMs, summary: r.message.slice(0, 500) });
    }
  }

  /** After the seal nothing more may enter the chain; later stages are only timed and reported. */
  detach(): void {
    this.chain = undefined;
  }

  async run<T>(stage: StageName, args: unknown, fn: () => Promise<T> | T, describe: (value: T) => { status?: StageStatus; message: string; result?: unknown }): Promise<T> {
    const started = new Date();
    const argsHash = hashOf(args);
    this.onStage?.({ stage, status: 'start', message: `${stage}…` });
    this.chain?.append('TOOL_CALL', { tool_name: stage, args_hash: argsHash, started_at: started.toISOString() });
    let value: T;
    try {
      value = await fn();
    } catch (err) {
      const message = (err as Error).message;
      this.push({ stage, status: 'fail', message, started, argsHash, resultHash: hashOf(message) });
      this.chain?.append('TOOL_ERROR', { tool_name: stage, error_type: (err as { code?: string }).code ?? 'error', error_message: message.slice(0, 500) });
      throw err;
    }
    const { status = 'pass', message, result } = describe(value);
    const record = this.push({ stage, status, message, started, argsHash, resultHash: hashOf(result) });
    this.chain?.append('TOOL_RESULT', { tool_name: stage, status, result_hash: record.resultHash, duration_ms: record.durationMs, summary: message.slice(0, 500) });
    return value;
  }

  get stages(): PipelineResult['stages'] {
    return this.records.map(({ stage, status, durationMs, message }) => ({ stage, status, durationMs, message }));
  }

  /** For the manifest's `proof_capsule.stages` (timelines, OTLP spans). */
  toManifest(): NonNullable<RunExtension['stages']> {
    return this.records.map((r) => ({ stage: r.stage, status: r.status, started_at: r.startedAt, finished_at: r.finishedAt, message: r.message }));
  }

  private push(r: { stage: StageName; status: StageStatus; message: string; started: Date; argsHash: string; resultHash: string }): StageRecord {
    const finished = new Date();
    const record: StageRecord = {
      stage: r.stage,
      status: r.status,
      message: r.message,
      durationMs: finished.getTime() - r.started.getTime(),
      startedAt: r.started.toISOString(),
      finishedAt: finished.toISOString(),
      argsHash: r.argsHash,
      resultHash: r.resultHash,
    };
    this.records.push(record);
    this.onStage?.({ stage: r.stage, status: r.status, message: r.message, durationMs: record.durationMs });
    return record;
  }
}
