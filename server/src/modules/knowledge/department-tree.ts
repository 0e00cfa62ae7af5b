import { departmentChainOf } from './knowledge-reader.js';

export interface DepartmentSource {
  listDepartments(institutionId: string): Promise<{ id: string; parentId: string | null }[]>;
}

const cacheMs = 30_000;

/** The institution's department tree, read at most every 30 s (an org import clears it at once). */
export class DepartmentTree {
  private parents: Map<string, string | null> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly source: DepartmentSource,
    private readonly institutionId: string,
  ) {}

  invalidate(): void {
    this.parents = null;
  }

  async chainOf(departmentId: string | null): Promise<string[]> {
    if (departmentId === null) return [];
    if (this.parents === null || Date.now() - this.loadedAt > cacheMs) {
      const rows = await this.source.listDepartments(this.institutionId);
      this.parents = new Map(rows.map((row) => [row.id, row.parentId]));
      this.loadedAt = Date.now();
    }
    return departmentChainOf(departmentId, this.parents);
  }
}
