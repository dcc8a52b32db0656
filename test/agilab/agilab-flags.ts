import { AGILAB_MODULES, runPython } from './oracle.js';

/** One option (or the positional) of an AGILAB verb, as its argparse parser declares it. */
export interface AgilabFlag {
  /** `--strict`, or `<manifest>` / `<capsule>` for the positional. */
  flag: string;
  takesValue: boolean;
  required: boolean;
  choices: string[] | null;
  help: string;
}

/**
 * Reads every verb and flag from AGILAB's own argparse parsers (evidence_contract's
 * subcommands, promotion_dossier, run_storyboard), so the compat table covers exactly what
 * AGILAB accepts and a flag AGILAB adds shows up as uncovered.
 */
const PROGRAM = `
import argparse, importlib, json, sys
out = {}
def walk(verb, parser):
    for a in parser._actions:
        if isinstance(a, argparse._SubParsersAction):
            for name, sub in a.choices.items():
                walk(name, sub)
            return
    out[verb] = [
        {"flag": a.option_strings[0] if a.option_strings else "<" + a.dest + ">",
         "takesValue": a.nargs != 0, "required": bool(a.required),
         "choices": list(a.choices) if a.choices else None, "help": a.help or ""}
        for a in parser._actions if not isinstance(a, argparse._HelpAction)
    ]
for module, verb in json.loads(sys.argv[1]):
    walk(verb, importlib.import_module(module)._build_parser())
print(json.dumps(out))
`;

/** The AGILAB verbs a `capsule` verb of the same name mirrors, and the module each lives in. */
export const AGILAB_VERB_MODULE: Record<string, string> = {
  prove: AGILAB_MODULES.contract,
  verify: AGILAB_MODULES.contract,
  sign: AGILAB_MODULES.contract,
  replay: AGILAB_MODULES.contract,
  'export-lineage': AGILAB_MODULES.contract,
  'export-traces': AGILAB_MODULES.contract,
  'policy-check': AGILAB_MODULES.contract,
  cards: AGILAB_MODULES.contract,
  'metadata-store': AGILAB_MODULES.contract,
  'promotion-dossier': AGILAB_MODULES.dossier,
  story: AGILAB_MODULES.story,
};

export async function readAgilabFlags(): Promise<Record<string, AgilabFlag[]>> {
  const r = await runPython(PROGRAM, [JSON.stringify([[AGILAB_MODULES.contract, null], [AGILAB_MODULES.dossier, 'promotion-dossier'], [AGILAB_MODULES.story, 'story']])]);
  if (r.code !== 0) throw new Error(`reading AGILAB's argparse failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, AgilabFlag[]>;
}

/** AGILAB's argv for a verb: evidence_contract takes the verb as a subcommand, the other two are one-verb modules. */
export function agilabArgv(verb: string, args: string[]): { module: string; args: string[] } {
  const module = AGILAB_VERB_MODULE[verb];
  if (!module) throw new Error(`no AGILAB module for verb ${verb}`);
  return { module, args: module === AGILAB_MODULES.contract ? [verb, ...args] : args };
}
