import { sessionResponseSchema } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiJson } from '../../api/api-request';
import { Alert } from '../../components/alert';
import { AuthCardLayout } from '../../components/auth-card-layout';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { safeRedirectTarget } from './safe-redirect-target';
import { rememberSession } from './session-query';
import { setupStatusQuery } from './setup-status-query';

const loginRoute = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const search = loginRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const setupStatus = useQuery(setupStatusQuery);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missingFields, setMissingFields] = useState(false);

  const login = useMutation({
    mutationFn: () =>
      apiJson('/api/auth/login', sessionResponseSchema, {
        method: 'POST',
        body: { username: username.trim(), password },
        withoutCsrf: true,
        redirectOnUnauthenticated: false,
      }),
    onSuccess: async (session) => {
      rememberSession(queryClient, session);
      await navigate({ href: safeRedirectTarget(search.redirect), replace: true });
    },
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const incomplete = username.trim() === '' || password === '';
    setMissingFields(incomplete);
    if (!incomplete) {
      login.mutate();
    }
  };

  return (
    <AuthCardLayout title={t('login.title')} subtitle={t('login.subtitle')}>
      <form onSubmit={handleSubmit} noValidate className="space-y-4">
        {search.reason === 'session_expired' && <Alert tone="warning">{t('login.sessionExpired')}</Alert>}
        {search.reason === 'logged_out' && <Alert tone="info">{t('login.loggedOut')}</Alert>}
        <TextField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          required
          autoFocus
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        {missingFields && <Alert tone="error">{t('login.missingFields')}</Alert>}
        {login.error !== null && <Alert tone="error">{login.error.message}</Alert>}
        <Button type="submit" className="w-full" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      {setupStatus.data?.open === true && (
        <p className="mt-6 border-t border-slate-100 pt-4 text-center text-sm text-slate-600">
          {t('login.setupOpen')}{' '}
          <Link to="/setup" className="font-medium text-blue-700 underline-offset-2 hover:underline">
            {t('login.setupLink')}
          </Link>
        </p>
      )}
    </AuthCardLayout>
  );
}
