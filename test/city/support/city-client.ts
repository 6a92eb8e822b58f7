import {
  enrolResponseSchema,
  enrolmentCodeResponseSchema,
  fileStatusSchema,
  paths,
  pullResponseSchema,
  pushResponseSchema,
  serverTimeHeader,
  type FileStatus,
  type PullRequest,
  type PullResponse,
  type PushResponse,
} from '../../../src-shared/sync/protocol.js';

/** A raw answer: status, parsed JSON (or bytes) and the server clock header. */
export interface RawReply {
  readonly status: number;
  readonly body: unknown;
  readonly bytes: Uint8Array;
  readonly serverTimeHeader: string | null;
}

/** Minimal HTTP client for the tests, over fetch on 127.0.0.1. */
export class CityClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  withToken(token: string): CityClient {
    return new CityClient(this.baseUrl, token);
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<RawReply> {
    const headers: Record<string, string> = {};
    if (this.token !== undefined) headers['Authorization'] = `Bearer ${this.token}`;
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array) {
      headers['Content-Type'] = 'application/octet-stream';
      payload = new Blob([new Uint8Array(body)]);
    } else if (body !== undefined) {
      headers['Content-Type'] = contentType;
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
    return {
      status: response.status,
      body: isJson ? JSON.parse(new TextDecoder().decode(bytes)) : undefined,
      bytes,
      serverTimeHeader: response.headers.get(serverTimeHeader),
    };
  }

  private async expect(
    status: number,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<unknown> {
    const reply = await this.request(method, path, body);
    if (reply.status !== status)
      throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  async issueEnrolmentCode(validHours?: number): Promise<string> {
    const body = await this.expect(
      201,
      'POST',
      paths.adminEnrolmentCodes,
      validHours === undefined ? {} : { validHours },
    );
    return enrolmentCodeResponseSchema.parse(body).code;
  }

  async enrol(
    code: string,
    counterName: string,
  ): Promise<{ counterId: string; deviceToken: string }> {
    return enrolResponseSchema.parse(
      await this.expect(201, 'POST', paths.enrol, { code, counterName }),
    );
  }

  async push(batch: unknown): Promise<PushResponse> {
    return pushResponseSchema.parse(await this.expect(200, 'POST', paths.push, batch));
  }

  async pull(request: PullRequest = {}): Promise<PullResponse> {
    return pullResponseSchema.parse(await this.expect(200, 'POST', paths.pull, request));
  }

  /** Follows nextCursor until the feed is exhausted (bounded: at most `maxPages`). */
  async pullAll(request: PullRequest = {}, maxPages = 100): Promise<PullResponse['changes']> {
    const changes: PullResponse['changes'] = [];
    let cursor = request.cursor;
    for (let page = 0; page < maxPages; page += 1) {
      const response = await this.pull({ ...request, ...(cursor === undefined ? {} : { cursor }) });
      changes.push(...response.changes);
      cursor = response.nextCursor;
      if (!response.hasMore) return changes;
    }
    throw new Error(`Feed tidak habis setelah ${maxPages} halaman`);
  }

  async fileInit(sha256: string, size: number, mediaType: string): Promise<FileStatus> {
    return fileStatusSchema.parse(
      await this.expect(200, 'POST', paths.fileInit, { sha256, size, mediaType }),
    );
  }

  async fileStatus(sha256: string): Promise<FileStatus> {
    return fileStatusSchema.parse(await this.expect(200, 'GET', `${paths.files}/${sha256}/status`));
  }

  putChunk(sha256: string, offset: number, data: Uint8Array): Promise<RawReply> {
    return this.request('PUT', `${paths.files}/${sha256}/chunks?offset=${offset}`, data);
  }

  completeFile(sha256: string): Promise<RawReply> {
    return this.request('POST', `${paths.files}/${sha256}/complete`);
  }

  getFile(sha256: string): Promise<RawReply> {
    return this.request('GET', `${paths.files}/${sha256}`);
  }
}
