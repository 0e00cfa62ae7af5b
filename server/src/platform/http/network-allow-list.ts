import ipaddr from 'ipaddr.js';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** CIDR allow-list; IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are checked as IPv4. */
export class NetworkAllowList {
  private readonly ranges: Range[];
  /** Clients come back with the same address many times; the answer is cached (bounded). */
  private readonly decisions = new Map<string, boolean>();

  constructor(cidrs: readonly string[]) {
    this.ranges = cidrs.map((cidr) => {
      try {
        return ipaddr.parseCIDR(cidr.includes('/') ? cidr : `${cidr}/${cidr.includes(':') ? 128 : 32}`);
      } catch {
        throw new Error(`ALLOWED_CIDRS: '${cidr}'은(는) 올바른 CIDR이 아닙니다 (예: 10.0.0.0/8)`);
      }
    });
  }

  allows(address: string): boolean {
    const known = this.decisions.get(address);
    if (known !== undefined) return known;
    const decision = this.decide(address);
    if (this.decisions.size >= 10_000) this.decisions.clear();
    this.decisions.set(address, decision);
    return decision;
  }

  private decide(address: string): boolean {
    let parsed: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      parsed = ipaddr.process(address);
    } catch {
      return false;
    }
    return this.ranges.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits));
  }
}
