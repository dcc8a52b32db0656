export const id = 448;
export const ids = [448];
export const modules = {

/***/ 8448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ isGateId),
  loadPromotionPolicy: () => (/* binding */ loadPromotionPolicy),
  policyWarnings: () => (/* binding */ policyWarnings)
});

// UNUSED EXPORTS: DEFAULT_RULES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/promotion/toml-locate.ts
/**
 * Line and column of the key a JSON pointer names in a TOML text. smol-toml does not
 * report positions of values, so schema errors in a TOML policy are located at the line
 * of the key (or table header) they concern; array indexes resolve to the array's key.
 */
function locateTomlPointer(text, pointer) {
    const wanted = pointer
        .split('/')
        .slice(1)
        .filter((token) => !/^\d+$/.test(token))
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
    let table = [];
    let best = { line: 1, column: 1, depth: 0 };
    text.split('\n').forEach((raw, index) => {
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(raw);
        const assignment = /^(\s*)([A-Za-z0-9_."'-][A-Za-z0-9_.\s"'-]*?)\s*=/.exec(raw);
        let path;
        let column = 1;
        if (header) {
            table = splitDottedKey(header[1]);
            path = table;
            column = raw.indexOf('[') + 1;
        }
        else if (assignment) {
            path = [...table, ...splitDottedKey(assignment[2])];
            column = assignment[1].length + 1;
        }
        if (!path || path.length > wanted.length || !path.every((part, i) => part === wanted[i]))
            return;
        if (path.length > best.depth)
            best = { line: index + 1, column, depth: path.length };
    });
    return { line: best.line, column: best.column };
}
function splitDottedKey(key) {
    return (key.match(/"[^"]*"|'[^']*'|[^.\s]+/g) ?? []).map((part) => part.replace(/^["']|["']$/g, ''));
}

;// CONCATENATED MODULE: ./src/promotion/baseline-policy.ts
const METRIC_LIMITS = ['max_drop', 'max_rise', 'min_improvement'];
function normalizeBaselinePolicy(file) {
    if (file === undefined)
        return null;
    const metrics = Object.entries(file.metrics ?? {}).map(([metric, rule]) => {
        const limits = {};
        for (const limit of METRIC_LIMITS)
            if (rule[limit] !== undefined)
                limits[limit] = threshold(rule[limit]);
        // A metric only capped from above (a loss, a latency) is one where lower is better.
        const better = rule.better ?? (rule.max_rise !== undefined && rule.max_drop === undefined ? 'lower' : 'higher');
        return { metric, limits, better };
    });
    return { required: file.required ?? false, metrics, unchanged_outputs: file.unchanged_outputs ?? [] };
}
function threshold(written) {
    if (typeof written === 'number')
        return { value: written, relative: false, text: String(written) };
    return { value: Number(written.slice(0, -1)) / 100, relative: true, text: written };
}

;// CONCATENATED MODULE: ./src/promotion/policy.ts








