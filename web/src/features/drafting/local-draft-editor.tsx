import { DraftEditor } from './draft-editor';
import { useLocalDraftSource, type LocalDraftInput } from './use-local-draft-source';

/** The editor over versions kept in this page only (retention policy "none"). */
export function LocalDraftEditor({
  input,
  autoGenerate,
}: {
  input: LocalDraftInput;
  autoGenerate: string | null;
}) {
  const source = useLocalDraftSource(input);
  return <DraftEditor source={source} autoGenerate={autoGenerate} />;
}
