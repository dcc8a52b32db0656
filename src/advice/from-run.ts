import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { asBoolean, asNumber, asRecord, asString } from '../json/untrusted.js';
import { describeRunFailure } from '../manifest/run-failure.js';
import { nextSteps, signingFiles, type AdviceFacts } from './next-steps.js';

/** What the advice reads of a finished run (a pipeline result); advice sits below the pipeline. */
export interface FinishedRun {
  runDir: string;
  manifestPath: string;
  capsulePath: string;
  signaturePath: string;
  devKey: boolean;
  decision: Pick<AdviceFacts, 'decision' | 'blockers'>;
}

export interface RunAdviceOptions {
  /** The bundle as the user named it (a file or its folder), to run again. */
  bundleArg: string;
  /** The trust policy the run was verified under, if the user gave one. */
  trustPolicyPath?: string;
  /** The folder the user types commands from; paths in the advice are relative to it. */
  cwd: string;
  /** A command wrapped in place: the words after `capsule run` as typed, to run again instead of a bundle. */
  wrapped?: string[];
}

/** The "Next:" of one finished run, from its result and the manifest it wrote. */
export function runNextSteps(r: FinishedRun, o: RunAdviceOptions): string {
  // Relative where that is shorter to type; a path outside the working folder stays absolute.
  const rel = (p: string): string => {
    const abs = path.resolve(o.cwd, p);
    const r = path.relative(o.cwd, abs);
    return r === '' ? '.' : r.startsWith('..') ? abs : r;
  };
  const runFile = (...segments: string[]): string => rel(path.join(r.runDir, ...segments));
  const bundleFile = existsSync(path.join(path.resolve(o.cwd, o.bundleArg), 'bundle.json')) ? path.join(o.bundleArg, 'bundle.json') : o.bundleArg;
  return nextSteps(adviceFacts(r), {
    bundle: rel(o.bundleArg),
    bundleFile: rel(bundleFile),
    capsule: rel(r.capsulePath),
    signature: rel(r.signaturePath),
    trustPolicy: rel(o.trustPolicyPath ?? path.join(r.runDir, 'keys', 'trust-policy.local.json')),
    stderrLog: runFile('logs', 'stderr.log'),
    policyResults: runFile('proof', 'promotion', 'policy_results.json'),
    dossier: runFile('proof', 'promotion', 'promotion_dossier.md'),
    key: signingFiles((name) => existsSync(path.join(o.cwd, name))),
    ...(o.wrapped ? { wrapped: o.wrapped } : {}),
  });
}

function adviceFacts(r: FinishedRun): AdviceFacts {
  const manifest = existsSync(r.manifestPath) ? asRecord(JSON.parse(readFileSync(r.manifestPath, 'utf8'))) : {};
  const ext = asRecord(manifest.proof_capsule);
  const bundle = asRecord(ext.bundle);
  const execution = asRecord(ext.execution);
  const timedOut = asBoolean(execution.timed_out) ?? false;
  const maxRunSeconds = asNumber(bundle.max_run_seconds);
  return {
    decision: r.decision.decision,
    blockers: r.decision.blockers,
    lane: asString(bundle.lane),
    devKey: r.devKey,
    timedOut,
    maxRunSeconds,
    jobFailure: describeRunFailure({ status: null, exitCode: asNumber(execution.exit_code), signal: asString(execution.signal), timedOut, limitSeconds: maxRunSeconds }),
  };
}
