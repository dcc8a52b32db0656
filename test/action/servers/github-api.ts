import { listen, type Reply } from './http.js';

interface FakeAsset {
  id: number;
  name: string;
  bytes: Buffer;
}

interface FakeRelease {
  id: number;
  tag: string;
  assets: FakeAsset[];
}

interface FakeComment {
  id: number;
  body: string;
  updates: number;
}

/** One environment's required-reviewer rule as the API shows it (none: no such rule). */
export interface FakeEnvironment {
  reviewers?: { type: 'User' | 'Team'; login: string }[];
  preventSelfReview?: boolean;
}

/** A workflow run of this repository and the artifacts it uploaded (zips as the artifact service stores them). */
export interface FakeWorkflowRun {
  id: number;
  branch: string;
  sha: string;
  artifacts: { id: number; name: string; bytes: Buffer; createdAt: string; expired?: boolean }[];
}

export interface FakeGitHub {
  /** GITHUB_API_URL; release upload_urls point back here under /uploads. */
  url: string;
  releases: FakeRelease[];
  /** Comments per issue / pull request number. */
  comments: Map<number, FakeComment[]>;
  deletedAssetIds: number[];
  /** Environments by name; edit to change what GET /environments/{name} answers. */
  environments: Map<string, FakeEnvironment>;
  /** Artifacts of other workflow runs, by run id: each the ZIP the artifact service stores. */
  runArtifacts: Map<number, FakeAsset[]>;
  /** The Authorization header of every request, in order ('' when none). */
  authorizations: string[];
  /** Earlier workflow runs, for the artifacts API (list by run or repository, download by id). */
  workflowRuns: FakeWorkflowRun[];
  close: () => Promise<void>;
}

/**
 * The slice of GitHub's REST API the action calls, for one repository: releases by tag,
 * the latest release, release assets (list, download as GitHub does: a 302 to the bytes,
 * delete, upload to the release's upload_url), issue comments, environments with their
 * protection rules, and artifacts of other workflow runs (listed by run or for the repository,
 * downloaded through a 302 to a signed blob URL that takes no token).
 */
