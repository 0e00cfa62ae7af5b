const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** A plain, self-contained page for refusals that happen before the app can load (network, SSO). */
export function koreanErrorPage(title: string, message: string, code: string): string {
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - AI 주무관</title>
<style>body{font-family:"Pretendard","Noto Sans KR","Malgun Gothic",system-ui,sans-serif;background:#f8fafc;color:#0f172a;display:flex;min-height:100vh;align-items:center;justify-content:center;margin:0}
main{background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:32px 40px;max-width:520px}h1{font-size:20px;margin:0 0 12px}p{line-height:1.7;margin:0 0 8px}small{color:#64748b}</style>
</head><body><main role="alert"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><small>오류 코드: ${escapeHtml(code)}</small></main></body></html>`;
}
