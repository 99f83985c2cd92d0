// The RGAA notice at the top of a form: "Sauf mention contraire, tous les champs sont
// obligatoires." The caller passes the translated text; optional fields say so in their label.
export function RequiredNotice({ text }: { readonly text: string }) {
  return <p className="fr-text--sm fr-mb-2w">{text}</p>;
}
