/** What the platform knows about the author, for `{{institution.name}}`, `{{user.department}}` and the like. */
export interface DraftingContext {
  institutionName: string;
  userName: string;
  userRank: string | null;
  departmentName: string | null;
  userEmail: string | null;
  today: Date;
}
