import { sessionResponseSchema } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiJson } from '../../api/api-request';
import { Alert } from '../../components/alert';
import { AuthCardLayout } from '../../components/auth-card-layout';
import { Button, buttonClassName } from '../../components/button';
import { LoadingState } from '../../components/loading-state';
import { TextField } from '../../components/text-field';
import { rememberSession } from './session-query';
import { setupStatusQuery } from './setup-status-query';

const usernamePattern = /^[A-Za-z0-9._-]{3,50}$/;
const minimumPasswordLength = 10;

interface SetupFormErrors {
  username?: string;
  name?: string;
  password?: string;
  passwordConfirm?: string;
}

/** First-run page: creates the first platform admin while the server still allows it. */
export function SetupPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const setupStatus = useQuery(setupStatusQuery);
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordConfirm, setPasswordConfirm] = useState('');
  const [errors, setErrors] = useState<SetupFormErrors>({});

  const setup = useMutation({
    mutationFn: () =>
      apiJson('/api/setup', sessionResponseSchema, {
        method: 'POST',
        body: { username: username.trim(), name: name.trim(), password },
        withoutCsrf: true,
        redirectOnUnauthenticated: false,
      }),
    onSuccess: async (session) => {
      rememberSession(queryClient, session);
      queryClient.setQueryData(setupStatusQuery.queryKey, (status) => status && { ...status, open: false });
      await navigate({ to: '/admin/models', replace: true });
    },
    onError: (error) => {
      if (isApiError(error, 'setup_closed')) {
        void queryClient.invalidateQueries({ queryKey: setupStatusQuery.queryKey });
      }
    },
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: SetupFormErrors = {};
    if (!usernamePattern.test(username.trim())) {
      found.username = t('setup.invalidUsername');
    }
    if (name.trim() === '') {
      found.name = t('setup.missingName');
    }
    if (password.length < minimumPasswordLength) {
      found.password = t('setup.passwordTooShort');
    }
    if (password !== passwordConfirm) {
      found.passwordConfirm = t('setup.passwordMismatch');
    }
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setup.mutate();
    }
  };

  if (setupStatus.isPending) {
    return (
      <AuthCardLayout title={t('setup.title')}>
        <LoadingState />
      </AuthCardLayout>
    );
  }

  if (setupStatus.isError) {
    return (
      <AuthCardLayout title={t('setup.title')}>
        <Alert tone="error">{setupStatus.error.message}</Alert>
      </AuthCardLayout>
    );
  }

  if (!setupStatus.data.open) {
    return (
      <AuthCardLayout title={t('setup.closedTitle')} subtitle={t('setup.closedBody')}>
        <Link to="/login" className={`${buttonClassName('primary')} w-full`}>
          {t('setup.goToLogin')}
        </Link>
      </AuthCardLayout>
    );
  }

  return (
    <AuthCardLayout
      title={t('setup.title')}
      subtitle={t('setup.subtitle', { institution: setupStatus.data.institutionName })}
    >
      <form onSubmit={handleSubmit} noValidate className="space-y-4">
        <TextField
          label={t('setup.username')}
          hint={t('setup.usernameHint')}
          error={errors.username}
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
          label={t('setup.name')}
          error={errors.name}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <TextField
          label={t('setup.password')}
          hint={t('setup.passwordHint')}
          error={errors.password}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <TextField
          label={t('setup.passwordConfirm')}
          error={errors.passwordConfirm}
          name="passwordConfirm"
          type="password"
          autoComplete="new-password"
          value={passwordConfirm}
          onChange={(event) => setPasswordConfirm(event.target.value)}
          required
        />
        {setup.error !== null && <Alert tone="error">{setup.error.message}</Alert>}
        <Button type="submit" className="w-full" disabled={setup.isPending}>
          {setup.isPending ? t('setup.submitting') : t('setup.submit')}
        </Button>
      </form>
    </AuthCardLayout>
  );
}
