import { createRedactor } from '../redact.js';
import type { ContainmentRecord } from './supervise.js';

/** A process's name is the job's to choose: it is redacted like everything else the job writes. */
function redactNames(record: ContainmentRecord, secretValues: string[]): ContainmentRecord {
  const redact = (name: string) => {
    const r = createRedactor(secretValues);
    return Buffer.concat([r.push(Buffer.from(name)), r.end()]).toString('utf8');
  };
  return {
    ...record,
    sent_sigterm: record.sent_sigterm.map((p) => ({ ...p, name: redact(p.name) })),
    killed: record.killed.map((p) => ({ ...p, name: redact(p.name) })),
  };
}

/** The containment block of an executor's details (the run manifest's `execution.details.containment`). */
export function containmentDetails(record: ContainmentRecord, secretValues: string[]): ContainmentRecord {
  return redactNames(record, secretValues);
}

/** What a reader of the run should be told: leftovers that had to be killed, and a containment a job can leave. */
export function containmentDiagnostics(record: ContainmentRecord, secretValues: string[]): string[] {
  const out: string[] = [];
  if (record.kind === 'process-group') {
    out.push(`containment: process group only (${Object.values(record.unavailable).join('; ')}): a job that calls setsid can outlive its run`);
  }
  if (record.killed_count > 0) {
    const names = redactNames(record, secretValues).killed.slice(0, 5).map((p) => `${p.name} (${p.pid})`).join(', ');
    out.push(`${record.killed_count} process(es) of the run were still alive at its end and were killed (${record.kind} containment): ${names}${record.killed_count > 5 ? ', …' : ''}`);
  }
  return out;
}
