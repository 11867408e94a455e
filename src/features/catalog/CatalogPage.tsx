export function CatalogPage() {
  return (
    <div className="page">
      <h1>Catalogo dei servizi</h1>
    </div>
  );
}
