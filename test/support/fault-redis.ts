import { ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sleep } from './fault-service.js';

/**
 * A Redis of the test's own (`redis-server` from PATH) that it may stop and restart; the
 * shared one on 6379 serves every other suite and is never touched. Its data is kept in an
 * append-only file written at every command, so a restart loses nothing unless asked to.
 */
export class FaultRedis {
  private process: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private output = '';

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async create(): Promise<FaultRedis> {
    const redis = new FaultRedis(await freePort(), await mkdtemp(join(tmpdir(), 'mm-redis-')));
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.process) return;
    const child = spawn(
      'redis-server',
      [
        ...['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir],
        ...['--save', '', '--appendonly', 'yes', '--appendfsync', 'always'],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (chunk) => (this.output += chunk));
    child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => child.on('exit', () => resolve()));
    this.process = child;
    const deadline = Date.now() + 10_000;
    while (!(await this.answersPing())) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`redis-server did not start on ${this.port}:\n${this.output}`);
      await sleep(50);
    }
  }

  /** Stops the server as an operator would (SIGTERM); with `loseData`, its files go too. */
  async stop({ loseData = false } = {}): Promise<void> {
    const child = this.process;
    this.process = null;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await this.exited;
    }
    if (loseData) {
      await rm(this.dir, { recursive: true, force: true });
      await mkdir(this.dir, { recursive: true });
    }
  }

  async close(): Promise<void> {
    if (this.process && this.process.exitCode === null) {
      this.process.kill('SIGKILL');
      await this.exited;
    }
    this.process = null;
    await rm(this.dir, { recursive: true, force: true });
  }

  private answersPing(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect(this.port, '127.0.0.1');
      const done = (answer: boolean) => {
        socket.destroy();
        resolve(answer);
      };
      socket.setTimeout(1_000, () => done(false));
      socket.on('error', () => done(false));
      socket.on('connect', () => socket.write('PING\r\n'));
      socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
    });
  }
}
