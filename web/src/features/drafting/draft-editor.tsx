import type {
  DraftDocument,
  DraftVersion,
  ExportFormat,
  LintFinding,
  TemplateSlotName,
} from '@jumugwan/contracts';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { saveBlob } from '../../components/save-blob';
import { TextField } from '../../components/text-field';
import { BeforeUseChecklist } from '../guidelines/before-use-checklist';
import { AiPanel } from './ai-panel';
import { IndentingTextarea } from './indenting-textarea';
import { CitationChecks } from './citation-checks';
import { documentPlainText, sameDocument } from './document-text';
import type { DraftSource } from './draft-source';
import { EditorToolbar } from './editor-toolbar';
import { GenerationNotice } from './generation-notice';
import { GenerationProgress } from './generation-progress';
import { LeaveDraftGuard } from './leave-draft-guard';
import { LintPanel } from './lint-panel';
import { applyAllFixes, applyFindingFix } from './lint-fixes';
import { openPrintView } from './print-view';
import { SlotsEditor } from './slots-editor';
import { StreamedBody } from './streamed-body';
import { useDraftGeneration } from './use-draft-generation';
import { useDraftLint } from './use-draft-lint';
import { useDraftingModel } from './use-drafting-model';
import { VersionCompareDialog, type CompareSide } from './version-compare-dialog';
import { VersionsPanel } from './versions-panel';

export interface DraftEditorProps {
  source: DraftSource;
  /** "AI로 작성" on the form: start writing with this model as soon as the editor opens. */
  autoGenerate: string | null;
  onAutoGenerateStarted?: () => void;
}

/**
 * The draft editor: title, 두문·결문, the body (Tab indents), AI writing and revision with the text
 * arriving live, public-document checks with one-click fixes, statute citation checks, versions with
 * compare and restore, save (Ctrl+S) and export.
 */
