import { listen, type Reply } from './http.js';

/** One finalized artifact: the zip the client uploaded, as stored. */
interface StoredArtifact {
  id: number;
  name: string;
  bytes: Buffer;
  hash?: string;
  /** expires_at as the client sent it in CreateArtifact (RFC 3339), when it sent one. */
  expiresAt?: string;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN: a JWT whose scp claim carries the backend ids. */
  token: string;
  artifacts: StoredArtifact[];
  /** Answer this many of the next requests with 503, as a busy service does. */
  failNext: number;
  /** Every request as "METHOD path", in order. */
  requests: string[];
  close: () => Promise<void>;
}

const RUN_ID = 'b1f0e6a2-0000-4000-8000-000000000001';
const JOB_ID = 'b1f0e6a2-0000-4000-8000-000000000002';
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

/**
 * The runner's artifact service as @actions/artifact 6 talks to it: Twirp JSON
 * (CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact) and a blob store
 * that takes Azure block uploads (PUT ?comp=block, then PUT ?comp=blocklist) or one PUT.
 */
export async function startArtifactService(): Promise<ArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const pending = new Map<string, { blocks: Map<string, Buffer>; bytes?: Buffer; expiresAt?: string }>();
  let base = '';
  let nextId = 1;
  const requests: string[] = [];
  const server = await listen((req, body, url): Reply => {
    requests.push(`${req.method} ${url.pathname}`);
    if (service.failNext > 0) {
      service.failNext--;
      return { status: 503, json: { code: 'unavailable', msg: 'try again' } };
    }
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
      const call = JSON.parse(body.toString('utf8')) as Record<string, string>;
      if (call.workflow_run_backend_id !== RUN_ID) return { status: 400, json: { code: 'invalid_argument', msg: `unknown workflow_run_backend_id ${call.workflow_run_backend_id}` } };
      switch (url.pathname.slice(TWIRP.length)) {
        case 'CreateArtifact':
          // As the service does: one artifact per name in a workflow run, until it is deleted.
          if (artifacts.some((a) => a.name === call.name)) return { status: 409, json: { code: 'already_exists', msg: `an artifact with the name ${call.name} already exists on the workflow run` } };
          pending.set(call.name!, { blocks: new Map(), ...(call.expires_at ? { expiresAt: call.expires_at } : {}) });
          return { status: 200, json: { ok: true, signed_upload_url: `${base}/devstoreaccount1/actions-results/${encodeURIComponent(call.name!)}.zip?sig=test-signature` } };
        case 'FinalizeArtifact': {
          const upload = pending.get(call.name!);
          if (!upload?.bytes) return { status: 400, json: { code: 'failed_precondition', msg: `nothing uploaded for ${call.name}` } };
          const id = nextId++;
          artifacts.push({ id, name: call.name!, bytes: upload.bytes, hash: call.hash, ...(upload.expiresAt ? { expiresAt: upload.expiresAt } : {}) });
          return { status: 200, json: { ok: true, artifact_id: String(id) } };
        }
        case 'DeleteArtifact': {
          const i = artifacts.findIndex((a) => a.name === call.name);
          if (i < 0) return { status: 404, json: { code: 'not_found', msg: `no artifact named ${call.name}` } };
          const [gone] = artifacts.splice(i, 1);
          return { status: 200, json: { ok: true, artifact_id: String(gone!.id) } };
        }
        case 'ListArtifacts':
          return {
            status: 200,
            json: {
              artifacts: artifacts
                .filter((a) => (call.name_filter === undefined || a.name === call.name_filter) && (call.id_filter === undefined || String(a.id) === String(call.id_filter)))
                .map((a) => ({ workflow_run_backend_id: RUN_ID, workflow_job_run_backend_id: JOB_ID, database_id: String(a.id), name: a.name, size: String(a.bytes.length), created_at: '2026-01-01T00:00:00Z' })),
            },
          };
        case 'GetSignedArtifactURL':
          return { status: 200, json: { signed_url: `${base}/download/${encodeURIComponent(call.name!)}.zip?sig=test-signature` } };
        default:
          return { status: 404, json: { code: 'bad_route', msg: url.pathname } };
      }
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/devstoreaccount1/actions-results/')) {
      const name = decodeURIComponent(url.pathname.split('/').pop()!.replace(/\.zip$/, ''));
      const upload = pending.get(name);
      if (!upload) return { status: 404, body: Buffer.from('no such upload') };
      const comp = url.searchParams.get('comp');
      if (comp === 'block') upload.blocks.set(url.searchParams.get('blockid')!, body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
        upload.bytes = Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)));
      } else upload.bytes = body;
      return { status: 201, headers: { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-id': 'r', 'x-ms-version': '2025-01-05', 'x-ms-request-server-encrypted': 'true' } };
    }
    if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
      const name = decodeURIComponent(url.pathname.slice('/download/'.length).replace(/\.zip$/, ''));
      const found = artifacts.find((a) => a.name === name);
      return found ? { status: 200, body: found.bytes, headers: { 'content-type': 'application/zip' } } : { status: 404, body: Buffer.from('not found') };
    }
    return { status: 404, json: { msg: `no route ${req.method} ${url.pathname}` } };
  });
  base = server.url;
  const service: ArtifactService = {
    url: server.url,
    token: runtimeToken(`Actions.Results:${RUN_ID}:${JOB_ID}`),
    artifacts,
    failNext: 0,
    requests,
    close: server.close,
  };
  return service;
}

/** An unsigned JWT: the client only decodes the claims, the service checks the signature. */
function runtimeToken(scp: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp, exp: 4102444800 })}.`;
}
