import type { DraftDetail } from '@jumugwan/contracts';
import { DraftEditor } from './draft-editor';
import { useStoredDraftSource } from './use-stored-draft-source';

export interface StoredDraftEditorProps {
  detail: DraftDetail;
  templateName: string;
  autoGenerate: string | null;
  onAutoGenerateStarted: () => void;
}

/** The editor over a draft saved on the server. */
export function StoredDraftEditor({
  detail,
  templateName,
  autoGenerate,
  onAutoGenerateStarted,
}: StoredDraftEditorProps) {
  const source = useStoredDraftSource(detail, templateName);
  return (
    <DraftEditor source={source} autoGenerate={autoGenerate} onAutoGenerateStarted={onAutoGenerateStarted} />
  );
}
