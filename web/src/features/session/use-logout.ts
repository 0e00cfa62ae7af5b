import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { apiNoContent } from '../../api/api-request';

/** Ends the session, then forgets every cached answer so the next user of this browser sees nothing of it. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiNoContent('/api/auth/logout', { method: 'POST', redirectOnUnauthenticated: false }),
    // Even if the call fails (e.g. the session had already expired) the user wanted out.
    onSettled: async () => {
      await navigate({ to: '/login', search: { reason: 'logged_out' }, replace: true });
      queryClient.clear();
    },
  });
}
