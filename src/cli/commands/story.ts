import type { Command } from 'commander';
import { action, progress } from '../io.js';

interface StoryFlags {
  output?: string;
  outputDir?: string;
  json?: boolean;
}

export function registerStory(program: Command): void {
  program
    .command('story')
    .description('Tell the story of one run (agilab.run_storyboard.v1): headline, command, validations, artifacts with digests, next actions. Runs nothing.')
    .argument('<manifest>', 'run_manifest.json, or a run folder / unpacked capsule holding it')
    .option('--output <file>', 'write the story to this file (Markdown; JSON with --json) instead of stdout')
    .option('--output-dir <dir>', "write run_story.json and run_story.md into this folder (AGILAB's layout)")
    .option('--json', 'the story as JSON instead of Markdown')
    .addHelpText('after', '\nExit: 0 story written; 2 bad input.')
    .action(action(async (manifest: string, opts: StoryFlags) => {
      const { writeFileAtomic } = await import('../../fsio/atomic.js');
      const { stableJson } = await import('../../json/write.js');
      const { loadRunRecord } = await import('../../record/load.js');
      const { buildRunStory, renderRunStoryMarkdown } = await import('../../promotion/story.js');
      const { writeGeneratedFiles } = await import('../../promotion/write-files.js');
      const { resolveRunManifestPath } = await import('../../verify/run-folder.js');
      const story = buildRunStory(await loadRunRecord(resolveRunManifestPath(manifest)));
      const text = opts.json ? stableJson(story) : renderRunStoryMarkdown(story);
      if (opts.outputDir) {
        const written = writeGeneratedFiles(opts.outputDir, [
          { path: 'run_story.json', content: stableJson(story) },
          { path: 'run_story.md', content: renderRunStoryMarkdown(story) },
        ]);
        progress(`run story: ${story.status}: ${written.join(', ')}`);
      }
      if (opts.output) {
        writeFileAtomic(opts.output, text);
        progress(`run story: ${story.status}: ${opts.output}`);
      }
      if (!opts.output && !opts.outputDir) process.stdout.write(text);
    }));
}