/** The gate ids a policy may select: AGILAB's manifest checks plus ours (docs/policy.md). */
const GATE_IDS = [
    'manifest_exists',
    'manifest_schema_supported',
    'manifest_status_pass',
    'validations_pass',
    'declared_artifacts_present',
    'command_present',
    'replay_available',
    'secret_env_values_redacted',
    'run_not_timed_out',
    'required_outputs_present',
    'duration_within_limit',
];
/** AGILAB's default adoption gate, plus our timeout gate (skipped for plain AGILAB manifests). */
const DEFAULT_RULES = [
    'manifest_schema_supported',
    'manifest_status_pass',
    'validations_pass',
    'declared_artifacts_present',
    'command_present',
    'replay_available',
    'secret_env_values_redacted',
    'run_not_timed_out',
];
const DEFAULT_POLICY_ID = 'proofcapsule.default_promotion_gate.v1';
const DEFAULT_LANES = {
    dev: { human_gate: false, allow_dev_key: true },
    staging: { human_gate: false, allow_dev_key: false },
    prod: { human_gate: true, allow_dev_key: false },
};
/** Reads a JSON or TOML policy (by extension; `.toml`/`.tml` is TOML), or returns the default policy. */
function loadPromotionPolicy(path) {
    if (path === undefined)
        return normalizePolicy({}, '<default>');
    const text = (0,read/* readTextFile */.Gu)(path);
    const isToml = ['.toml', '.tml'].includes((0,external_node_path_.extname)(path).toLowerCase());
    const { value, doc } = isToml ? parseTomlPolicy(text, path) : parseJsonPolicy(text, path);
    (0,registry/* assertValid */.pP)('promotion-policy', value, path, doc);
    return normalizePolicy(value, path, doc);
}
/** One warning line per key the policy has that nothing reads (AGILAB ignores them too). */
function policyWarnings(policy) {
    return policy.unknown_keys.length === 0 ? [] : [`${policy.source}: ${policy.unknown_keys.length === 1 ? 'key' : 'keys'} ${policy.unknown_keys.join(', ')} ${policy.unknown_keys.length === 1 ? 'is' : 'are'} not a policy field and ${policy.unknown_keys.length === 1 ? 'is' : 'are'} ignored (--strict fails the policy on ${policy.unknown_keys.length === 1 ? 'it' : 'them'})`];
}
/** A gate id this version has (the others fail as rules: AGILAB's "Unknown or unsupported policy rule"). */
function isGateId(id) {
    return GATE_IDS.includes(id);
}
function parseJsonPolicy(text, path) {
    const doc = (0,parse/* parseJsonStrict */.jM)(text, path);
    return { value: doc.value, doc };
}
function parseTomlPolicy(text, path) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text, { maxDepth: parse/* MAX_JSON_DEPTH */.KX });
    }
    catch (err) {
        if (!(err instanceof dist/* TomlError */.zx))
            throw err;
        const firstLine = err.message.split('\n')[0];
        throw new errors/* CapsuleError */.Mu('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${firstLine}`, { file: path, line: err.line, column: err.column });
    }
    // smol-toml returns its own Date types for datetimes; a plain JSON view is what the schema checks.
    const plain = JSON.parse(JSON.stringify(value));
    return { value: plain, doc: { file: path, value: plain, locate: (pointer) => locateTomlPointer(text, pointer) } };
}
function normalizePolicy(file, source, doc) {
    const rules = selectedRules(file);
    if ((file.required_outputs ?? []).length > 0)
        rules.push('required_outputs_present');
    if (file.max_duration_seconds !== undefined)
        rules.push('duration_within_limit');
    return {
        schema: 'proofcapsule.promotion_policy.v1',
        id: file.id ?? DEFAULT_POLICY_ID,
        source,
        rules: [...new Set(rules)],
        unknown_rules: doc ? unknownRuleSources(file, doc) : {},
        unknown_keys: [...(0,registry/* unknownTopLevelKeys */.IU)('promotion-policy', file), ...ruleObjectExtraKeys(file)],
        required_validations: file.required_validations ?? 'all',
        required_outputs: file.required_outputs ?? [],
        max_duration_seconds: file.max_duration_seconds ?? null,
        required_evidence_class: file.required_evidence_class ?? null,
        lanes: {
            dev: laneOf(file, 'dev'),
            staging: laneOf(file, 'staging'),
            prod: laneOf(file, 'prod'),
        },
        baseline: normalizeBaselinePolicy(file.baseline),
    };
}
/** AGILAB's three spellings: a list of ids, a list of {id, required}, or a map id → enabled. */
function selectedRules(file) {
    const rules = file.rules;
    if (rules === undefined)
        return [...DEFAULT_RULES];
    if (Array.isArray(rules)) {
        return rules.flatMap((rule) => (typeof rule === 'string' ? [rule] : rule.required === false ? [] : [rule.id]));
    }
    return Object.entries(rules).filter(([, enabled]) => enabled).map(([id]) => id);
}
/** Each selected id no gate has, with where the file wrote it. */
function unknownRuleSources(file, doc) {
    const rules = file.rules;
    if (rules === undefined)
        return {};
    const written = Array.isArray(rules)
        ? rules.map((rule, i) => (typeof rule === 'string' ? [rule, `/rules/${i}`] : [rule.id, `/rules/${i}/id`]))
        : Object.keys(rules).map((id) => [id, `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    const out = {};
    for (const [id, pointer] of written) {
        if (isGateId(id) || id in out)
            continue;
        const at = doc.locate(pointer);
        out[id] = `${doc.file}:${at.line}:${at.column} ${pointer}`;
    }
    return out;
}
/** Keys of `{id, required}` rule objects beyond those two: AGILAB ignores them. */
function ruleObjectExtraKeys(file) {
    if (!Array.isArray(file.rules))
        return [];
    return file.rules.flatMap((rule, i) => (typeof rule === 'string' ? [] : Object.keys(rule).filter((k) => k !== 'id' && k !== 'required').map((k) => `rules/${i}/${k}`)));
}
function laneOf(file, lane) {
    const declared = file.lanes?.[lane] ?? {};
    return {
        // The prod human gate is the floor (docs/policy.md): the schema refuses turning it off.
        human_gate: declared.human_gate ?? DEFAULT_LANES[lane].human_gate,
        allow_dev_key: declared.allow_dev_key ?? file.allow_dev_key ?? DEFAULT_LANES[lane].allow_dev_key,
    };
}


/***/ })

};
