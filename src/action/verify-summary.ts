import path from 'node:path';
import type { VerificationReport } from '../verify/report.js';
import { cell, table } from './markdown.js';

/** The verify action's summary: pass or fail first, then every check by name. */
export function renderVerifySummary(report: VerificationReport, signaturePath: string | undefined, trustPolicyPath: string | undefined): string {
  const failed = report.checks.filter((c) => c.status === 'fail');
  const head = report.status !== 'pass'
    ? `## ❌ Capsule failed verification: ${failed.map((c) => `\`${c.id}\``).join(', ')}`
    // A pass without a verified origin proves the bytes are whole, not who made them.
    : report.origin.verified ? '## ✅ Capsule verified' : '## ⚠️ Integrity only: origin not verified';
  const facts = [
    `**Capsule:** \`${cell(path.basename(report.capsule.path))}\`${report.capsule.sha256 ? ` · SHA-256 \`${report.capsule.sha256}\`` : ''}`,
    `**Origin:** ${cell(report.origin.summary)}`,
    `**Signature:** ${signaturePath ? `\`${cell(path.basename(signaturePath))}\`` : 'none given'} · **Trust policy:** ${trustPolicyPath ? `\`${cell(path.basename(trustPolicyPath))}\`` : 'none given'} · **Evidence class:** \`${cell(report.evidence_class ?? 'none')}\` · strict`,
  ];
  const warnings = report.warnings.map((w) => `> [!WARNING]\n> ${cell(w, 2000)}`);
  const checks = table(['Check', 'Status', 'Summary'], report.checks.map((c) => [c.id, c.status === 'pass' ? '✅ pass' : '❌ fail', c.summary]), report.checks.length, 'capsule verify --json');
  return [head, facts.join('\n\n'), ...warnings, `### Checks\n\n${checks}`].join('\n\n') + '\n';
}
