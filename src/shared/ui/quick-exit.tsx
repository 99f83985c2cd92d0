// "Quitter rapidement": always visible on discreet journeys; replaces the page (no history
// entry) with a neutral site.
export function QuickExit({ label, to }: { readonly label: string; readonly to: string }) {
  return (
    <div className="d360-quick-exit">
      <button
        type="button"
        className="fr-btn fr-btn--icon-left fr-icon-logout-box-r-line"
        onClick={() => {
          window.location.replace(to);
        }}
      >
        {label}
      </button>
    </div>
  );
}
