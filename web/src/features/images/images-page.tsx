import type { GeneratedImage } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { availableModelQueries } from '../models/available-model-queries';
import { ImageGallery } from './image-gallery';
import { ImageGenerateForm } from './image-generate-form';
import { deleteImage, imageListQuery } from './image-queries';
import { NoImageModelsNotice } from './no-image-models-notice';

const appRoute = getRouteApi('/_app');

/** /images: generate an image from a description, and keep a private gallery of them. */
export function ImagesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { session } = appRoute.useRouteContext();
  const models = useQuery(availableModelQueries.image);
  const images = useQuery(imageListQuery);
  const [pendingDelete, setPendingDelete] = useState<GeneratedImage | null>(null);

  const remove = useMutation({
    mutationFn: (image: GeneratedImage) => deleteImage(image.id),
    onSuccess: async (_, image) => {
      setPendingDelete(null);
      queryClient.setQueryData(imageListQuery.queryKey, (list) =>
        list === undefined ? list : { images: list.images.filter((item) => item.id !== image.id) },
      );
      await queryClient.invalidateQueries({ queryKey: imageListQuery.queryKey });
    },
  });

  return (
    <PageFrame>
      <PageHeader title={t('images.title')} description={t('images.description')} />

      {models.isPending && <LoadingState />}
      {models.isError && <Alert tone="error">{models.error.message}</Alert>}
      {models.isSuccess &&
        (models.data.length === 0 ? (
          <NoImageModelsNotice isPlatformAdmin={session.user.role === 'platform_admin'} />
        ) : (
          <ImageGenerateForm models={models.data} />
        ))}

      <section aria-labelledby="image-gallery-heading" className="mt-10">
        <h2 id="image-gallery-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t('images.gallery')}
        </h2>
        {images.isPending && <LoadingState />}
        {images.isError && <Alert tone="error">{images.error.message}</Alert>}
        {images.isSuccess && images.data.length === 0 && (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500">
            {t('images.galleryEmpty')}
          </p>
        )}
        {images.isSuccess && images.data.length > 0 && (
          <ImageGallery
            images={images.data}
            onDelete={(image) => {
              remove.reset();
              setPendingDelete(image);
            }}
          />
        )}
      </section>

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('images.deleteConfirmTitle')}
        message={t('images.deleteConfirmBody')}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => {
          if (pendingDelete !== null) {
            remove.mutate(pendingDelete);
          }
        }}
        onCancel={() => setPendingDelete(null)}
      />
    </PageFrame>
  );
}
