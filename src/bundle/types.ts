/** The normalized bundle every later stage reads (native v1; agentplane v0.1 is mapped onto it). */
export type BackendIntent = 'auto' | 'process' | 'qemu' | 'microvm';
export type OutputKind = 'file' | 'model' | 'dataset' | 'metrics' | 'report' | 'prompt' | 'eval';
export type Lane = 'dev' | 'staging' | 'prod';

/** A gate evaluated after the run; its result becomes a validation in the run manifest. */
export type BundleValidation =
  | { label: string; kind: 'exit-code'; equals?: number }
  | { label: string; kind: 'output-exists'; path: string }
  | { label: string; kind: 'metric'; path: string; metric: string; min?: number; max?: number };

export interface Bundle {
  apiVersion: 'proofcapsule.dev/v1';
  kind: 'Bundle';
  metadata: {
    name: string;
    version: string;
    createdAt: string;
    labels?: Record<string, string>;
    licensePolicy: { allowAGPL: false; notes?: string };
    source?: { git?: { rev: string; dirty: boolean } };
  };
  spec: {
    /** Exactly one of argv or script (a path inside the bundle, run as argv [script]). */
    run: { argv?: string[]; script?: string; cwd?: string; env?: Record<string, string> };
    secrets?: { required: string[] };
    executor: {
      backendIntent: BackendIntent;
      ref?: string;
      vm?: { kernel?: string; initrd?: string; memMiB?: number; vcpu?: number; shareWorkspace?: boolean; hostUserland?: boolean; network?: boolean };
    };
    inputs?: { path: string; kind?: string }[];
    outputs: { path: string; kind: OutputKind }[];
    validations?: BundleValidation[];
    policy: { maxRunSeconds: number; lane: Lane; failOnTimeout: boolean; humanGateRequired: boolean };
    artifacts?: { outDir?: string };
  };
  /** Blocks of an imported agentplane bundle that have no native equivalent, kept verbatim. */
  'x-agentplane'?: Record<string, unknown>;
}

export interface ValidatedBundle {
  bundle: Bundle;
  /** The bundle file as given, and the folder its relative paths resolve against (agentplane: the repository root). */
  path: string;
  dir: string;
  /**
   * `dir`-relative paths to stage (the bundle's folder and the files it names) when `dir` is a
   * repository root above the bundle; absent, the whole of `dir` is the bundle.
   */
  stage?: string[];
  sha256: string;
  format: 'proofcapsule.v1' | 'agentplane.v0.1';
  /** The document as read, for the capsule's bundle/ folder and agentplane artifacts. */
  original: unknown;
}
