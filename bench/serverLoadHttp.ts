/**
 * One load-test client's HTTP: its own keep-alive connection (an Agent with a
 * single socket), so 200 clients are 200 connections, as 200 browsers would be.
 */
import http from 'node:http';

export interface HttpAnswer {
  status: number;
  body: any;
  ms: number;
}

export class LoadClientHttp {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly base: URL,
    private readonly token: string,
  ) {}

  request(method: string, path: string, options: { body?: unknown; ifMatch?: string } = {}): Promise<HttpAnswer> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: this.base.hostname, port: this.base.port, path, method, headers, agent: this.agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null, ms: performance.now() - started });
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      if (payload !== undefined) request.write(payload);
      request.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
