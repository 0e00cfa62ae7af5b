import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { PageHeader } from '../../components/page-header';
import { CsvImportCard } from './csv-import-card';
import { DepartmentTree } from './department-tree';
import { UserTable } from './user-table';

/** /admin/org: CSV import of departments and users, the department tree and the user list. */
export function OrgPage() {
  const { t } = useTranslation();
  return (
    <AdminPageFrame>
      <PageHeader title={t('org.title')} description={t('org.description')} />

      <section aria-labelledby="org-import-heading">
        <h2 id="org-import-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t('org.importTitle')}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <CsvImportCard
            kind="departments"
            title={t('org.importDepartmentsTitle')}
            columns={t('org.departmentColumns')}
            note={t('org.departmentColumnsNote')}
          />
          <CsvImportCard
            kind="users"
            title={t('org.importUsersTitle')}
            columns={t('org.userColumns')}
            note={t('org.userColumnsNote')}
          />
        </div>
      </section>

      <div className="mt-10 grid gap-8 xl:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <section aria-labelledby="org-departments-heading">
          <h2 id="org-departments-heading" className="mb-3 text-lg font-semibold text-slate-900">
            {t('org.departmentsTitle')}
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
            <DepartmentTree />
          </div>
        </section>
        <section aria-labelledby="org-users-heading">
          <h2 id="org-users-heading" className="mb-3 text-lg font-semibold text-slate-900">
            {t('org.usersTitle')}
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <UserTable />
          </div>
        </section>
      </div>
    </AdminPageFrame>
  );
}
