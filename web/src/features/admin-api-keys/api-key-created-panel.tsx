import type { ApiKeyCreated } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { CopyButton } from '../../components/copy-button';
import { modelStatusListQuery } from '../admin-models/model-status-queries';
import { apiKeyUsageExamples, exampleModel, type ApiKeyUsageExamples } from './api-key-usage-examples';

export interface ApiKeyCreatedPanelProps {
  created: ApiKeyCreated;
  onDone: () => void;
}

const exampleTabs = [
  { id: 'curl', labelKey: 'apiKeys.usageCurl' },
  { id: 'python', labelKey: 'apiKeys.usagePython' },
  { id: 'node', labelKey: 'apiKeys.usageNode' },
] as const satisfies readonly { id: keyof ApiKeyUsageExamples; labelKey: string }[];

type ExampleId = (typeof exampleTabs)[number]['id'];

/** The new key, shown this one time, with copy button and short examples for the /v1 API. */
export function ApiKeyCreatedPanel({ created, onDone }: ApiKeyCreatedPanelProps) {
  const { t } = useTranslation();
  const keyFieldId = useId();
  const tabsId = useId();
  const models = useQuery(modelStatusListQuery);
  const [selectedExample, setSelectedExample] = useState<ExampleId>('curl');
  const baseUrl = `${window.location.origin}/v1`;
  const examples = apiKeyUsageExamples(
    baseUrl,
    created.key,
    exampleModel(created.apiKey.allowedModels, models.data ?? []),
  );

  const selectTab = (index: number) => {
    const tab = exampleTabs[(index + exampleTabs.length) % exampleTabs.length];
    if (tab !== undefined) {
      setSelectedExample(tab.id);
      document.getElementById(`${tabsId}-${tab.id}-tab`)?.focus();
    }
  };

  return (
    <div>
      <Alert tone="warning">
        <p className="font-semibold">{t('apiKeys.createdWarning')}</p>
      </Alert>

      <label htmlFor={keyFieldId} className="mt-4 mb-1.5 block text-sm font-medium text-slate-700">
        {t('apiKeys.keyLabel')} · {created.apiKey.name}
      </label>
      <div className="flex gap-2">
        <input
          id={keyFieldId}
          readOnly
          value={created.key}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          className="block min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <CopyButton
          text={created.key}
          label={t('apiKeys.copyKey')}
          variant="primary"
          size="medium"
          data-autofocus
        />
      </div>

      <h3 className="mt-6 text-sm font-semibold text-slate-900">{t('apiKeys.usageTitle')}</h3>
      <p className="mt-0.5 font-mono text-xs text-slate-600">{t('apiKeys.usageBaseUrl', { url: baseUrl })}</p>
      <div className="mt-2 flex flex-wrap items-end justify-between gap-2 border-b border-slate-200">
        <div role="tablist" aria-label={t('apiKeys.usageExamples')} className="flex gap-1">
          {exampleTabs.map((tab, index) => {
            const selected = tab.id === selectedExample;
            return (
              <button
                key={tab.id}
                id={`${tabsId}-${tab.id}-tab`}
                type="button"
                role="tab"
                aria-selected={selected}
                aria-controls={`${tabsId}-${tab.id}-panel`}
                tabIndex={selected ? 0 : -1}
                onClick={() => setSelectedExample(tab.id)}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowRight') {
                    event.preventDefault();
                    selectTab(index + 1);
                  } else if (event.key === 'ArrowLeft') {
                    event.preventDefault();
                    selectTab(index - 1);
                  }
                }}
                className={classNames(
                  '-mb-px rounded-t-md border-b-2 px-3 py-1.5 text-sm font-medium',
                  selected
                    ? 'border-blue-600 text-blue-700'
                    : 'border-transparent text-slate-600 hover:text-slate-900',
                )}
              >
                {t(tab.labelKey)}
              </button>
            );
          })}
        </div>
        <CopyButton
          text={examples[selectedExample]}
          label={t('apiKeys.copyExample')}
          variant="ghost"
          className="mb-1"
        />
      </div>
      {exampleTabs
        .filter((tab) => tab.id === selectedExample)
        .map((tab) => (
          <div
            key={tab.id}
            id={`${tabsId}-${tab.id}-panel`}
            role="tabpanel"
            aria-labelledby={`${tabsId}-${tab.id}-tab`}
            className="mt-2"
          >
            <pre
              tabIndex={0}
              className="max-h-64 overflow-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-5 text-slate-100"
            >
              <code>{examples[tab.id]}</code>
            </pre>
          </div>
        ))}

      <div className="mt-6 flex justify-end">
        <Button onClick={onDone}>{t('apiKeys.done')}</Button>
      </div>
    </div>
  );
}
