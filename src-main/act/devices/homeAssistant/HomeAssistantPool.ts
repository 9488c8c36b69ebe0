import type { HomeAssistantServer } from '../../../core/home.ts';
import type { HomeAssistantLinkOptions } from './HomeAssistantLink.ts';
import { HomeAssistantLink } from './HomeAssistantLink.ts';

interface Lease {
  link: HomeAssistantLink;
  users: number;
}

/** One link per server (URL + token source), shared by the devices that use it. */
export class HomeAssistantPool {
  static readonly shared = new HomeAssistantPool();
  private readonly leases = new Map<string, Lease>();
  private readonly options: HomeAssistantLinkOptions;

  constructor(options: HomeAssistantLinkOptions = {}) {
    this.options = options;
  }

  acquire(server: HomeAssistantServer): HomeAssistantLink {
    const key = JSON.stringify([server.url, server.token_file ?? null, server.token ?? null]);
    let lease = this.leases.get(key);
    if (!lease) {
      lease = { link: new HomeAssistantLink(server, this.options), users: 0 };
      this.leases.set(key, lease);
    }
    lease.users += 1;
    const held = lease;
    return held.link;
  }

  release(link: HomeAssistantLink): void {
    for (const [key, lease] of this.leases) {
      if (lease.link !== link) continue;
      lease.users -= 1;
      if (lease.users <= 0) {
        this.leases.delete(key);
        link.close();
      }
      return;
    }
  }
}
