import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { action, EXIT, printJson } from '../io.js';

interface StoryFlags {
  output?: string;
  outputDir?: string;
  json?: boolean;
  strict?: boolean;
}

export function registerStory(program: Command): void {
  program
    .command('story')
    .description("Tell the story of one run (agilab.run_storyboard.v1): headline, command, validations, artifacts with digests, next actions; written as run_story.json and run_story.md, as AGILAB's run storyboard does. Runs nothing.")
    .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
    .option('--output-dir <dir>', 'folder for run_story.json and run_story.md (default: run_story/ beside the manifest, or beside the .agipack)')
    .option('--output <file>', 'instead, write only the story to this file: Markdown, or JSON with --json (- for stdout)')
    .option('--json', 'print the paths written and the story summary (agilab.run_storyboard.paths.v1) as JSON; with --output, the story as JSON')
    .option('--strict', 'exit 1 when the run did not pass')
    .addHelpText('after', '\nExit: 0 story written; 1 under --strict when the run did not pass; 2 bad input.')
    .action(action(async (manifest: string, opts: StoryFlags) => {
      const { writeFileAtomic } = await import('../../fsio/atomic.js');
      const { stableJson } = await import('../../json/write.js');
      const { loadRunRecord } = await import('../../record/load.js');
      const { buildRunStory, renderRunStoryMarkdown } = await import('../../promotion/story.js');
      const { writeGeneratedFiles } = await import('../../promotion/write-files.js');
      const { withRunInput } = await import('../run-input.js');
      return withRunInput(manifest, async (input) => {
        const story = buildRunStory(await loadRunRecord(input.manifestPath));
        if (opts.output !== undefined) {
          const text = opts.json ? stableJson(story) : renderRunStoryMarkdown(story);
          if (opts.output === '-') process.stdout.write(text);
          else writeFileAtomic(opts.output, text);
        } else {
          const outputDir = resolve(opts.outputDir ?? join(input.beside, 'run_story'));
          const [json, markdown] = writeGeneratedFiles(outputDir, [
            { path: 'run_story.json', content: stableJson(story) },
            { path: 'run_story.md', content: renderRunStoryMarkdown(story) },
          ]);
          if (opts.json) {
            printJson({
              schema: 'agilab.run_storyboard.paths.v1', status: story.status, manifest_path: resolve(input.capsule ?? input.manifestPath),
              output_dir: outputDir, paths: { json, markdown }, story: story.story, next_actions: story.next_actions,
            });
          } else process.stdout.write(`run story: ${story.status}\nmarkdown: ${markdown}\njson: ${json}\n`);
        }
        return opts.strict && story.status !== 'pass' ? EXIT.failed : EXIT.ok;
      });
    }));
}
