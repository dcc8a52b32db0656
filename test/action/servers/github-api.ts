import { listen, type Reply } from './http.js';

export interface FakeAsset {
  id: number;
  name: string;
  bytes: Buffer;
}

export interface FakeRelease {
  id: number;
  tag: string;
  assets: FakeAsset[];
}

export interface FakeComment {
  id: number;
  body: string;
  updates: number;
}

export interface FakeGitHub {
  /** GITHUB_API_URL; release upload_urls point back here under /uploads. */
  url: string;
  releases: FakeRelease[];
  /** Comments per issue / pull request number. */
  comments: Map<number, FakeComment[]>;
  deletedAssetIds: number[];
  close: () => Promise<void>;
}

/**
 * The slice of GitHub's REST API the action calls, for one repository: releases by tag,
 * release assets (list, delete, upload to the release's upload_url) and issue comments.
 */
export async function startGitHubApi(repository: string, releaseTags: string[]): Promise<FakeGitHub> {
  const releases: FakeRelease[] = releaseTags.map((tag, i) => ({ id: i + 1, tag, assets: [] }));
  const comments = new Map<number, FakeComment[]>();
  const deletedAssetIds: number[] = [];
  let nextId = 100;
  let base = '';
  const repo = `/repos/${repository}`;
  const assetJson = (a: FakeAsset) => ({ id: a.id, name: a.name, size: a.bytes.length, browser_download_url: `https://github.com/${repository}/releases/download/x/${a.name}` });
  const commentJson = (c: FakeComment) => ({ id: c.id, body: c.body, html_url: `https://github.com/${repository}/pull/1#issuecomment-${c.id}` });
  const server = await listen((req, body, url): Reply => {
    const p = url.pathname;
    const json = (): Record<string, unknown> => JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    if (req.method === 'GET' && (m = p.match(`^${repo}/releases/tags/(.+)$`))) {
      const r = releases.find((x) => x.tag === decodeURIComponent(m![1]!));
      if (!r) return { status: 404, json: { message: 'Not Found' } };
      return { status: 200, json: { id: r.id, tag_name: r.tag, html_url: `https://github.com/${repository}/releases/tag/${r.tag}`, upload_url: `${base}/uploads${repo}/releases/${r.id}/assets{?name,label}` } };
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
  return { url: server.url, releases, comments, deletedAssetIds, close: server.close };
}
