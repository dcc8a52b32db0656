import { basename } from 'node:path';
import type { RunRecord } from '../record/types.js';
import type { RunManifest } from '../manifest/types.js';
import { artifactRows, type ArtifactRow } from './artifact-rows.js';
import { codeSpan, fenced, oneLine } from '../text/markdown.js';
import { shQuote } from '../text/shell.js';

/** `agilab.run_storyboard.v1`: the one-run story (AGILAB's shape; `capsule` is our addition). */
export interface RunStory {
  schema: 'agilab.run_storyboard.v1';
  status: string;
  manifest_path: string;
  manifest_sha256: string;
  story: {
    headline: string;
    run_id: string;
    path_id: string;
    label: string;
    app_name: string;
    duration_seconds: number;
    target_seconds: number | null;
    artifact_count: number;
    validation_count: number;
  };
  command: { label: string; argv: string[]; text: string; cwd: string; env_override_keys: string[] };
  environment: { python_version: string; platform: string; repo_root: string; active_app: string };
  validations: { label: string; status: string; summary: string }[];
  artifacts: ArtifactRow[];
  next_actions: string[];
  capsule: {
    bundle: string;
    lane: string;
    executor: string;
    timed_out: boolean;
    exit_code: number | null;
    evidence_class: string;
    event_count: number;
  } | null;
  provenance: { source: 'run_manifest'; source_schema: 'agilab.run_manifest'; source_schema_version: 1; executes_commands: false };
}

export function buildRunStory(record: RunRecord): RunStory {
  const { manifest } = record;
  const artifacts = artifactRows(record);
  const pc = manifest.proof_capsule;
  return {
    schema: 'agilab.run_storyboard.v1',
    status: manifest.status,
    manifest_path: basename(record.manifestPath),
    manifest_sha256: record.manifestSha256,
    story: {
      headline: headline(manifest),
      run_id: manifest.run_id,
      path_id: manifest.path_id,
      label: manifest.label,
      app_name: manifest.environment.app_name,
      duration_seconds: manifest.timing.duration_seconds,
      target_seconds: manifest.timing.target_seconds,
      artifact_count: artifacts.length,
      validation_count: manifest.validations.length,
    },
    command: {
      label: manifest.command.label,
      argv: [...manifest.command.argv],
      text: manifest.command.argv.map(shQuote).join(' '),
      cwd: manifest.command.cwd,
      env_override_keys: Object.keys(manifest.command.env_overrides).sort(),
    },
    environment: {
      python_version: manifest.environment.python_version,
      platform: manifest.environment.platform,
      repo_root: manifest.environment.repo_root,
      active_app: manifest.environment.active_app,
    },
    validations: manifest.validations.map((v) => ({ label: v.label, status: v.status, summary: v.summary })),
    artifacts,
    next_actions: nextActions(manifest, artifacts),
    capsule: pc
      ? {
          bundle: `${pc.bundle.name}@${pc.bundle.version}`,
          lane: pc.bundle.lane,
          executor: pc.execution.executor,
          timed_out: pc.execution.timed_out,
          exit_code: pc.execution.exit_code,
          evidence_class: pc.evidence.classification,
          event_count: pc.evidence.event_count,
        }
      : null,
    provenance: { source: 'run_manifest', source_schema: 'agilab.run_manifest', source_schema_version: 1, executes_commands: false },
  };
}

function headline(manifest: RunManifest): string {
  const app = manifest.environment.app_name || manifest.path_id;
  if (manifest.proof_capsule?.execution.timed_out) return `${manifest.label} timed out for ${app}.`;
  if (manifest.status === 'pass') return `${manifest.label} passed for ${app}.`;
  if (manifest.status === 'fail') return `${manifest.label} failed for ${app}.`;
  return `${manifest.label} finished with unknown status for ${app}.`;
}

function nextActions(manifest: RunManifest, artifacts: ArtifactRow[]): string[] {
  const missing = artifacts.filter((a) => !a.exists).map((a) => a.name);
  const failing = manifest.validations.filter((v) => v.status !== 'pass').map((v) => v.label);
  if (manifest.proof_capsule?.execution.timed_out) return [`Raise spec.policy.maxRunSeconds (now ${manifest.proof_capsule.bundle.max_run_seconds} s) or make the job finish sooner, then rerun it.`];
  if (missing.length > 0) return ['Regenerate missing artifacts before sharing the run.', `Missing artifacts: ${missing.sort().join(', ')}`];
  if (failing.length > 0) return ['Fix or rerun the failing validation step before promoting the evidence.', `Failing validations: ${failing.sort().join(', ')}`];
  if (manifest.status === 'pass') {
    return [
      'Share run_story.md with reviewers as the human-readable run summary.',
      'Attach run_story.json when a downstream tool needs structured evidence.',
      'Run `capsule promotion-dossier run_manifest.json` for the promotion decision.',
    ];
  }
  return ['Rerun the manifest-producing command until the status is pass or fail.'];
}

/** Markdown view of the story; recorded strings go inside code spans, with backquotes neutralized. */
export function renderRunStoryMarkdown(story: RunStory): string {
  const s = story.story;
  const lines = [
    `# ${oneLine(s.headline)}`,
    '',
    '## Run',
    '',
    `- Status: ${codeSpan(story.status)}`,
    `- Run ID: ${codeSpan(s.run_id)}`,
    `- Path: ${codeSpan(s.path_id)}`,
    `- App: ${codeSpan(s.app_name)}`,
    `- Duration: ${codeSpan(String(s.duration_seconds))} seconds`,
    ...(story.capsule
      ? [
          `- Bundle: ${codeSpan(story.capsule.bundle)} (lane ${codeSpan(story.capsule.lane)}, executor ${codeSpan(story.capsule.executor)})`,
          `- Evidence: ${codeSpan(story.capsule.evidence_class)} (${story.capsule.event_count} chained events)`,
        ]
      : []),
    '',
    '## Command',
    '',
    `- Label: ${codeSpan(story.command.label)}`,
    `- CWD: ${codeSpan(story.command.cwd)}`,
    `- Env overrides: ${story.command.env_override_keys.map(codeSpan).join(', ') || 'none'}`,
    '',
    ...fenced(story.command.text, 'sh'),
    '',
    '## Validations',
    '',
    ...(story.validations.length > 0 ? story.validations.map((v) => `- ${codeSpan(v.status)} ${oneLine(v.label)}: ${oneLine(v.summary)}`) : ['- No validation rows were recorded.']),
    '',
    '## Artifacts',
    '',
    ...(story.artifacts.length > 0
      ? story.artifacts.map((a) => `- ${codeSpan(a.name)} (${oneLine(a.kind)}): ${a.exists ? 'present' : 'missing'} at ${codeSpan(a.path)}${a.sha256 ? `, sha256 ${codeSpan(a.sha256)}` : ''}`)
      : ['- No artifacts were recorded.']),
    '',
    '## Next Actions',
    '',
    ...story.next_actions.map((a) => `- ${a}`),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
