import { shellWord } from '../text/shell.js';

/** What happened, as the advice needs it. */
export interface AdviceFacts {
  decision: 'promote' | 'block' | 'manual-review';
  blockers: string[];
  lane: string | null;
  devKey: boolean;
  timedOut: boolean;
  maxRunSeconds: number | null;
  /** Why the job itself failed (non-zero exit, signal), or null. */
  jobFailure: string | null;
}

/**
 * Where things are, as the reader would type them (relative to their working folder, or as
 * the surface shows them). `bundle` is what to pass to `capsule run` again.
 */
export interface AdvicePaths {
  bundle: string;
  bundleFile: string;
  capsule: string;
  signature: string;
  trustPolicy: string;
  stderrLog: string;
  policyResults: string;
  dossier: string;
  /** The key and trust policy to sign with: the user's own when `exists`, else names free to make them under. */
  key: { key: string; trustPolicy: string; exists: boolean };
  /** A command wrapped in place: the words after `capsule run` as typed (its options, `--`, the command). */
  wrapped?: string[];
}

const w = shellWord;

/**
 * The one "Next:" sentence every surface prints (CLI, job summary, PR comment), computed from
 * what happened: each command in it runs as written and leads where the sentence says.
 */
export function nextSteps(f: AdviceFacts, p: AdvicePaths): string {
  const rerun = p.wrapped ? `capsule run ${p.wrapped.map(w).join(' ')}` : `capsule run ${w(p.bundle)}`;
  const verify = `capsule verify ${w(p.capsule)} --signature ${w(p.signature)} --trust-policy ${w(p.trustPolicy)} --strict`;
  const ids = new Set(f.blockers);
  if (f.decision === 'promote') {
    const release = f.devKey ? ` It is dev-signed: for a release, sign with your own key (${signedRerun(p)}).` : '';
    // The verify line names a trust policy: a receiver who does not hold it yet cannot run it.
    const policy = `(and \`${p.trustPolicy}\`, if the receiver does not hold that trust policy yet)`;
    return `Hand off \`${p.capsule}\` and \`${p.signature}\` ${policy}: the receiver runs \`${verify}\` and promotes on pass.${release}`;
  }
  if (f.decision === 'block') {
    if (f.timedOut) {
      const raise = p.wrapped ? 'raise --timeout' : `raise spec.policy.maxRunSeconds in \`${p.bundleFile}\``;
      return `The job was stopped at its limit of ${f.maxRunSeconds ?? '?'} s: ${raise} (at most 3600) or make the job finish sooner, then rerun \`${rerun}\`.`;
    }
    if (ids.has('verification_status_pass') || [...ids].some((id) => id.startsWith('capsule_') || id.startsWith('archive_'))) {
      return `Do not promote: the capsule failed verification (\`${verify}\` names the failing check). Rerun \`${rerun}\` for a new one.`;
    }
    const gates = [...ids].filter((id) => id !== 'manifest_status_pass').sort();
    const why = f.jobFailure ? `${f.jobFailure}: its stderr is \`${p.stderrLog}\`` : `gate${gates.length === 1 ? '' : 's'} ${gates.join(', ')} failed: details in \`${p.policyResults}\``;
    return `Fix the job (${why}), then rerun \`${rerun}\`.`;
  }
  if (ids.has('dev_key_not_allowed')) {
    return `Lane ${f.lane ?? '?'} does not accept a generated dev key: ${signedRerun(p)}. Signing the capsule afterwards does not help: the key must seal the event chain during the run.`;
  }
  if (ids.has('human_gate_required')) {
    return `A person decides: read \`${p.dossier}\`, run \`${verify}\`, then approve (in CI, the protected environment of lane ${f.lane ?? '?'}).`;
  }
  return `A person decides whether the evidence is enough: read \`${p.dossier}\` and run \`${verify}\`; promote only if they accept it as it is.`;
}

/** Rerun with a key a trust policy anchors: the user's own if there, else made first. */
function signedRerun(p: AdvicePaths): string {
  const k = p.key;
  const keyFlags = `--key ${w(k.key)} --trust-policy ${w(k.trustPolicy)}`;
  const run = p.wrapped ? `capsule run ${keyFlags} ${p.wrapped.map(w).join(' ')}` : `capsule run ${w(p.bundle)} ${keyFlags}`;
  return k.exists ? `rerun \`${run}\`` : `run \`capsule keygen --out ${w(k.key)} --trust-policy ${w(k.trustPolicy)}\`, then \`${run}\``;
}

/** `capsule-key.pem` and `trust-policy.json` in `dir` when both are there or neither is; else the first free numbered pair. */
export function signingFiles(exists: (name: string) => boolean): AdvicePaths['key'] {
  for (let i = 1; ; i++) {
    const key = i === 1 ? 'capsule-key.pem' : `capsule-key-${i}.pem`;
    const trustPolicy = i === 1 ? 'trust-policy.json' : `trust-policy-${i}.json`;
    if (exists(key) && exists(trustPolicy)) return { key, trustPolicy, exists: true };
    if (!exists(key) && !exists(trustPolicy) && !exists(`${key}.pub`)) return { key, trustPolicy, exists: false };
  }
}
