/**
 * The page's only styling: inline, so the file stays self-contained under `default-src 'none'`.
 * Long ids and paths wrap only where they must (`break-word`), digests anywhere; under 700 px
 * every table stacks each row into labelled lines, so nothing scrolls sideways on a phone.
 */
export const PAGE_CSS = `
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem 3rem; color: #1d232a; background: #fff; overflow-wrap: break-word; }
h1 { font-size: 1.5rem; margin: .25rem 0 .5rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d8dee4; padding-bottom: .25rem; } h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
code, pre, .mono, .hash { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
p code, li code, dd code { overflow-wrap: anywhere; }
pre { background: #f6f8fa; border: 1px solid #d8dee4; padding: .6rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; } th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #eaeef2; }
th { background: #f6f8fa; font-weight: 600; } td.hash { overflow-wrap: anywhere; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; } dt { font-weight: 600; color: #57606a; } dd { margin: 0; min-width: 0; }
.badge { display: inline-block; padding: .1rem .5rem; border-radius: 1rem; font-weight: 700; font-size: 12px; text-transform: uppercase; }
.ok { background: #dafbe1; color: #116329; } .bad { background: #ffebe9; color: #a40e26; } .warn { background: #fff8c5; color: #7d4e00; } .neutral { background: #eaeef2; color: #424a53; }
.decision { border: 2px solid #d8dee4; border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; } .decision .badge { font-size: 1.1rem; } .decision p { margin: .4rem 0; }
.decision.ok { border-color: #1a7f37; } .decision.bad { border-color: #cf222e; } .decision.warn { border-color: #bf8700; }
.devkey { background: #fff8c5; color: #4d2d00; border-left: 4px solid #bf8700; padding: .35rem .6rem; border-radius: 4px; }
.failed-banner { background: #cf222e; color: #fff; padding: .75rem 1rem; border-radius: 8px; margin: .75rem 0; }
.failed-banner h1 { margin: 0 0 .25rem; font-size: 1.2rem; } .failed-banner p { margin: 0; } .failed-banner code { color: #fff; font-weight: 700; }
.failed-run h2 { color: #a40e26; margin-top: 1rem; } pre.stderr { background: #fff5f5; border-color: #cf222e; }
.bad-text { color: #a40e26; }
.timeline { position: relative; } .track { background: #f6f8fa; height: 14px; border-radius: 3px; min-width: 4rem; }
.bar { height: 14px; border-radius: 3px; } .bar.ok { background: #2da44e; } .bar.bad { background: #cf222e; } .bar.warn { background: #d4a72c; } .bar.neutral { background: #8c959f; }
.muted { color: #57606a; } .note { color: #7d4e00; } footer { margin-top: 3rem; color: #57606a; font-size: 12px; }
details > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
@media (max-width: 700px) {
  body { padding: .5rem .75rem 2rem; }
  h1 { font-size: 1.25rem; }
  dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: .4rem; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: auto; }
  table.stack thead { display: none; }
  table.stack tr { border-bottom: 1px solid #d8dee4; padding: .3rem 0; }
  table.stack td { border: 0; padding: .1rem .25rem; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; color: #57606a; font-family: system-ui, sans-serif; }
}
`;
