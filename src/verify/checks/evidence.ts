import { posix } from 'node:path';
import { CapsuleError } from '../../errors.js';
import { verifyProvenance } from '../../exports/provenance.js';
import { parseJsonStrict } from '../../json/parse.js';
import { topLevelProperties } from '../../schemas/top-level-properties.js';
import { validateAgainst } from '../../schemas/registry.js';
import { readEntryText } from './inventory.js';
import { admittedKeys } from './trust.js';
import { fail, pass, type CheckContext, type Outcome } from './context.js';
import { packedByAgilab } from './outputs.js';

const EVENTS = 'evidence/events.jsonl';

/**
 * Our check: the sealed event chain verifies, streamed from the bytes the hashing pass read
 * (nothing is extracted; a line past the chain's length cap stops the read), and its class is
 * recorded. A seal counts as trusted only under a verified origin (admittedKeys): an
 * unanchored or unverified capsule's chain is NON_AUTHORITATIVE, however it is sealed.
 */
export async function checkEventChain(ctx: CheckContext): Promise<Outcome> {
  const declared = ctx.get('snapshot').proof_capsule?.evidence;
  const e = ctx.get('entries').get(EVENTS);
  if (!e && declared && packedByAgilab(ctx)) {
    // AGILAB's packer packs no run files: the chain is absent, not tampered with, and nothing
    // it would prove is claimed (no evidence class).
    const chain = `an event chain (${declared.event_count} events, final hash ${declared.final_hash})`;
    ctx.warnings.push(`the run records ${chain} that this capsule does not hold (AGILAB's packer packs no run files): no evidence class`);
    return null;
  }
  if (!e) return declared ? fail(`run manifest declares an event chain, but ${EVENTS} is not in the capsule`) : null;
  // The chain verifier (a ~100 KB chunk) is loaded only for a capsule that holds a chain.
  const { verifyChainStream } = await import('../../chain/verify.js');
  const report = await verifyChainStream(ctx.get('capsule').entryChunks(e), `${ctx.path}!/${EVENTS}`, { trustedPublicKeySha256: admittedKeys(ctx) });
  ctx.set('chain', report);
  const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash, sealed: report.sealed, seal_trusted: report.seal_trusted, errors: report.errors.slice(0, 10) };
  if (report.status !== 'PASS') return fail(`${EVENTS}: chain FAIL: ${report.errors[0]?.rule ?? 'unknown'}: ${report.errors[0]?.message ?? ''}`, details);
  if (declared && (declared.final_hash !== report.final_hash || declared.event_count !== report.event_count)) {
    return fail(`${EVENTS}: final hash/event count differ from the run manifest's evidence block`, details);
  }
  return pass(`${EVENTS}: ${report.event_count} events verify; ${report.classification}`, details);
}

/**
 * The DSSE provenance verifies and its subjects match the pack. Only the envelope and its key
 * are read; subjects are matched against the entry digests capsule_entry_hashes_match proved.
 * Its key counts only under a verified origin; before that the envelope is only self-consistent.
 */
export async function checkProvenance(ctx: CheckContext): Promise<Outcome> {
  const entries = ctx.get('entries');
  const names = [...entries.keys()].filter((n) => n.startsWith('provenance/'));
  if (names.length === 0) return null;
  const files = new Map<string, Buffer>();
  for (const name of names) files.set(name, await ctx.get('capsule').readEntry(entries.get(name)!, ctx.limits.maxDocumentBytes));
  const digests = new Map(ctx.get('manifest').entries.map((e) => [e.path, e.sha256]));
  const result = verifyProvenance(files, digests);
  if (result.status === 'unsigned') {
    ctx.warnings.push(`provenance is unsigned: ${result.message}`);
    return null;
  }
  const details = { status: result.status, keyid: result.keyid ?? null };
  if (!result.ok) return fail(result.message, details);
  const admitted = admittedKeys(ctx);
  if (admitted.length === 0) return pass(`${result.message}; its key is the one the capsule carries, not anchored (origin not verified)`, { ...details, anchored: false });
  if (result.keyid && !admitted.includes(result.keyid)) return fail(`provenance signed by key ${result.keyid}, which no trust anchor admits`, details);
  return pass(result.message, { ...details, anchored: true });
}

/** Each `agentplane/<stem>.json` validates against the registered `agentplane-<stem>` schema. */
export async function checkAgentplaneArtifacts(ctx: CheckContext): Promise<Outcome> {
  const names = [...ctx.get('entries').keys()].filter((n) => n.startsWith('agentplane/') && n.endsWith('.json'));
  if (names.length === 0) return null;
  const problems: string[] = [];
  const validated: string[] = [];
  const unchecked: string[] = [];
  for (const name of names) {
    const schema = agentplaneSchemaFor(name);
    const file = `${ctx.path}!/${name}`;
    try {
      const doc = parseJsonStrict(await readEntryText(ctx, name), file);
      if (!schema) {
        unchecked.push(name);
        continue;
      }
      const issues = validateAgainst(schema, doc.value, doc);
      problems.push(...issues.map((i) => `${file}${i.line ? `:${i.line}:${i.column}` : ''} ${i.pointer || '/'}: ${i.message}`));
      validated.push(name);
    } catch (err) {
      if (err instanceof CapsuleError) problems.push(err.message);
      else throw err;
    }
  }
  if (problems.length > 0) return fail(problems[0]!, { problems, validated, unchecked });
  return pass(`${validated.length} agentplane artifacts validate${unchecked.length ? `; ${unchecked.length} parse but have no registered schema` : ''}`, { validated, unchecked });
}

/** `agentplane/RunArtifact.json` → `agentplane-RunArtifact` or `agentplane-run-artifact`, whichever is registered. */
function agentplaneSchemaFor(name: string): string | null {
  const stem = posix.basename(name, '.json');
  const kebab = stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
  for (const candidate of [`agentplane-${stem}`, `agentplane-${kebab}`]) {
    if (Object.hasOwn(topLevelProperties, `${candidate}.schema.json`)) return candidate;
  }
  return null;
}
