import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { validationFieldErrors } from '../../api/validation-field-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { assistantKeys, publishExample } from './assistant-queries';
import { canPublishExample, exampleMessages, type VisibleMessage } from './example-messages';

export interface PublishExampleButtonProps {
  assistantId: string;
  /** The conversation's title, offered as the example's. */
  title: string;
  messages: readonly VisibleMessage[];
  disabled: boolean;
}

/** 예시로 게시 (owners and editors): the visible conversation copied onto the assistant's page. */
export function PublishExampleButton({ assistantId, title, messages, disabled }: PublishExampleButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [published, setPublished] = useState(false);
  const example = exampleMessages(messages, (names) => t('assistants.examples.attached', { names }));
  if (!canPublishExample(example)) {
    return null;
  }
  return (
    <>
      <Button
        variant="secondary"
        size="small"
        onClick={() => {
          setPublished(false);
          setOpen(true);
        }}
        disabled={disabled}
      >
        {t('assistants.examples.publish')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('assistants.examples.publishTitle')}>
        {published ? (
          <div>
            <Alert tone="success">{t('assistants.examples.published')}</Alert>
            <div className="mt-5 flex justify-end gap-2">
              <Link
                to="/assistants/$assistantId"
                params={{ assistantId }}
                className="inline-flex h-10 items-center rounded-lg px-4 text-sm font-medium text-blue-700 hover:bg-blue-50"
              >
                {t('assistants.examples.viewPage')}
              </Link>
              <Button onClick={() => setOpen(false)} data-autofocus>
                {t('common.close')}
              </Button>
            </div>
          </div>
        ) : (
          <PublishForm
            assistantId={assistantId}
            initialTitle={title}
            example={example}
            onCancel={() => setOpen(false)}
            onPublished={() => setPublished(true)}
          />
        )}
      </Dialog>
    </>
  );
}

function PublishForm({
  assistantId,
  initialTitle,
  example,
  onCancel,
  onPublished,
}: {
  assistantId: string;
  initialTitle: string;
  example: ReturnType<typeof exampleMessages>;
  onCancel: () => void;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(initialTitle.slice(0, 120));
  const publish = useMutation({
    mutationFn: () => publishExample(assistantId, { title: title.trim(), messages: example }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: assistantKeys.detail(assistantId) });
      onPublished();
    },
  });
  const titleError =
    title.trim() === ''
      ? t('assistants.examples.titleRequired')
      : isApiError(publish.error)
        ? (validationFieldErrors(publish.error.details).title ?? null)
        : null;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim() !== '') publish.mutate();
      }}
      noValidate
    >
      <TextField
        label={t('assistants.examples.titleLabel')}
        value={title}
        maxLength={120}
        onChange={(event) => setTitle(event.target.value)}
        error={titleError}
        data-autofocus
      />
      <p className="mt-3 text-sm text-slate-600">
        {t('assistants.examples.publishBody', { value: example.length })}
      </p>
      {publish.isError && (
        <Alert tone="error" className="mt-4">
          {publish.error.message}
        </Alert>
      )}
      <div className="mt-6 flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={publish.isPending || title.trim() === ''}>
          {publish.isPending ? t('assistants.examples.publishing') : t('assistants.examples.publishConfirm')}
        </Button>
      </div>
    </form>
  );
}
