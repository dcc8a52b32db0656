import { resolve } from 'node:path';
import { assertValid } from '../schemas/registry.js';
import { readFileCapped } from '../fsio/read.js';
import { parseJsonStrict } from '../json/parse.js';
import { sha256Hex } from '../hash/sha256.js';
import type { Candidate, ExecutorKind } from '../execute/placement.js';

export interface Inventory {
  candidates: Candidate[];
  path: string;
  sha256: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});

/** An agentplane node offers a process executor (lima-process) and/or a qemu one (qemu, microvm). */
function agentplaneCandidates(node: Obj): Candidate[] {
  const caps = { ...obj(node.caps), ...obj(node.platform), ...obj(node.capabilities) };
  const backends = Array.isArray(node.supportedBackends) ? (node.supportedBackends as string[]) : ['lima-process'];
  const kinds = new Set<ExecutorKind>(backends.flatMap((b): ExecutorKind[] => (b === 'lima-process' ? ['process'] : b === 'qemu' || b === 'microvm' ? ['qemu'] : [])));
  const capabilities = {
    os: String(caps.os ?? 'unknown'),
    arch: String(caps.arch ?? 'unknown'),
    kvm: caps.kvm === true,
    qemu: typeof caps.qemu === 'string' ? caps.qemu : null,
    kernels: Array.isArray(caps.kernels) ? (caps.kernels as string[]) : [],
    labels: [],
  };
  const usable = node.enabled !== false && ['ready', undefined].includes(obj(node.health).state as string | undefined);
  return usable ? [...kinds].map((executor) => ({ name: String(node.name), executor, capabilities })) : [];
}

/**
 * Reads an executor inventory: ours (`proofcapsule.dev/v1`, kind Inventory) or agentplane's
 * fleet/inventory.json (published FleetInventory nodes or the example's short form).
 * The default executor, when named, is listed first. Disabled or unhealthy agentplane
 * nodes are left out.
 */
export function readInventory(path: string): Inventory {
  const file = resolve(path);
  // One read: the digest recorded is of the bytes that were validated.
  const bytes = readFileCapped(file);
  const doc = parseJsonStrict(bytes.toString('utf8'), file);
  const value = obj(doc.value);
  let candidates: Candidate[];
  let preferred: string | undefined;
  if (value.apiVersion === 'proofcapsule.dev/v1') {
    assertValid('inventory', doc.value, file, doc);
    preferred = value.default as string | undefined;
    candidates = (value.executors as Obj[]).map((e) => ({
      name: e.name as string,
      executor: e.executor as ExecutorKind,
      capabilities: { os: e.os as string, arch: e.arch as string, kvm: e.kvm as boolean, qemu: (e.qemu as string | null) ?? null, kernels: (e.kernels as string[]) ?? [], labels: (e.labels as string[]) ?? [] },
    }));
  } else {
    assertValid('agentplane-fleet-inventory', doc.value, file, doc);
    preferred = value.defaultExecutor as string | undefined;
    candidates = (value.executors as Obj[]).flatMap(agentplaneCandidates);
  }
  const rank = (c: Candidate) => (c.name === preferred ? 0 : 1);
  return { candidates: [...candidates].sort((a, b) => rank(a) - rank(b)), path: file, sha256: sha256Hex(bytes) };
}
