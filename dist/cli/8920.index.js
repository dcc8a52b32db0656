export const id = 8920;
export const ids = [8920];
export const modules = {

/***/ 2557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ artifactRows)
/* harmony export */ });
/**
 * The manifest's artifacts with their digests, taken from the record (the run's output
 * hashes, or the files already packed): builders never read the disk, so documents are
 * the same wherever they are built.
 */
function artifactRows(record) {
    const digests = new Map();
    for (const file of record.files)
        digests.set(file.path, file.sha256);
    for (const output of record.manifest.proof_capsule?.outputs ?? [])
        digests.set(output.path, output.sha256);
    return record.manifest.artifacts.map((a) => ({
        name: a.name,
        path: a.path,
        kind: a.kind,
        exists: a.exists,
        size_bytes: a.size_bytes,
        sha256: digests.get(a.path) ?? null,
    }));
}


/***/ }),

/***/ 8920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildRunStory: () => (/* binding */ buildRunStory),
/* harmony export */   renderRunStoryMarkdown: () => (/* binding */ renderRunStoryMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _artifact_rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2557);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6590);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);




function buildRunStory(record) {
    const { manifest } = record;
    const artifacts = (0,_artifact_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactRows */ .Y)(record);
    const pc = manifest.proof_capsule;
    return {
        schema: 'agilab.run_storyboard.v1',
        status: manifest.status,
        manifest_path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(record.manifestPath),
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
            text: manifest.command.argv.map(_text_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shQuote */ .US).join(' '),
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
function headline(manifest) {
    const app = manifest.environment.app_name || manifest.path_id;
    if (manifest.proof_capsule?.execution.timed_out)
        return `${manifest.label} timed out for ${app}.`;
    if (manifest.status === 'pass')
        return `${manifest.label} passed for ${app}.`;
    if (manifest.status === 'fail')
        return `${manifest.label} failed for ${app}.`;
    return `${manifest.label} finished with unknown status for ${app}.`;
}
function nextActions(manifest, artifacts) {
    const missing = artifacts.filter((a) => !a.exists).map((a) => a.name);
    const failing = manifest.validations.filter((v) => v.status !== 'pass').map((v) => v.label);
    if (manifest.proof_capsule?.execution.timed_out)
        return [`Raise spec.policy.maxRunSeconds (now ${manifest.proof_capsule.bundle.max_run_seconds} s) or make the job finish sooner, then rerun it.`];
    if (missing.length > 0)
        return ['Regenerate missing artifacts before sharing the run.', `Missing artifacts: ${missing.sort().join(', ')}`];
    if (failing.length > 0)
        return ['Fix or rerun the failing validation step before promoting the evidence.', `Failing validations: ${failing.sort().join(', ')}`];
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
function renderRunStoryMarkdown(story) {
    const s = story.story;
    const lines = [
        `# ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(s.headline)}`,
        '',
        '## Run',
        '',
        `- Status: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.status)}`,
        `- Run ID: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s.run_id)}`,
        `- Path: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s.path_id)}`,
        `- App: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s.app_name)}`,
        `- Duration: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(String(s.duration_seconds))} seconds`,
        ...(story.capsule
            ? [
                `- Bundle: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.bundle)} (lane ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.lane)}, executor ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.executor)})`,
                `- Evidence: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.evidence_class)} (${story.capsule.event_count} chained events)`,
            ]
            : []),
        '',
        '## Command',
        '',
        `- Label: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.command.label)}`,
        `- CWD: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.command.cwd)}`,
        `- Env overrides: ${story.command.env_override_keys.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS).join(', ') || 'none'}`,
        '',
        ...(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fenced */ .OF)(story.command.text, 'sh'),
        '',
        '## Validations',
        '',
        ...(story.validations.length > 0 ? story.validations.map((v) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(v.status)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(v.label)}: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(v.summary)}`) : ['- No validation rows were recorded.']),
        '',
        '## Artifacts',
        '',
        ...(story.artifacts.length > 0
            ? story.artifacts.map((a) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(a.name)} (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(a.kind)}): ${a.exists ? 'present' : 'missing'} at ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(a.path)}${a.sha256 ? `, sha256 ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(a.sha256)}` : ''}`)
            : ['- No artifacts were recorded.']),
        '',
        '## Next Actions',
        '',
        ...story.next_actions.map((a) => `- ${a}`),
    ];
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine)
/* harmony export */ });
/**
 * Recorded text (from a bundle, a manifest, the engine) made safe for Markdown: one escaper
 * for every document and summary, so a string cannot end a table row, open markup or close
 * a code span wherever it lands.
 */
/** Runs of line breaks become one space: a recorded string cannot start a new block. */
function oneLine(value) {
    return value.replace(/[\r\n]+/g, ' ');
}
/**
 * Text safe in a table cell or a line: markup outside code spans is shown as text (inside
 * them entities would show literally, and markup is inert anyway), pipes and line breaks
 * cannot end the row. Cut at `max` characters with an ellipsis.
 */
function cell(value, max = Number.POSITIVE_INFINITY) {
    const text = String(value);
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return cut
        .split(/(`[^`\n]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
        .join('')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** A code span that holds any recorded string on one line; `(none)` for an empty one. */
function codeSpan(value) {
    const text = oneLine(value);
    if (text === '')
        return '(none)';
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    return fence.length > 1 || text.startsWith(' ') || text.endsWith(' ')
        ? `${fence} ${text} ${fence}`
        : `${fence}${text}${fence}`;
}
/** A fenced code block longer than any backtick run inside, so recorded text cannot close it. */
function fenced(text, info) {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return [`${fence}${info}`, text, fence];
}
function longestBacktickRun(text) {
    return (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
}


/***/ })

};