export function DraftEditor({ source, autoGenerate, onAutoGenerateStarted }: DraftEditorProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [baseline, setBaseline] = useState<DraftVersion>(source.latest);
  const [working, setWorking] = useState<DraftDocument>(source.latest.document);
  const [citations, setCitations] = useState(source.latest.citations);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [fixAnnouncement, setFixAnnouncement] = useState('');
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ from: CompareSide; to: CompareSide } | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [seenLatest, setSeenLatest] = useState(source.latest.number);
  const model = useDraftingModel(source.collectionIds, autoGenerate);
  const generation = useDraftGeneration(source);
  const running = generation.state.phase === 'running';
  const lint = useDraftLint(working.body, source.templateId, running, null);
  const dirty = !sameDocument(working, baseline.document);
  const busy = running || saving;

  // A newer version arrived from the server (e.g. the refetch after a generation): take it if nothing is unsaved.
  if (source.latest.number !== seenLatest) {
    setSeenLatest(source.latest.number);
    if (source.latest.number > baseline.number && !dirty && !running) {
      setBaseline(source.latest);
      setWorking(source.latest.document);
    }
  }

  const saveNow = async (document: DraftDocument, kind: 'edited' | 'restored'): Promise<DraftVersion> => {
    setSaving(true);
    setSaveError(null);
    try {
      const version = await source.save(document, kind);
      setBaseline(version);
      setSeenLatest(version.number);
      setWorking((current) => (sameDocument(current, document) ? version.document : current));
      setStatus(t('drafting.editor.saved', { number: version.number }));
      return version;
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      setSaving(false);
    }
  };

  const save = () => {
    if (!dirty || busy) return;
    saveNow(working, 'edited').catch(() => undefined);
  };

  const generate = async (instruction: string | null, modelId: string | null = model.modelId) => {
    if (modelId === null || running || saving) return;
    let base = working;
    // A stored draft is revised from its latest saved version, so unsaved edits are saved first.
    if (source.mode === 'stored' && dirty) {
      try {
        base = (await saveNow(working, 'edited')).document;
      } catch {
        return;
      }
    }
    setStatus('');
    await generation.start(modelId, instruction, base, (result, version) => {
      setBaseline(version);
      setSeenLatest(version.number);
      setWorking(result.document);
      setCitations(result.citations);
      lint.setLinted({ text: result.document.body, findings: result.findings });
      setStatus(t('drafting.generation.done', { number: version.number }));
      // The 중지 button that may have had focus is gone with the stream: continue in the body.
      requestAnimationFrame(() => {
        if (document.activeElement === null || document.activeElement === document.body)
          bodyRef.current?.focus();
      });
    });
  };

  const startAutoGenerate = useEffectEvent((modelId: string) => {
    void generate(null, modelId);
    onAutoGenerateStarted?.();
  });
  useEffect(() => {
    if (autoGenerate === null) return;
    // After mount, not during it; StrictMode's trial mount clears the timer, so only one request goes out.
    const timer = setTimeout(() => startAutoGenerate(autoGenerate), 0);
    return () => clearTimeout(timer);
  }, [autoGenerate]);

  const saveShortcut = useEffectEvent((event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => saveShortcut(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const setBody = (body: string) => setWorking((current) => ({ ...current, body }));
  const setSlot = (name: TemplateSlotName, value: string) =>
    setWorking((current) => ({ ...current, slots: { ...current.slots, [name]: value } }));

  const fix = (finding: LintFinding) => {
    if (lint.linted === null || !lint.current) return;
    const next = applyFindingFix(lint.linted, finding);
    lint.setLinted(next);
    setBody(next.text);
    setFixAnnouncement(t('drafting.lint.fixed', { line: finding.line, remaining: next.findings.length }));
  };
  const fixAll = () => {
    if (lint.linted === null || !lint.current) return;
    const next = applyAllFixes(lint.linted);
    lint.setLinted(next);
    setBody(next.text);
    setFixAnnouncement(t('drafting.lint.fixedAll', { remaining: next.findings.length }));
  };
  const showFinding = (finding: LintFinding) => {
    const textarea = bodyRef.current;
    if (textarea === null) return;
    textarea.focus();
    textarea.setSelectionRange(finding.start, finding.end);
  };

  const restore = async (number: number) => {
    setRestoring(null);
    try {
      const version = await source.loadVersion(number);
      const saved = await saveNow(version.document, 'restored');
      setWorking(saved.document);
      setCitations(version.citations);
      setStatus(t('drafting.versions.restored', { number, version: saved.number }));
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  const runExport = async (format: ExportFormat) => {
    // Opened by the click itself so pop-up blockers allow it; filled once the file arrives.
    const printWindow = format === 'html' ? window.open('', '_blank') : null;
    setExporting(format);
    setExportError(null);
    try {
      const version = source.mode === 'stored' && dirty ? await saveNow(working, 'edited') : baseline;
      const file = await source.exportFile(format, working, version.number);
      if (format === 'html') await openPrintView(file.blob, printWindow);
      else saveBlob(file.blob, file.fileName);
    } catch (error) {
      printWindow?.close();
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(null);
    }
  };

  const written = source.versions.some(
    (version) => version.source === 'generated' || version.source === 'revised',
  );
  const leaveMessage =
    source.mode === 'local'
      ? t('drafting.leave.local')
      : running
        ? t('drafting.leave.running')
        : t('drafting.leave.unsaved');

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <EditorToolbar
          onSave={save}
          canSave={dirty && !busy}
          saving={saving}
          dirty={dirty}
          savedNumber={baseline.number}
          local={source.mode === 'local'}
          status={status}
          exportHint={
            source.mode === 'stored' && dirty
              ? t('drafting.export.savesFirst')
              : t('drafting.export.disclosureHint')
          }
          onExport={(format) => void runExport(format)}
          exporting={exporting}
          copyText={() => documentPlainText(working)}
          exportDisabled={busy}
        />
        {source.mode === 'local' && <Alert tone="info">{t('drafting.statelessNotice')}</Alert>}
        {saveError !== null && <Alert tone="error">{saveError}</Alert>}
        {exportError !== null && <Alert tone="error">{exportError}</Alert>}

        <TextField
          label={t('drafting.editor.title')}
          value={working.title}
          onChange={(event) => setWorking((current) => ({ ...current, title: event.target.value }))}
          readOnly={running}
          maxLength={300}
        />
        <SlotsEditor document={working} onChange={setSlot} readOnly={running} />

        {running && generation.state.phase === 'running' ? (
          <div className="space-y-3">
            <GenerationProgress
              instruction={generation.state.instruction}
              characters={generation.state.text.length}
              onStop={() => {
                generation.stop();
                setStatus(t('drafting.generation.stopped'));
                bodyRef.current?.focus();
              }}
            />
            <StreamedBody text={generation.state.text} />
          </div>
        ) : (
          <IndentingTextarea
            id={`${idPrefix}-body`}
            label={t('drafting.editor.body')}
            hint={t('drafting.editor.bodyHint')}
            data-testid="draft-body"
            value={working.body}
            onChange={setBody}
            textareaRef={bodyRef}
            readOnly={saving}
          />
        )}
        <GenerationNotice state={generation.state} onDismiss={generation.dismiss} />
        {written && !running && <BeforeUseChecklist subject="draft" className="-mt-2" />}
      </div>

      <aside className="min-w-0 space-y-4" aria-label={t('drafting.editor.sidebar')}>
        <AiPanel
          model={model}
          written={written}
          busy={busy}
          onWrite={() => void generate(null)}
          onRevise={(instruction) => void generate(instruction)}
        />
        <LintPanel
          linted={lint.linted}
          current={lint.current}
          error={lint.error}
          announcement={fixAnnouncement}
          onFix={fix}
          onFixAll={fixAll}
          onShow={showFinding}
          disabled={busy}
        />
        <CitationChecks citations={citations} />
        <VersionsPanel
          versions={source.versions}
          latestNumber={baseline.number}
          onCompare={(number) => setComparing({ from: number, to: 'working' })}
          onRestore={(number) => (dirty ? setRestoring(number) : void restore(number))}
          disabled={busy}
        />
      </aside>

      <VersionCompareDialog
        source={source}
        working={working}
        initial={comparing}
        onClose={() => setComparing(null)}
      />
      <ConfirmDialog
        open={restoring !== null}
        title={t('drafting.versions.restoreTitle')}
        message={t('drafting.versions.restoreMessage', { number: restoring ?? 0 })}
        confirmLabel={t('drafting.versions.restore')}
        pendingLabel={t('drafting.versions.restore')}
        pending={false}
        error={null}
        onConfirm={() => {
          if (restoring !== null) void restore(restoring);
        }}
        onCancel={() => setRestoring(null)}
      />
      <LeaveDraftGuard when={dirty || running || source.mode === 'local'} message={leaveMessage} />
    </div>
  );
}
