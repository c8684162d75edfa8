import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real service that can stall it the way SIGSTOP does: connections are still
 * accepted (the kernel's backlog does that for a stopped process) but nothing is answered until `thaw()`.
 * `stop()` makes the service unreachable. It injects faults; it imitates nothing.
 */
export class FaultProxy {
  #frozen = false;
  /** Each client connection with its connection to the target. */
  readonly #pairs = new Set<[Socket, Socket]>();
  readonly #server: Server;

  private constructor(target: URL) {
    // No Nagle delays: the proxy must add no latency of its own.
    this.#server = createServer({ noDelay: true }, (client) => {
      const pair: [Socket, Socket] = [client, connect({ port: Number(target.port), host: target.hostname, noDelay: true })];
      this.#pairs.add(pair);
      for (const socket of pair) {
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.#pairs.delete(pair);
          for (const other of pair) other.destroy();
        });
      }
      if (!this.#frozen) FaultProxy.#connect(pair);
    });
  }

  static #connect([client, upstream]: [Socket, Socket]): void {
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** A proxy on a free port of 127.0.0.1 forwarding to `target`'s host and port. */
  static async start(target: string): Promise<FaultProxy> {
    const proxy = new FaultProxy(new URL(target));
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  /** `target` with the proxy's host and port instead. */
  url(target: string): string {
    const url = new URL(target);
    url.host = `127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return url.toString();
  }

  /** Nothing goes through any more, on open connections or new ones, until `thaw()`. */
  freeze(): void {
    this.#frozen = true;
    for (const [client, upstream] of this.#pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  thaw(): void {
    this.#frozen = false;
    for (const pair of this.#pairs) FaultProxy.#connect(pair);
  }

  async stop(): Promise<void> {
    for (const pair of this.#pairs) for (const socket of pair) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