export async function startGitHubApi(repository: string, releaseTags: string[]): Promise<FakeGitHub> {
  const environments = new Map<string, FakeEnvironment>();
  const releases: FakeRelease[] = releaseTags.map((tag, i) => ({ id: i + 1, tag, assets: [] }));
  const comments = new Map<number, FakeComment[]>();
  const workflowRuns: FakeWorkflowRun[] = [];
  const deletedAssetIds: number[] = [];
  const runArtifacts = new Map<number, FakeAsset[]>();
  const authorizations: string[] = [];
  let nextId = 100;
  let base = '';
  const repo = `/repos/${repository}`;
  const assetJson = (a: FakeAsset) => ({ id: a.id, name: a.name, size: a.bytes.length, browser_download_url: `https://github.com/${repository}/releases/download/x/${a.name}` });
  const commentJson = (c: FakeComment) => ({ id: c.id, body: c.body, html_url: `https://github.com/${repository}/pull/1#issuecomment-${c.id}` });
  const releaseJson = (r: FakeRelease) => ({
    id: r.id, tag_name: r.tag, html_url: `https://github.com/${repository}/releases/tag/${r.tag}`,
    upload_url: `${base}/uploads${repo}/releases/${r.id}/assets{?name,label}`,
  });
  const listed = (runs: FakeWorkflowRun[], name: string | null) => runs.flatMap((run) => run.artifacts
    .filter((a) => name === null || a.name === name)
    .map((a) => ({
      id: a.id, name: a.name, size_in_bytes: a.bytes.length, expired: a.expired ?? false, created_at: a.createdAt,
      archive_download_url: `${base}${repo}/actions/artifacts/${a.id}/zip`,
      workflow_run: { id: run.id, head_branch: run.branch, head_sha: run.sha },
    })));
  const server = await listen((req, body, url): Reply => {
    const p = url.pathname;
    const json = (): Record<string, unknown> => JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    authorizations.push(req.headers.authorization ?? '');
    const zips = (): FakeAsset[] => [...runArtifacts.values(), ...workflowRuns.map((r) => r.artifacts)].flat();
    if (req.method === 'GET' && p === `${repo}/releases/latest`) {
      const r = releases.at(-1);
      return r ? { status: 200, json: releaseJson(r) } : { status: 404, json: { message: 'Not Found' } };
    }
    if (req.method === 'GET' && (m = p.match(`^${repo}/releases/assets/(\\d+)$`))) {
      const a = releases.flatMap((r) => r.assets).find((x) => x.id === Number(m![1]));
      if (!a) return { status: 404, json: { message: 'Not Found' } };
      if (req.headers.accept !== 'application/octet-stream') return { status: 200, json: assetJson(a) };
      return { status: 302, headers: { location: `${base}/asset-bytes/${a.id}` } };
    }
    if (req.method === 'GET' && (m = p.match(/^\/asset-bytes\/(\d+)$/))) {
      const a = releases.flatMap((r) => r.assets).find((x) => x.id === Number(m![1]));
      const bytes = { 'content-type': 'application/octet-stream' };
      return a ? { status: 200, body: a.bytes, headers: bytes } : { status: 404, body: Buffer.from('gone') };
    }
    if (req.method === 'GET' && (m = p.match(`^${repo}/actions/runs/(\\d+)/artifacts$`))) {
      const name = url.searchParams.get('name');
      const run = workflowRuns.find((r) => r.id === Number(m![1]));
      if (run) {
        const list = listed([run], name);
        return { status: 200, json: { total_count: list.length, artifacts: list } };
      }
      const list = (runArtifacts.get(Number(m[1])) ?? []).filter((a) => name === null || a.name === name);
      const artifacts = list.map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.bytes.length, expired: false }));
      return { status: 200, json: { total_count: list.length, artifacts } };
    }
    if (req.method === 'GET' && p === `${repo}/actions/artifacts`) {
      const list = listed(workflowRuns, url.searchParams.get('name'));
      return { status: 200, json: { total_count: list.length, artifacts: list } };
    }
    if (req.method === 'GET' && (m = p.match(`^${repo}/actions/artifacts/(\\d+)/zip$`))) {
      const found = zips().find((a) => a.id === Number(m![1]));
      if (!found) return { status: 404, json: { message: 'Not Found' } };
      return { status: 302, headers: { location: `${base}/blobs/${found.id}.zip?sig=run-artifact-signature` } };
    }
    if (req.method === 'GET' && (m = p.match(/^\/blobs\/(\d+)\.zip$/))) {
      // Blob storage takes the signature in the URL and refuses a request that also sends a token.
      if (req.headers.authorization) return { status: 400, body: Buffer.from('authorization header with a SAS URL') };
      const found = zips().find((a) => a.id === Number(m![1]));
      return found ? { status: 200, body: found.bytes, headers: { 'content-type': 'application/zip' } } : { status: 404 };
    }
    if (req.method === 'GET' && (m = p.match(`^${repo}/releases/tags/(.+)$`))) {
      const r = releases.find((x) => x.tag === decodeURIComponent(m![1]!));
      if (!r) return { status: 404, json: { message: 'Not Found' } };
      return { status: 200, json: releaseJson(r) };
    }
    if (req.method === 'GET' && (m = p.match(`^${repo}/environments/([^/]+)$`))) {
      const name = decodeURIComponent(m[1]!);
      const e = environments.get(name);
      if (!e) return { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/deployments/environments#get-an-environment' } };
      const rules: unknown[] = [{ id: 1, node_id: 'GA_1', type: 'branch_policy' }];
      if (e.reviewers) {
        rules.push({
          id: 2,
          node_id: 'GA_2',
          type: 'required_reviewers',
          prevent_self_review: e.preventSelfReview ?? false,
          reviewers: e.reviewers.map((r, i) => ({ type: r.type, reviewer: r.type === 'User' ? { login: r.login, id: 100 + i, type: 'User' } : { id: 200 + i, slug: r.login, name: r.login } })),
        });
      }
      return { status: 200, json: { id: 7, node_id: 'EN_7', name, url: `${base}${repo}/environments/${m[1]}`, html_url: `https://github.com/${repository}/deployments/activity_log?environments_filter=${m[1]}`, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', protection_rules: rules, deployment_branch_policy: null } };
    }
    if (req.method === 'GET' && (m = p.match(`^${repo}/releases/(\\d+)/assets$`))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      return r ? { status: 200, json: r.assets.map(assetJson) } : { status: 404, json: { message: 'Not Found' } };
    }
    if (req.method === 'DELETE' && (m = p.match(`^${repo}/releases/assets/(\\d+)$`))) {
      const id = Number(m[1]);
      for (const r of releases) r.assets = r.assets.filter((a) => a.id !== id);
      deletedAssetIds.push(id);
      return { status: 204 };
    }
    if (req.method === 'POST' && (m = p.match(`^/uploads${repo}/releases/(\\d+)/assets$`))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      const name = url.searchParams.get('name');
      if (!r || !name) return { status: 404, json: { message: 'Not Found' } };
      if (r.assets.some((a) => a.name === name)) return { status: 422, json: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] } };
      const asset = { id: nextId++, name, bytes: body };
      r.assets.push(asset);
      return { status: 201, json: assetJson(asset) };
    }
    if ((m = p.match(`^${repo}/issues/(\\d+)/comments$`))) {
      const list = comments.get(Number(m[1])) ?? [];
      comments.set(Number(m[1]), list);
      if (req.method === 'GET') return { status: 200, json: list.map(commentJson) };
      if (req.method === 'POST') {
        const c = { id: nextId++, body: String(json().body), updates: 0 };
        list.push(c);
        return { status: 201, json: commentJson(c) };
      }
    }
    if (req.method === 'PATCH' && (m = p.match(`^${repo}/issues/comments/(\\d+)$`))) {
      const c = [...comments.values()].flat().find((x) => x.id === Number(m![1]));
      if (!c) return { status: 404, json: { message: 'Not Found' } };
      c.body = String(json().body);
      c.updates++;
      return { status: 200, json: commentJson(c) };
    }
    return { status: 404, json: { message: `no route ${req.method} ${p}` } };
  });
  base = server.url;
  return {
    url: server.url, releases, comments, deletedAssetIds, environments, runArtifacts, authorizations, workflowRuns,
    close: server.close,
  };
}
