import type { ChainRecorder } from '../chain/recorder.js';
import { canonicalJson } from '../json/canonical.js';
import { sha256Hex } from '../hash/sha256.js';
import type { StageEvent, StageName, PipelineResult } from './types.js';

type StageRecord = PipelineResult['stages'][number] & { startedAt: string; finishedAt: string };

/**
 * Times each pipeline stage, reports it to the caller (progress, log groups) and, once the
 * chain is open, records it as TOOL_CALL then TOOL_RESULT or TOOL_ERROR. Arguments and
 * results are hashed, not stored: the chain proves order and content without holding it.
 */
export class StageLog {
  readonly stages: StageRecord[] = [];
  private chain: ChainRecorder | undefined;

  constructor(private readonly onStage?: (event: StageEvent) => void) {}

  attach(chain: ChainRecorder): void {
    this.chain = chain;
    // Stages that finished before the chain existed (validate, place) are recorded now, in order.
    for (const s of this.stages) this.recordInChain(s.stage, { started_at: s.startedAt }, s.status === 'fail' ? undefined : { status: s.status, message: s.message, finished_at: s.finishedAt }, s.message);
  }

  async run<T>(stage: StageName, args: unknown, fn: () => Promise<T> | T, describe: (result: T) => { status?: 'pass' | 'fail' | 'warn'; message: string; result?: unknown }): Promise<T> {
    const startedAt = new Date();
    this.onStage?.({ stage, status: 'start', message: `${stage}…` });
    const argsHash = sha256Hex(canonicalJson(args ?? null));
    if (this.chain) this.chain.append('TOOL_CALL', { tool_name: stage, args_hash: argsHash, started_at: startedAt.toISOString() });
    let value: T;
    try {
      value = await fn();
    } catch (err) {
      const finishedAt = new Date();
      const message = (err as Error).message;
      this.push(stage, 'fail', message, startedAt, finishedAt);
      if (this.chain) this.chain.append('TOOL_ERROR', { tool_name: stage, error_type: (err as { code?: string }).code ?? 'error', error_message: message.slice(0, 500) });
      throw err;
    }
    const finishedAt = new Date();
    const { status = 'pass', message, result } = describe(value);
    this.push(stage, status, message, startedAt, finishedAt);
    if (this.chain) {
      this.chain.append('TOOL_RESULT', {
        tool_name: stage,
        status,
        result_hash: sha256Hex(canonicalJson(result ?? null)),
        duration_ms: finishedAt.getTime() - startedAt.getTime(),
        summary: message.slice(0, 500),
      });
    }
    return value;
  }

  private push(stage: StageName, status: 'pass' | 'fail' | 'warn', message: string, startedAt: Date, finishedAt: Date): void {
    const durationMs = finishedAt.getTime() - startedAt.getTime();
    this.stages.push({ stage, status, message, durationMs, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString() });
    this.onStage?.({ stage, status, message, durationMs });
  }

  private recordInChain(stage: string, call: Record<string, unknown>, result: Record<string, unknown> | undefined, message: string): void {
    this.chain!.append('TOOL_CALL', { tool_name: stage, args_hash: sha256Hex(canonicalJson(call)), ...call });
    if (result) this.chain!.append('TOOL_RESULT', { tool_name: stage, result_hash: sha256Hex(canonicalJson(result)), ...result });
    else this.chain!.append('TOOL_ERROR', { tool_name: stage, error_type: 'stage_failed', error_message: message.slice(0, 500) });
  }

  /** For the manifest's `proof_capsule.stages`. */
  toManifest(): NonNullable<import('../manifest/types.js').RunExtension['stages']> {
    return this.stages.map((s) => ({ stage: s.stage, status: s.status, started_at: s.startedAt, finished_at: s.finishedAt, message: s.message }));
  }
}
