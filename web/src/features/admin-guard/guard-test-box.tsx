import type { GuardTestResponse } from '@jumugwan/contracts';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { submitOnShortcut } from '../../components/submit-on-shortcut';
import { SelectField } from '../../components/select-field';
import { inputClassName } from '../../components/text-field';
import { TitledCard } from '../../components/titled-card';
import { bannedWordActionDisplay, decisionDisplay, findingActionLabelKeys } from './guard-labels';
import { testGuard, type GuardTestRequest } from './guard-queries';
import { confidencePercent, guardTestSegments, type GuardTestMark } from './guard-test-marks';

type Location = GuardTestRequest['location'];

const maximumTestLength = 20_000;

const piiMarkClassName = 'rounded-sm bg-amber-200 text-amber-950';
const ignoredPiiMarkClassName =
  'rounded-sm bg-amber-50 text-slate-700 underline decoration-amber-400 decoration-dotted';
const bannedMarkClassName =
  'rounded-sm bg-red-100 text-red-900 underline decoration-red-600 decoration-2 underline-offset-2';

interface TestedResult {
  request: GuardTestRequest;
  response: GuardTestResponse;
}

/** 문장 시험: what the saved policy would do to a sentence, before users run into it. */
export function GuardTestBox() {
  const { t } = useTranslation();
  const textId = useId();
  const hintId = `${textId}-hint`;
  const errorId = `${textId}-error`;
  const [text, setText] = useState('');
  const [location, setLocation] = useState<Location>('external');
  const [textError, setTextError] = useState<string | null>(null);
  const [tested, setTested] = useState<TestedResult | null>(null);

  const run = useMutation({
    mutationFn: async (request: GuardTestRequest): Promise<TestedResult> => ({
      request,
      response: await testGuard(request),
    }),
    onSuccess: setTested,
  });

  const submit = () => {
    if (text.trim() === '') {
      setTextError(t('guard.validationTestText'));
      return;
    }
    setTextError(null);
    if (!run.isPending) {
      run.mutate({ text, location });
    }
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const stale = tested !== null && (tested.request.text !== text || tested.request.location !== location);

  return (
    <TitledCard size="large" title={t('guard.testTitle')} description={t('guard.testDescription')}>
      <form onSubmit={handleSubmit} noValidate className="mt-4 space-y-4">
        <div>
          <label htmlFor={textId} className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('guard.testText')}
          </label>
          <textarea
            id={textId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={submitOnShortcut(submit)}
            rows={4}
            maxLength={maximumTestLength}
            placeholder={t('guard.testTextPlaceholder')}
            aria-invalid={textError === null ? undefined : true}
            aria-describedby={`${hintId}${textError === null ? '' : ` ${errorId}`}`}
            className={`${inputClassName} resize-y leading-6`}
          />
          <p id={hintId} className="mt-1.5 text-xs text-slate-500">
            {t('guard.testHint')}
          </p>
          {textError !== null && (
            <p id={errorId} className="mt-1.5 text-xs font-medium text-red-700">
              {textError}
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            label={t('guard.testLocation')}
            value={location}
            onChange={(event) => {
              const value = event.target.value;
              if (value === 'internal' || value === 'external') {
                setLocation(value);
              }
            }}
            className="w-full sm:w-64"
          >
            <option value="internal">{t('guard.testLocationInternal')}</option>
            <option value="external">{t('guard.testLocationExternal')}</option>
          </SelectField>
          <Button type="submit" disabled={run.isPending}>
            {run.isPending ? t('guard.runningTest') : t('guard.runTest')}
          </Button>
        </div>
      </form>

      {run.error !== null && (
        <Alert tone="error" className="mt-4">
          {run.error.message}
        </Alert>
      )}
      {tested !== null && <GuardTestResultView tested={tested} stale={stale} />}
    </TitledCard>
  );
}

export function GuardTestResultView({ tested, stale }: { tested: TestedResult; stale: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { request, response } = tested;
  const decision = decisionDisplay[response.decision];
  const segments = guardTestSegments(request.text, response);
  const findingCount = response.findings.length + response.bannedWords.length;

  const markTitle = (mark: GuardTestMark) =>
    mark.kind === 'pii'
      ? t(mark.finding.action === 'ignored' ? 'guard.piiIgnoredTooltip' : 'guard.piiTooltip', {
          label: mark.finding.label,
          confidence: confidencePercent(mark.finding.confidence),
        })
      : t('guard.bannedTooltip', {
          word: mark.finding.word,
          list: mark.finding.listName,
          action: t(bannedWordActionDisplay[mark.finding.action].labelKey),
        });

  const markClassName = (marks: readonly GuardTestMark[]) => {
    const pii = marks.filter((mark) => mark.kind === 'pii');
    const counted = pii.some((mark) => mark.finding.action !== 'ignored');
    return classNames(
      pii.length > 0 && (counted ? piiMarkClassName : ignoredPiiMarkClassName),
      marks.some((mark) => mark.kind === 'banned') && bannedMarkClassName,
    );
  };

  return (
    <div
      aria-labelledby={headingId}
      role="region"
      className={classNames('mt-5 border-t border-slate-200 pt-5', stale && 'opacity-60')}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {t('guard.testResult')}
        </h3>
        <span className="sr-only">{t('guard.decision')}:</span>
        <Badge tone={decision.tone}>{t(decision.labelKey)}</Badge>
        {response.reason !== null && (
          <span className="text-sm text-slate-700">{t('guard.reason', { reason: response.reason })}</span>
        )}
      </div>
      {stale && <p className="mt-2 text-xs font-medium text-amber-700">{t('guard.testStale')}</p>}

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <div>
          <div className="mb-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
            <h4 className="text-sm font-medium text-slate-700">{t('guard.highlighted')}</h4>
            <ul className="flex flex-wrap gap-2 text-xs text-slate-600" aria-hidden="true">
              <li>
                <span className={classNames('px-1', piiMarkClassName)}>{t('guard.legendPii')}</span>
              </li>
              <li>
                <span className={classNames('px-1', ignoredPiiMarkClassName)}>
                  {t('guard.legendPiiIgnored')}
                </span>
              </li>
              <li>
                <span className={classNames('px-1', bannedMarkClassName)}>{t('guard.legendBanned')}</span>
              </li>
            </ul>
          </div>
          <p
            tabIndex={0}
            className="max-h-72 overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm leading-7 break-words whitespace-pre-wrap text-slate-900"
          >
            {segments.map((segment) =>
              segment.marks.length === 0 ? (
                <span key={segment.start}>{segment.text}</span>
              ) : (
                <mark
                  key={segment.start}
                  title={segment.marks.map(markTitle).join('\n')}
                  className={markClassName(segment.marks)}
                >
                  {segment.text}
                </mark>
              ),
            )}
          </p>
        </div>
        <div>
          <h4 className="mb-1.5 text-sm font-medium text-slate-700">{t('guard.maskedText')}</h4>
          {response.decision === 'block' ? (
            <p className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
              {t('guard.notSent')}
            </p>
          ) : (
            <p
              tabIndex={0}
              className="max-h-72 overflow-auto rounded-lg border border-slate-200 bg-white p-3 font-mono text-sm leading-7 break-words whitespace-pre-wrap text-slate-900"
            >
              {response.maskedText}
            </p>
          )}
        </div>
      </div>

      <h4 className="mt-5 mb-1.5 text-sm font-medium text-slate-700">{t('guard.findings')}</h4>
      {findingCount === 0 ? (
        <p className="text-sm text-slate-600">{t('guard.noFindings')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full min-w-[560px] text-left text-sm">
            <caption className="sr-only">{t('guard.findings')}</caption>
            <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('guard.columnType')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('guard.columnFoundText')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('guard.columnConfidence')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('guard.columnFindingAction')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {response.findings.map((finding, index) => (
                <tr
                  key={`pii-${String(index)}`}
                  className={classNames(finding.action === 'ignored' && 'text-slate-500')}
                >
                  <th scope="row" className="px-3 py-2 font-medium">
                    {finding.label}
                  </th>
                  <td className="px-3 py-2 font-mono text-xs break-all">
                    {request.text.slice(finding.start, finding.end)}
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {t('guard.confidenceValue', { confidence: confidencePercent(finding.confidence) })}
                  </td>
                  <td className="px-3 py-2">{t(findingActionLabelKeys[finding.action])}</td>
                </tr>
              ))}
              {response.bannedWords.map((finding, index) => (
                <tr key={`banned-${String(index)}`}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    {t('guard.bannedWordType', { list: finding.listName })}
                  </th>
                  <td className="px-3 py-2 font-mono text-xs break-all">
                    {request.text.slice(finding.start, finding.end)}
                    {request.text.slice(finding.start, finding.end) !== finding.word && (
                      <span className="ml-1 font-sans text-slate-500">({finding.word})</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-slate-400">
                    <span aria-hidden="true">–</span>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={bannedWordActionDisplay[finding.action].tone}>
                      {t(bannedWordActionDisplay[finding.action].labelKey)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
