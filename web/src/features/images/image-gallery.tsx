import type { GeneratedImage } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';
import { classNames } from '../../components/class-names';
import { DownloadIcon, TrashIcon } from '../../components/icons';
import { imageFileName } from './image-file-name';

export interface ImageGalleryProps {
  images: readonly GeneratedImage[];
  onDelete: (image: GeneratedImage) => void;
}

/** Short form of a prompt for button names; the full prompt stays visible and in the image's alt text. */
function shortPrompt(prompt: string): string {
  return prompt.length > 40 ? `${prompt.slice(0, 40)}…` : prompt;
}

/** 내 이미지: thumbnails (opening the full image), prompt, date, 내려받기 and 삭제. */
export function ImageGallery({ images, onDelete }: ImageGalleryProps) {
  const { t, i18n } = useTranslation();
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {images.map((image) => (
        <li
          key={image.id}
          className="flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
        >
          <a href={image.url} target="_blank" rel="noopener" className="block bg-slate-100">
            <img
              src={image.url}
              alt={image.prompt}
              loading="lazy"
              decoding="async"
              className="aspect-square w-full object-contain"
            />
          </a>
          <div className="flex flex-1 flex-col p-4">
            <p className="line-clamp-3 text-sm whitespace-pre-wrap text-slate-800" title={image.prompt}>
              {image.prompt}
            </p>
            <p className="mt-2 text-xs text-slate-500">
              <time dateTime={image.createdAt}>{formatDate(image.createdAt)}</time>
              {' · '}
              <span className="font-mono">{image.model}</span>
              {' · '}
              {image.size}
            </p>
            <div className="mt-auto flex gap-2 pt-3">
              <a
                href={image.url}
                download={imageFileName(image, t('images.fileBaseName'))}
                aria-label={t('images.downloadFor', { prompt: shortPrompt(image.prompt) })}
                className={buttonClassName('secondary', 'small')}
              >
                <DownloadIcon className="text-base" />
                {t('images.download')}
              </a>
              <button
                type="button"
                onClick={() => onDelete(image)}
                aria-label={t('images.deleteFor', { prompt: shortPrompt(image.prompt) })}
                className={classNames(
                  buttonClassName('ghost', 'small'),
                  'text-red-700 hover:bg-red-50 hover:text-red-800',
                )}
              >
                <TrashIcon className="text-base" />
                {t('common.delete')}
              </button>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
