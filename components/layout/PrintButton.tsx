/** Hidden without JavaScript; /enhance.js reveals it and wires it to window.print(). */
export function PrintButton({ label = "Print this page" }: { label?: string }) {
  return (
    <p className="print-action" data-print-action hidden>
      <button type="button" className="button button--secondary">
        {label}
      </button>
    </p>
  );
}
