/** The small square logo next to the product name (decorative). */
export function ProductMark() {
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-8 items-center justify-center rounded-lg bg-blue-600 text-[13px] font-bold text-white shadow-sm"
    >
      AI
    </span>
  );
}
