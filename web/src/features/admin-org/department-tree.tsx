import type { Department } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { classNames } from '../../components/class-names';
import { ChevronIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { buildDepartmentTree, type DepartmentNode } from './build-department-tree';
import { departmentListQuery } from './org-queries';

const kindLabelKeys = {
  bureau: 'org.kindBureau',
  division: 'org.kindDivision',
  team: 'org.kindTeam',
} as const satisfies Record<Department['kind'], string>;

/** The organisation as an indented tree (실·국 → 과 → 팀) with member counts; branches fold with a button. */
export function DepartmentTree() {
  const { t } = useTranslation();
  const departments = useQuery(departmentListQuery);
  const [collapsedIds, setCollapsedIds] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = (departmentId: string) => {
    setCollapsedIds((previous) => {
      const next = new Set(previous);
      if (!next.delete(departmentId)) {
        next.add(departmentId);
      }
      return next;
    });
  };

  if (departments.isPending) {
    return <LoadingState />;
  }
  if (departments.isError) {
    return <Alert tone="error">{departments.error.message}</Alert>;
  }
  if (departments.data.length === 0) {
    return <p className="py-6 text-center text-sm text-slate-500">{t('org.noDepartments')}</p>;
  }

  const renderNodes = (nodes: DepartmentNode[], depth: number) => (
    <ul className={classNames(depth > 0 && 'ml-4 border-l border-slate-200 pl-2')}>
      {nodes.map(({ department, children }) => {
        const collapsed = collapsedIds.has(department.id);
        return (
          <li key={department.id}>
            <div className="flex items-center gap-1.5 rounded-md py-1 pr-2 hover:bg-slate-50">
              {children.length > 0 ? (
                <button
                  type="button"
                  onClick={() => toggle(department.id)}
                  aria-expanded={!collapsed}
                  aria-label={t(collapsed ? 'org.expand' : 'org.collapse', { name: department.name })}
                  className="inline-flex size-6 shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-200"
                >
                  <ChevronIcon className={classNames('transition-transform', !collapsed && 'rotate-90')} />
                </button>
              ) : (
                <span className="size-6 shrink-0" aria-hidden="true" />
              )}
              <span
                className={classNames(
                  'min-w-0 truncate text-sm',
                  depth === 0 ? 'font-semibold text-slate-900' : 'text-slate-800',
                  !department.active && 'text-slate-400 line-through',
                )}
              >
                {department.name}
              </span>
              <span className="shrink-0 rounded bg-slate-100 px-1.5 text-[11px] text-slate-500">
                {t(kindLabelKeys[department.kind])}
              </span>
              {!department.active && (
                <span className="shrink-0 rounded bg-red-50 px-1.5 text-[11px] text-red-700">
                  {t('org.inactiveDepartment')}
                </span>
              )}
              <span className="ml-auto shrink-0 pl-2 text-xs text-slate-500 tabular-nums">
                {t('org.memberCount', { count: department.memberCount })}
              </span>
            </div>
            {children.length > 0 && !collapsed && renderNodes(children, depth + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div aria-label={t('org.departmentTree')} role="region">
      {renderNodes(buildDepartmentTree(departments.data), 0)}
    </div>
  );
}
