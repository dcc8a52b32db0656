/** The page's only styling: inline, so the file stays self-contained under `default-src 'none'`. */
export const PAGE_CSS = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem 3rem; color: #1d232a; background: #fff; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d8dee4; padding-bottom: .25rem; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: #f6f8fa; border: 1px solid #d8dee4; padding: .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; } th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #eaeef2; }
th { background: #f6f8fa; font-weight: 600; } td.mono { word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; color: #57606a; } dd { margin: 0; word-break: break-word; }
.badge { display: inline-block; padding: .1rem .5rem; border-radius: 1rem; font-weight: 700; font-size: 12px; text-transform: uppercase; }
.ok { background: #dafbe1; color: #116329; } .bad { background: #ffebe9; color: #a40e26; } .warn { background: #fff8c5; color: #7d4e00; } .neutral { background: #eaeef2; color: #424a53; }
.decision { border: 2px solid #d8dee4; border-radius: 8px; padding: 1rem; margin: 1rem 0; } .decision .badge { font-size: 1.1rem; }
.decision.ok { border-color: #1a7f37; } .decision.bad { border-color: #cf222e; } .decision.warn { border-color: #bf8700; }
.failed-banner { background: #cf222e; color: #fff; padding: 1rem 1.25rem; border-radius: 8px; margin: 1rem 0; }
.failed-banner h1 { margin-top: 0; } .failed-banner li { margin: .2rem 0; } .failed-banner code { color: #fff; font-weight: 700; }
.timeline { position: relative; } .track { background: #f6f8fa; height: 14px; border-radius: 3px; }
.bar { height: 14px; border-radius: 3px; } .bar.ok { background: #2da44e; } .bar.bad { background: #cf222e; } .bar.warn { background: #d4a72c; } .bar.neutral { background: #8c959f; }
.muted { color: #57606a; } .note { color: #7d4e00; } footer { margin-top: 3rem; color: #57606a; font-size: 12px; }
details > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
`;
