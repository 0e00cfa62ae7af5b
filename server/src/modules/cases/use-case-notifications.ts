/** A case as its notifications describe it. */
export interface NotifiedCase {
  id: string;
  title: string;
  authorUserId: string | null;
  authorName: string;
  departmentId: string | null;
}

/** Tells the reviewers when a case is submitted and the author when it is reviewed (the header's bell). */
export interface UseCaseNotifications {
  submitted(useCase: NotifiedCase): Promise<void>;
  reviewed(useCase: NotifiedCase, decision: 'publish' | 'return', note: string): Promise<void>;
}
